/** Every vital sign lies within the condition's vital-sign pattern. */
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

export const vitalsMatchCondition: RecordCheck = {
  name: 'vitals-match-condition',
  description: "Every vital sign lies within the condition's pattern (rounding allowed).",
  check({ vitals, condition }, ontology) {
    const def = ontology.condition(condition.id);
    if (!def) return [];
    const out: RecordViolation[] = [];
    for (const key of Object.keys(def.vitals) as (keyof typeof def.vitals)[]) {
      const { low, high } = def.vitals[key];
      const tolerance = key === 'temperature' ? 0.05 : 0.5;
      const value = vitals[key];
      if (value < low - tolerance || value > high + tolerance) {
        out.push({
          rule: 'vitals-match-condition',
          path: `vitals.${key}`,
          message: `${key} ${value} is outside ${condition.id}'s range ${low}–${high}`,
        });
      }
    }
    return out;
  },
};
