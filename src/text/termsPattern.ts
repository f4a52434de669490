/**
 * A whole-word, case-insensitive matcher for a list of terms ("MI" matches "an MI" but not "mild").
 * Undefined when there is nothing to match.
 */
function escapeRegExp(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One case-insensitive, whole-word regular expression for all the terms. */
export function termsPattern(terms: readonly string[]): RegExp | undefined {
  const cleaned = terms.map((t) => t.trim()).filter((t) => t.length > 0);
  if (cleaned.length === 0) return undefined;
  // \b fails next to non-word characters ("A&E", "T2"), so use look-arounds on letters and digits
  return new RegExp(`(?<![A-Za-z0-9])(?:${cleaned.map(escapeRegExp).join('|')})(?![A-Za-z0-9])`, 'i');
}
