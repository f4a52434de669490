/**
 * A count as case prose writes it: digits ("4", "2.5") or words ("an", "two", "a couple of",
 * "several"). Vague words take their smallest usual reading ("a few", "several" = 3), so an imported
 * history never overstates what the case said.
 */
const WORDS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  couple: 2,
  'a couple of': 2,
  few: 3,
  'a few': 3,
  several: 3,
};

/** The number `text` stands for, or undefined. */
export function proseNumber(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Number(trimmed);
  return WORDS[trimmed];
}
