/** Every vital sign is one a living adult can have (the knowledge base's physiological limits). */
import { VITAL_LIMITS } from '../../ontology/checkOntology.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const KEYS = Object.keys(VITAL_LIMITS) as (keyof typeof VITAL_LIMITS)[];

export const vitalsWithinLimits: RecordCheck = {
  name: 'vitals-within-limits',
  description: 'Every vital sign lies within the physiological limits of a living adult.',
  check({ vitals }) {
    const out: RecordViolation[] = [];
    for (const key of KEYS) {
      const { low, high } = VITAL_LIMITS[key];
      const value = vitals[key];
      if (!(value >= low && value <= high)) {
        out.push({
          rule: 'vitals-within-limits',
          path: `vitals.${key}`,
          message: `${key} ${value} is outside ${low}–${high}`,
        });
      }
    }
    return out;
  },
};
