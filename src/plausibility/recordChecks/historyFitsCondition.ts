/**
 * No background history contradicts or gives away the condition: nothing in its `excludeHistory`
 * (permanent AF beside a sinus-rhythm ECG, a pacemaker in complete heart block) and no chronic condition
 * or operation named like the diagnosis (known "angina" in a stable-angina case), bar its own risk factors.
 */
import { historyExcludedFor } from '../historyExcludedFor.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'history-fits-condition';

export const historyFitsCondition: RecordCheck = {
  name: rule,
  description: 'No past condition or operation contradicts the condition or names the diagnosis.',
  check(record, ontology) {
    const def = ontology.condition(record.condition.id);
    if (!def) return [];
    const excluded = historyExcludedFor(ontology, def);
    const out: RecordViolation[] = [];
    record.history.conditions.forEach((c, i) => {
      if (excluded.has(c.id)) {
        out.push({
          rule,
          path: `history.conditions[${i}]`,
          message: `"${c.id}" contradicts or gives away ${def.id}`,
        });
      }
    });
    record.history.surgeries.forEach((s, i) => {
      if (excluded.has(s.id)) {
        out.push({
          rule,
          path: `history.surgeries[${i}]`,
          message: `"${s.id}" contradicts or gives away ${def.id}`,
        });
      }
    });
    return out;
  },
};
