/** The patient's age is within the condition's age range. */
import type { RecordCheck } from '../recordCheck.ts';

export const ageWithinConditionRange: RecordCheck = {
  name: 'age-within-condition-range',
  description: "The patient's age lies within the condition's age range.",
  check({ demographics, condition }, ontology) {
    const def = ontology.condition(condition.id);
    if (!def) return [];
    const { min, max } = def.age;
    if (demographics.age >= min && demographics.age <= max) return [];
    return [
      {
        rule: 'age-within-condition-range',
        path: 'demographics.age',
        message: `age ${demographics.age} is outside ${condition.id}'s range ${min}–${max}`,
      },
    ];
  },
};
