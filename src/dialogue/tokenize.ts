/** Splits normalized text into word tokens (letters and digits only). */
export function tokenize(text: string): string[] {
  return text.match(/[a-z0-9]+/g) ?? [];
}
