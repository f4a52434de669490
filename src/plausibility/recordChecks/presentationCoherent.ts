/**
 * The presentation agrees with itself: no symptom began before the chief complaint unless the condition
 * allows it (`mayPrecedeChief`), no pain is denied where another symptom radiates ("spreads to my jaw"
 * with "no jaw pain"), and the opening words name no other site than the chief complaint's own.
 */
import { agoHours } from '../../text/agoHours.ts';
import { namesOtherSite } from '../../text/namesOtherSite.ts';
import { radiatesTo } from '../../text/radiatesTo.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'presentation-coherent';

export const presentationCoherent: RecordCheck = {
  name: rule,
  description:
    'Symptoms start no earlier than the chief complaint, radiation is never denied, the opening words name the right site.',
  check({ presentation, condition, variant }, ontology) {
    const def = ontology.condition(condition.id);
    const added = def?.atypical.find((v) => v.id === variant)?.add ?? [];
    const out: RecordViolation[] = [];
    const chief = presentation.symptoms.find((s) => s.id === presentation.chiefComplaint);
    const chiefStart = chief?.attributes.started;
    if (chiefStart) {
      const limit = agoHours(chiefStart);
      presentation.symptoms.forEach((s, i) => {
        if (s === chief || !s.attributes.started || agoHours(s.attributes.started) <= limit) return;
        const source = added.find((x) => x.id === s.id) ?? def?.symptoms.find((x) => x.id === s.id);
        if (source?.mayPrecedeChief === true) return;
        out.push({
          rule,
          path: `presentation.symptoms[${i}].attributes.started`,
          message: `${s.id} began before the chief complaint ${chief?.id ?? ''}`,
        });
      });
    }
    const radiation = presentation.symptoms.map((s) => s.attributes.radiation ?? '').join(' | ');
    presentation.negatives.forEach((n, i) => {
      if (radiatesTo(radiation, n)) {
        out.push({
          rule,
          path: `presentation.negatives[${i}]`,
          message: `"${n}" is denied, but a symptom radiates there`,
        });
      }
    });
    if (chief && namesOtherSite(presentation.words, chief.attributes.site)) {
      out.push({
        rule,
        path: 'presentation.words',
        message: `the opening words name another site than "${chief.attributes.site ?? ''}"`,
      });
    }
    return out;
  },
};
