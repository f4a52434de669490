/**
 * Smoking numbers agree: pack-years = cigarettes a day × years / 20, and the years smoked (plus years
 * since quitting) fit after the age of 10.
 */
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'smoking-consistent';

export const smokingConsistent: RecordCheck = {
  name: rule,
  description: 'Pack-years equal cigarettes a day × years / 20, and the smoking years fit the patient’s age.',
  check({ demographics, history }) {
    const s = history.social.smoking;
    if (s.status === 'never') return [];
    const out: RecordViolation[] = [];
    const expected = (s.perDay * s.years) / 20;
    if (Math.abs(s.packYears - expected) > 0.1 + 1e-9) {
      out.push({
        rule,
        path: 'history.social.smoking.packYears',
        message: `${s.packYears} pack-years, but ${s.perDay} a day for ${s.years} years is ${expected}`,
      });
    }
    const span = s.years + (s.status === 'ex' ? s.quitYearsAgo : 0);
    if (span > demographics.age - 10) {
      out.push({
        rule,
        path: 'history.social.smoking.years',
        message: `smoking history spans ${span} years in a ${demographics.age}-year-old`,
      });
    }
    return out;
  },
};
