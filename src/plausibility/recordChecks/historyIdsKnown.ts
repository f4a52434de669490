/**
 * Every item of the history exists in the knowledge base (conditions, operations, medications,
 * allergies, family conditions, exposures), and a medication taken "for" a condition is for one the
 * patient has.
 */
import { isFamilyHistoryOnly } from '../../ontology/isFamilyHistoryOnly.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'history-ids-known';

function unknown(path: string, what: string, id: string): RecordViolation {
  return { rule, path, message: `unknown ${what} "${id}"` };
}

export const historyIdsKnown: RecordCheck = {
  name: rule,
  description:
    'Every history item exists in the knowledge base and medications are for conditions the patient has.',
  check({ history }, ontology) {
    const out: RecordViolation[] = [];
    history.conditions.forEach((c, i) => {
      const def = ontology.chronicConditions.get(c.id);
      if (!def) out.push(unknown(`history.conditions[${i}]`, 'condition', c.id));
      else if (isFamilyHistoryOnly(def)) {
        out.push({
          rule,
          path: `history.conditions[${i}]`,
          message: `"${c.id}" is a family-history-only entry`,
        });
      }
    });
    history.surgeries.forEach((s, i) => {
      if (!ontology.surgeries.has(s.id)) out.push(unknown(`history.surgeries[${i}]`, 'operation', s.id));
    });
    const own = new Set(history.conditions.map((c) => c.id));
    history.medications.forEach((m, i) => {
      const def = ontology.medications.get(m.id);
      if (!def) out.push(unknown(`history.medications[${i}]`, 'medication', m.id));
      else if (def.class !== m.class) {
        out.push({
          rule,
          path: `history.medications[${i}]`,
          message: `${m.id} is ${def.class}, not ${m.class}`,
        });
      }
      if (m.for !== undefined && !own.has(m.for)) {
        out.push({
          rule,
          path: `history.medications[${i}].for`,
          message: `taken for "${m.for}", which the patient does not have`,
        });
      }
    });
    history.allergies.forEach((a, i) => {
      if (!ontology.allergies.has(a.id)) out.push(unknown(`history.allergies[${i}]`, 'allergy', a.id));
    });
    history.family.forEach((f, i) => {
      if (!ontology.chronicConditions.has(f.conditionId))
        out.push(unknown(`history.family[${i}]`, 'condition', f.conditionId));
    });
    history.social.exposures.forEach((e, i) => {
      if (!ontology.exposures.has(e.id))
        out.push(unknown(`history.social.exposures[${i}]`, 'exposure', e.id));
    });
    return out;
  },
};
