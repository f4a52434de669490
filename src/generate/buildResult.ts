/**
 * One investigation result as reported: a numeric value rounded to the test's decimals and kept within
 * its physiological limits, with the reference range for the patient's age and sex and the flag it
 * earns; or a qualitative report, flagged abnormal unless it is the test's normal report.
 */
import type { InvestigationResult } from '../domain/record.ts';
import { referenceRangeFor } from '../ontology/referenceRangeFor.ts';
import type { InvestigationDef, Range, Sex } from '../ontology/schema.ts';
import type { Rng } from './rng.ts';

/** low / high / normal against a range. */
export function flagFor(value: number, range: Range): 'low' | 'high' | 'normal' {
  if (value < range.low) return 'low';
  if (value > range.high) return 'high';
  return 'normal';
}

/** A value drawn uniformly from `value` (clamped to the test's limits), or one of `texts`. */
export function buildResult(
  def: InvestigationDef,
  patient: { age: number; sex: Sex },
  source: { value: Range } | { text: readonly string[] },
  rng: Rng,
): InvestigationResult {
  if (def.type === 'numeric') {
    const ref = referenceRangeFor(def, patient.age, patient.sex);
    const range = { low: ref.low, high: ref.high };
    const wanted = 'value' in source ? source.value : range;
    const scale = 10 ** def.decimals;
    const low = Math.max(wanted.low, def.limits.low);
    const high = Math.min(wanted.high, def.limits.high);
    const raw = high > low ? rng.float(low, high) : low;
    const value = Math.min(def.limits.high, Math.max(def.limits.low, Math.round(raw * scale) / scale));
    return { id: def.id, name: def.name, value, unit: def.unit, range, flag: flagFor(value, range) };
  }
  const text = 'text' in source && source.text.length > 0 ? rng.pick(source.text) : def.normal;
  return { id: def.id, name: def.name, text, flag: text === def.normal ? 'normal' : 'abnormal' };
}
