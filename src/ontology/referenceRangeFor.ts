/**
 * The reference range of a numeric investigation that applies to one patient: the most specific range
 * whose sex and age bounds include them, else the first unconditional range, else the first range.
 */
import type { NumericInvestigation, ReferenceRange, Sex } from './schema.ts';

function specificity(r: ReferenceRange): number {
  return (r.sex ? 2 : 0) + (r.minAge !== undefined ? 1 : 0) + (r.maxAge !== undefined ? 1 : 0);
}

/** The reference range that applies to a patient of this age and sex. */
export function referenceRangeFor(def: NumericInvestigation, age: number, sex: Sex): ReferenceRange {
  let best: ReferenceRange | undefined;
  for (const r of def.ranges) {
    if (r.sex && r.sex !== sex) continue;
    if (r.minAge !== undefined && age < r.minAge) continue;
    if (r.maxAge !== undefined && age > r.maxAge) continue;
    if (!best || specificity(r) > specificity(best)) best = r;
  }
  return best ?? def.ranges.find((r) => specificity(r) === 0) ?? (def.ranges[0] as ReferenceRange);
}
