/**
 * Splits a normalized message into clauses, one question each where the writer marked it: sentence
 * marks, semicolons and new lines, ", and" / ", also" before a new question (", but do not
 * actually faint" goes on with the last one), and "if so" after a yes/no question ("any phlegm, and if
 * so what colour?" asks whether there is any, then what it is like).
 */
const CLAUSE_BREAK =
  /[?.!;\n]+|,?\s*(?:and |but )?if (?:so|yes|you do|you have|there is|it does)\b,?\s*(?=(?:what|where|when|how|which|who|why|is|are|does|do|did|has|have|can|could|would|tell|describe)\b)|,\s*(?:and|also|plus|but)\s+(?:(?:also|um|umm|er|erm|uh) )*(?=(?:do|does|did|have|has|had|are|is|was|were|any|what|where|when|how|who|which|can|could|would|tell)\b(?! not\b))|\s+(?:and|or|but)\s+(?:(?:also|um|umm|er|erm|uh) )*(?=(?:do|does|did|have|has|are|is|was|were|what|where|when|how|who|which|can|could|would)\s+(?:you|it|the|this|that|your|there|anything|anyone)\b)|\s+(?:and|or|but)\s+(?=(?:what|where|when|how|who|which|why)\s+(?:is|are|was|were|do|does|did|has|have|had|can|could|would|will|exactly|long|often|much|many|bad|far)\b)/g;

export interface ClausePart {
  text: string;
  /** Joined to the clause before by "or" in one sentence: the other half of a choice ("X, or Y?"). */
  alternative: boolean;
}

const tidy = (c: string): string => c.replace(/,/g, ' ').replace(/\s+/g, ' ').trim();

/** The clauses, each marked with whether it is the second half of an "X or Y?" question. */
export function splitClauseParts(normalized: string): ClausePart[] {
  const parts: ClausePart[] = [];
  let from = 0;
  let alternative = false;
  for (const m of normalized.matchAll(CLAUSE_BREAK)) {
    parts.push({ text: tidy(normalized.slice(from, m.index)), alternative });
    alternative = /^,?\s*or\s/.test(m[0]);
    from = m.index + m[0].length;
  }
  parts.push({ text: tidy(normalized.slice(from)), alternative });
  return parts.filter((p) => /[a-z0-9]/.test(p.text));
}

export function splitClauses(normalized: string): string[] {
  return splitClauseParts(normalized).map((p) => p.text);
}
