/** The patient takes no medication of a class they are allergic to (aspirin allergy → no salicylates). */
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'no-allergic-medication';

export const noAllergicMedication: RecordCheck = {
  name: rule,
  description: 'No medication belongs to a drug class the patient is allergic to.',
  check({ history }, ontology) {
    const out: RecordViolation[] = [];
    const forbidden = new Map<string, string>();
    for (const a of history.allergies) {
      const cls = ontology.allergies.get(a.id)?.drugClass;
      if (cls) forbidden.set(cls, a.substance);
    }
    history.medications.forEach((m, i) => {
      const cls = ontology.medications.get(m.id)?.class ?? m.class;
      const substance = forbidden.get(cls) ?? forbidden.get(m.class);
      if (substance !== undefined) {
        out.push({
          rule,
          path: `history.medications[${i}]`,
          message: `${m.name} (${cls}) is given to a patient allergic to ${substance}`,
        });
      }
    });
    return out;
  },
};
