/**
 * Every examination finding is one the condition produces (as the record's variant changes it), reported
 * under its body system with its text.
 */
import { presentationOf } from '../../ontology/presentationOf.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'findings-from-condition';

export const findingsFromCondition: RecordCheck = {
  name: rule,
  description: 'Every examination finding comes from the condition, under the right body system.',
  check(record, ontology) {
    const def = ontology.condition(record.condition.id);
    if (!def) return [];
    const listed = presentationOf(def, record.variant).findingIds;
    const out: RecordViolation[] = [];
    record.examination.forEach((f, i) => {
      const path = `examination[${i}]`;
      const finding = ontology.findings.get(f.id);
      if (!listed.has(f.id) || !finding) {
        out.push({ rule, path, message: `"${f.id}" is not a finding of ${def.id}` });
      } else if (finding.system !== f.system || finding.text !== f.text) {
        out.push({
          rule,
          path,
          message: `"${f.id}" is reported differently from the vocabulary (${finding.system})`,
        });
      }
    });
    return out;
  },
};
