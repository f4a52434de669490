/** Systolic pressure is above diastolic pressure. */
import type { RecordCheck } from '../recordCheck.ts';

export const systolicAboveDiastolic: RecordCheck = {
  name: 'systolic-above-diastolic',
  description: 'Systolic blood pressure is higher than diastolic.',
  check({ vitals }) {
    if (vitals.systolic > vitals.diastolic) return [];
    return [
      {
        rule: 'systolic-above-diastolic',
        path: 'vitals',
        message: `blood pressure ${vitals.systolic}/${vitals.diastolic}: systolic must exceed diastolic`,
      },
    ];
  },
};
