/**
 * Where a reply names the patient's own conditions and medicines ("my rheumatic fever", "folic acid"):
 * the symptom words inside them ("fever", "acid") are history, not symptom claims. Read once per reply.
 */
import type { Analysis, Mention } from './analyseReply.ts';
import type { PhraseMatch } from './text/PhraseMatcher.ts';

const spans = new WeakMap<Analysis, PhraseMatch<string>[]>();

function ownHistory(a: Analysis): PhraseMatch<string>[] {
  const hit = spans.get(a);
  if (hit) return hit;
  const found = [
    ...a.oi.chronic.match(a.tokens).filter((c) => c.values.some((id) => a.ci.conditionIds.has(id))),
    ...a.oi.medications.match(a.tokens).filter((c) => c.values.some((id) => a.ci.medicationIds.has(id))),
  ];
  spans.set(a, found);
  return found;
}

/** Whether the symptom words lie inside the name of one of the patient's own conditions or medicines. */
export function insideOwnHistory(a: Analysis, m: Mention): boolean {
  return ownHistory(a).some((c) => c.start <= m.end && m.start <= c.end);
}
