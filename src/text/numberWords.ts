/**
 * Numbers as a patient types them: words up to twelve and round tens ("two", "forty"), digits otherwise
 * ("26"), which also keeps "twenty-six" from being misread as "six".
 */
const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n <= 12) return ONES[n] ?? String(n);
  if (n % 10 === 0) return TENS[n / 10] ?? String(n);
  return String(n);
}
