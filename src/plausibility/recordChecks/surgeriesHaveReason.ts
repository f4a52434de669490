/**
 * Every past operation has its reason in the history (`requires`: no CABG without ischaemic heart
 * disease, no thyroidectomy without levothyroxine), and none that ends fertility goes with pregnancy or
 * recent childbirth.
 */
import { PREGNANCY_EXPOSURE } from '../../ontology/pregnancy.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'surgeries-have-reason';

export const surgeriesHaveReason: RecordCheck = {
  name: rule,
  description:
    'Every operation has its reason in the history, and none that ends fertility goes with pregnancy.',
  check({ history }, ontology) {
    if (history.surgeries.length === 0) return [];
    const has = new Set<string>();
    for (const c of history.conditions) has.add(c.id);
    for (const m of history.medications) has.add(m.id);
    const pregnancy =
      history.pregnant === true || history.social.exposures.some((e) => e.id === PREGNANCY_EXPOSURE);
    const out: RecordViolation[] = [];
    history.surgeries.forEach((s, i) => {
      const def = ontology.surgeries.get(s.id);
      if (!def) return;
      if (def.requires.length > 0 && !def.requires.some((r) => has.has(r))) {
        out.push({
          rule,
          path: `history.surgeries[${i}]`,
          message: `${s.id} without its reason (any of ${def.requires.join(', ')})`,
        });
      }
      if (def.endsFertility && pregnancy) {
        out.push({
          rule,
          path: `history.surgeries[${i}]`,
          message: `${s.id} ends fertility, but the patient is pregnant or has just given birth`,
        });
      }
    });
    return out;
  },
};
