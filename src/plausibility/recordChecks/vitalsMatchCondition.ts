/** Every vital sign lies within the condition's vital-sign pattern (as the record's variant changes it). */
import { presentationOf } from '../../ontology/presentationOf.ts';
import type { VitalsPattern } from '../../ontology/schema.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const VITAL_KEYS: readonly (keyof VitalsPattern)[] = [
  'heartRate',
  'systolic',
  'diastolic',
  'respiratoryRate',
  'spo2',
  'temperature',
];

export const vitalsMatchCondition: RecordCheck = {
  name: 'vitals-match-condition',
  description:
    "Every vital sign lies within the condition's pattern, as its variant changes it (rounding allowed).",
  check({ vitals, condition, variant }, ontology) {
    const def = ontology.condition(condition.id);
    if (!def) return [];
    const pattern = presentationOf(def, variant).vitals;
    const out: RecordViolation[] = [];
    for (const key of VITAL_KEYS) {
      const { low, high } = pattern[key];
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
