/**
 * Splits a normalized message into clauses, one question each where the writer marked it: sentence
 * marks, semicolons and new lines, ", and" / ", also" before a new question (", but do not
 * actually faint" goes on with the last one), and "if so" after a yes/no question ("any phlegm, and if
 * so what colour?" asks whether there is any, then what it is like).
 */
export function splitClauses(normalized: string): string[] {
  return normalized
    .split(
      /[?.!;\n]+|,?\s*(?:and |but )?if (?:so|yes|you do|you have|there is|it does)\b,?\s*(?=(?:what|where|when|how|which|who|why|is|are|does|do|did|has|have|can|could|would|tell|describe)\b)|,\s*(?:and|also|plus|but)\s+(?:(?:also|um|umm|er|erm|uh) )*(?=(?:do|does|did|have|has|had|are|is|was|were|any|what|where|when|how|who|which|can|could|would|tell)\b(?! not\b))|\s+(?:and|or|but)\s+(?:(?:also|um|umm|er|erm|uh) )*(?=(?:do|does|did|have|has|are|is|was|were|what|where|when|how|who|which|can|could|would)\s+(?:you|it|the|this|that|your|there|anything|anyone)\b)|\s+(?:and|or|but)\s+(?=(?:what|where|when|how|who|which|why)\s+(?:is|are|was|were|do|does|did|has|have|had|can|could|would|will|exactly|long|often|much|many|bad|far)\b)/,
    )
    .map((c) => c.replace(/,/g, ' ').replace(/\s+/g, ' ').trim())
    .filter((c) => /[a-z0-9]/.test(c));
}
