/**
 * Pregnancy status is recorded exactly for women of reproductive age, and pregnancy or childbirth
 * appears only then.
 */
import { PREGNANCY_EXPOSURE, REPRODUCTIVE_AGE } from '../../ontology/pregnancy.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'pregnancy-at-reproductive-age';

export const pregnancyAtReproductiveAge: RecordCheck = {
  name: rule,
  description: `Women aged ${REPRODUCTIVE_AGE.low}–${REPRODUCTIVE_AGE.high} carry a pregnancy status; nobody else is pregnant or postpartum.`,
  check({ demographics, history }) {
    if (demographics.sex !== 'female') return [];
    const fertile = demographics.age >= REPRODUCTIVE_AGE.low && demographics.age <= REPRODUCTIVE_AGE.high;
    const out: RecordViolation[] = [];
    if (fertile && history.pregnant === undefined) {
      out.push({
        rule,
        path: 'history.pregnant',
        message: `a woman aged ${demographics.age} has no pregnancy status`,
      });
    }
    if (!fertile && history.pregnant !== undefined) {
      out.push({
        rule,
        path: 'history.pregnant',
        message: `a woman aged ${demographics.age} has a pregnancy status`,
      });
    }
    if (!fertile && history.social.exposures.some((e) => e.id === PREGNANCY_EXPOSURE)) {
      out.push({
        rule,
        path: 'history.social.exposures',
        message: `a woman aged ${demographics.age} is pregnant or postpartum`,
      });
    }
    return out;
  },
};
