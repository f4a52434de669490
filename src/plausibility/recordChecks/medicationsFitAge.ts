/** No medication is taken outside the ages the knowledge base gives for it (no combined pill at 70). */
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'medications-fit-age';

export const medicationsFitAge: RecordCheck = {
  name: rule,
  description: "Every medication suits the patient's age (the medication's minAge and maxAge).",
  check({ demographics, history }, ontology) {
    const out: RecordViolation[] = [];
    const { age } = demographics;
    history.medications.forEach((m, i) => {
      const def = ontology.medications.get(m.id);
      if (!def) return;
      if ((def.minAge !== undefined && age < def.minAge) || (def.maxAge !== undefined && age > def.maxAge)) {
        out.push({
          rule,
          path: `history.medications[${i}]`,
          message: `${m.name} is taken at ${def.minAge ?? 0}–${def.maxAge ?? 'any age'}, the patient is ${age}`,
        });
      }
    });
    return out;
  },
};
