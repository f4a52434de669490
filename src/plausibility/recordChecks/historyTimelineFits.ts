/**
 * The history fits the patient's age: no condition before its minimum age or for longer than the
 * patient has been old enough to have it, no operation outside the ages it is done at, and a sibling's
 * age at onset not absurdly beyond the patient's own.
 */
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'history-timeline-fits';

export const historyTimelineFits: RecordCheck = {
  name: rule,
  description: 'Past conditions, operations and family onsets fit the patient’s age.',
  check({ demographics, history }, ontology) {
    const { age } = demographics;
    const out: RecordViolation[] = [];
    history.conditions.forEach((c, i) => {
      const def = ontology.chronicConditions.get(c.id);
      if (!def) return;
      if (age < def.minAge) {
        out.push({
          rule,
          path: `history.conditions[${i}]`,
          message: `${c.id} needs age ${def.minAge}+, patient is ${age}`,
        });
      } else if (c.sinceYears > age - Math.min(def.minAge, age)) {
        out.push({
          rule,
          path: `history.conditions[${i}].sinceYears`,
          message: `${c.id} for ${c.sinceYears} years, but only possible since age ${def.minAge}`,
        });
      }
    });
    history.surgeries.forEach((s, i) => {
      const def = ontology.surgeries.get(s.id);
      if (!def) return;
      const atAge = age - s.yearsAgo;
      if (atAge < def.minAge || (def.maxAge !== undefined && atAge > def.maxAge)) {
        out.push({
          rule,
          path: `history.surgeries[${i}]`,
          message: `${s.id} at age ${atAge} is outside the ages it is done (${def.minAge}–${def.maxAge ?? 'any'})`,
        });
      }
    });
    history.family.forEach((f, i) => {
      const sibling = f.relation === 'brother' || f.relation === 'sister';
      if (sibling && f.ageAtOnset !== undefined && f.ageAtOnset > age + 25) {
        out.push({
          rule,
          path: `history.family[${i}].ageAtOnset`,
          message: `a ${f.relation} of a ${age}-year-old cannot have had onset at ${f.ageAtOnset}`,
        });
      }
    });
    return out;
  },
};
