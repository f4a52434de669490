/** Oxygen saturation is a percentage no higher than 100. */
import type { RecordCheck } from '../recordCheck.ts';

export const spo2AtMost100: RecordCheck = {
  name: 'spo2-at-most-100',
  description: 'SpO2 is at most 100%.',
  check({ vitals }) {
    if (vitals.spo2 <= 100) return [];
    return [{ rule: 'spo2-at-most-100', path: 'vitals.spo2', message: `SpO2 ${vitals.spo2}% is above 100%` }];
  },
};
