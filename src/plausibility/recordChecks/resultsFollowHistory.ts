/**
 * Results agree with what the patient's own medications and chronic conditions do to them: a listed
 * numeric result lies where the condition's range and the history's overlap (a diabetic's glucose), a
 * report is the one the history forces (permanent AF: an AF ECG, never sinus rhythm).
 */
import { combinedRange, historyEffectsOf } from '../../ontology/historyEffectOn.ts';
import { presentationOf } from '../../ontology/presentationOf.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'results-follow-history';

export const resultsFollowHistory: RecordCheck = {
  name: rule,
  description: "Results agree with the effects of the patient's medications and chronic conditions.",
  check(record, ontology) {
    const def = ontology.condition(record.condition.id);
    const out: RecordViolation[] = [];
    const effects = historyEffectsOf(record.history, ontology);
    if (effects.size === 0) return out;
    const listed = def && presentationOf(def, record.variant).investigationById;
    record.investigations.forEach((r, i) => {
      const effect = effects.get(r.id);
      if (!effect) return;
      const path = `investigations[${i}]`;
      if ('text' in effect) {
        if (r.text === undefined || !effect.text.includes(r.text)) {
          out.push({ rule, path, message: `"${r.text ?? ''}" disagrees with the history's ${r.id}` });
        }
        return;
      }
      const source = listed?.get(r.id);
      const range = source && 'value' in source ? combinedRange(source.value, effect.value) : effect.value;
      const test = ontology.investigation(r.id);
      const half = test?.type === 'numeric' ? 0.5 / 10 ** test.decimals : 0;
      if (r.value === undefined || r.value < range.low - half || r.value > range.high + half) {
        out.push({
          rule,
          path,
          message: `${r.id} ${r.value ?? '?'} is outside ${range.low}–${range.high}, what the history makes it`,
        });
      }
    });
    return out;
  },
};
