import type { Ontology } from '../ontology/Ontology.ts';
import type { ConditionDef } from '../ontology/schema.ts';
import { diagnosisLeakMatcher } from './diagnosisLeakMatcher.ts';

// every record check and every generated record asks this: build it once per knowledge base and condition
const memo = new WeakMap<Ontology, Map<ConditionDef, ReadonlySet<string>>>();

/**
 * Chronic-condition and operation ids that never belong to a patient with this condition: the condition's
 * `excludeHistory`, plus every chronic condition
 * or operation whose name or lay name names the diagnosis (reusing the leak matcher). The condition's own
 * risk factors stay allowed: the knowledge base chose them (known asthma in an asthma attack).
 * Shared by the generator and the record check `history-fits-condition`.
 */
export function historyExcludedFor(o: Ontology, c: ConditionDef): ReadonlySet<string> {
  let byCondition = memo.get(o);
  if (!byCondition) {
    byCondition = new Map();
    memo.set(o, byCondition);
  }
  let ids = byCondition.get(c);
  if (!ids) {
    ids = compute(o, c);
    byCondition.set(c, ids);
  }
  return ids;
}

function compute(o: Ontology, c: ConditionDef): ReadonlySet<string> {
  const leak = diagnosisLeakMatcher(o, c);
  const risk = new Set(c.riskFactors.flatMap((r) => (r.type === 'condition' ? [r.id] : [])));
  const ids = new Set<string>(c.excludeHistory);
  for (const ch of o.chronicConditions.values()) {
    if (risk.has(ch.id)) continue;
    if (leak.find(ch.name) !== undefined || leak.find(ch.lay) !== undefined) ids.add(ch.id);
  }
  for (const s of o.surgeries.values()) {
    if (leak.find(s.name) !== undefined || leak.find(s.lay) !== undefined) ids.add(s.id);
  }
  return ids;
}
