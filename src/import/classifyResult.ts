/**
 * The flag of a result written in words: "Elevated" is high, "Slightly decreased" low, "Positive" or a
 * described lesion abnormal, "Negative" / "No growth" / "Within normal limits" normal. A bare number
 * with no words is taken as normal: the case gives no range to judge it by.
 */
import type { Flag } from '../domain/record.ts';

const STARTS_NORMAL =
  /^(?:normal|negative|no |none|nil|within|unremarkable|non-?reactive|clear|not detected|wnl)/i;
const HIGH = /\b(?:elevated|high|raised|increased|markedly|leukocytosis|lymphocytosis)\b/i;
const LOW = /\b(?:low|decreased|reduced|diminished|deficien\w*|depressed)\b/i;
const ABNORMAL =
  /\b(?:positive|abnormal|present|detected|consistent with|suggest\w*|lesions?|mass(?:es)?|enlarged|dilated|reactive|growth of|isolated|seen|showing|shows|evidence of)\b/i;
const NORMAL =
  /\b(?:normal|negative|unremarkable|within (?:normal )?(?:limits|range)|no abnormalit\w*|not detected|no growth|intact)\b/i;

/** The flag of one result text. */
export function classifyResult(text: string): Flag {
  const t = text.trim();
  if (STARTS_NORMAL.test(t)) return 'normal';
  const high = HIGH.test(t);
  const low = LOW.test(t);
  if (high && !low) return 'high';
  if (low && !high) return 'low';
  if (ABNORMAL.test(t)) return 'abnormal';
  if (NORMAL.test(t)) return 'normal';
  // only numbers and units ("13.2 g/dL", "4.22"): no range in the case to judge by
  if (
    !/[a-z]{4,}/i.test(
      t.replace(/\b(?:mmol|umol|µmol|mg|dl|dL|g|l|ml|mm|hg|iu|u|per|cells?|mcl|µl|ul)\b/gi, ''),
    )
  )
    return 'normal';
  return 'abnormal';
}

/** The flag of several results together: all the same, or abnormal when they differ. */
export function combineFlags(flags: readonly Flag[]): Flag {
  const [first] = flags;
  if (first === undefined) return 'normal';
  if (flags.every((f) => f === first)) return first;
  const notNormal = flags.filter((f) => f !== 'normal');
  const [one] = notNormal;
  return one !== undefined && notNormal.every((f) => f === one) ? one : 'abnormal';
}
