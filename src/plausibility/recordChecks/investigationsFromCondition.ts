/**
 * Every investigation result is one the condition produces (as the record's variant changes it): a numeric value within the condition's
 * range and the test's limits, in the test's unit, flagged against the reference range that applies
 * to this patient; or a report the condition lists (or the test's normal report).
 */
import type { InvestigationResult } from '../../domain/record.ts';
import { historyEffectsOf } from '../../ontology/historyEffectOn.ts';
import { presentationOf } from '../../ontology/presentationOf.ts';
import { referenceRangeFor } from '../../ontology/referenceRangeFor.ts';
import type { ConditionDef, InvestigationDef, Sex } from '../../ontology/schema.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'investigations-from-condition';
const NONE: readonly string[] = [];

/** What is wrong with one result, in words (empty when nothing is). */
function problems(
  r: InvestigationResult,
  test: InvestigationDef,
  source: ConditionDef['investigations'][number],
  patient: { age: number; sex: Sex },
  condition: string,
  forced: readonly string[],
): string[] {
  const out: string[] = [];
  if (test.type === 'qualitative') {
    const listed = 'text' in source && r.text !== undefined && source.text.includes(r.text);
    if (r.text === undefined || (!listed && !forced.includes(r.text) && r.text !== test.normal)) {
      out.push(`"${r.text ?? ''}" is not a report ${condition} gives for ${r.id}`);
    }
    const flag = r.text === test.normal ? 'normal' : 'abnormal';
    if (r.flag !== flag) out.push(`${r.id} is flagged ${r.flag}, should be ${flag}`);
    return out;
  }
  if (r.value === undefined) return [`"${r.id}" is numeric but has no value`];
  const half = 0.5 / 10 ** test.decimals;
  if ('value' in source && (r.value < source.value.low - half || r.value > source.value.high + half)) {
    out.push(`${r.id} ${r.value} is outside ${condition}'s range ${source.value.low}–${source.value.high}`);
  }
  if (r.value < test.limits.low || r.value > test.limits.high) {
    out.push(`${r.id} ${r.value} is outside the limits of life ${test.limits.low}–${test.limits.high}`);
  }
  if (r.unit !== test.unit) out.push(`${r.id} is in ${r.unit ?? 'no unit'}, not ${test.unit}`);
  const ref = referenceRangeFor(test, patient.age, patient.sex);
  if (!r.range || r.range.low !== ref.low || r.range.high !== ref.high) {
    out.push(
      `${r.id} carries a reference range other than the one for a ${patient.age}-year-old ${patient.sex}`,
    );
  }
  const flag = r.value < ref.low ? 'low' : r.value > ref.high ? 'high' : 'normal';
  if (r.flag !== flag) out.push(`${r.id} ${r.value} is flagged ${r.flag}, should be ${flag}`);
  return out;
}

export const investigationsFromCondition: RecordCheck = {
  name: rule,
  description: 'Every result comes from the condition, with the right unit, reference range and flag.',
  check(record, ontology) {
    const def = ontology.condition(record.condition.id);
    if (!def) return [];
    const out: RecordViolation[] = [];
    const listed = presentationOf(def, record.variant).investigationById;
    const effects = historyEffectsOf(record.history, ontology);
    record.investigations.forEach((r, i) => {
      const test = ontology.investigations.get(r.id);
      const source = listed.get(r.id);
      if (!test || !source) {
        out.push({
          rule,
          path: `investigations[${i}]`,
          message: `"${r.id}" is not an investigation of ${def.id}`,
        });
        return;
      }
      // a report the history forces (see results-follow-history) is one this patient's condition gives
      const effect = effects.get(r.id);
      const forced = effect && 'text' in effect ? effect.text : NONE;
      const found = problems(r, test, source, record.demographics, def.id, forced);
      for (const message of found) out.push({ rule, path: `investigations[${i}]`, message });
    });
    return out;
  },
};
