/** A male patient has no pregnancy status and no pregnancy or childbirth in his history. */
import { PREGNANCY_EXPOSURE } from '../../ontology/pregnancy.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'no-pregnancy-in-males';

export const noPregnancyInMales: RecordCheck = {
  name: rule,
  description: 'Male patients carry no pregnancy status and no pregnancy or postpartum exposure.',
  check({ demographics, history }) {
    if (demographics.sex !== 'male') return [];
    const out: RecordViolation[] = [];
    if (history.pregnant !== undefined) {
      out.push({ rule, path: 'history.pregnant', message: 'a male patient has a pregnancy status' });
    }
    history.social.exposures.forEach((e, i) => {
      if (e.id === PREGNANCY_EXPOSURE) {
        out.push({
          rule,
          path: `history.social.exposures[${i}]`,
          message: 'a male patient is pregnant or postpartum',
        });
      }
    });
    return out;
  },
};
