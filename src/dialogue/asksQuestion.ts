/**
 * Whether a clause asks rather than states: it opens with a question word or an auxiliary ("does it",
 * "any", "what"), or inverts one later ("and the pain, does it spread"). "Headache for a week, no
 * vomiting" only states.
 */
/** Words a clause may open with before what it asks: "and", "so", "okay"… */
export const LEAD = '^(?:(?:and|so|okay|right|now|then|but|also|well) )*';
const QUESTION = new RegExp(
  `${LEAD}(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|any|anything|what|where|when|how|who|which|why|tell me|describe)\\b|\\b(?:do|does|did|is|are|was|were|can|could|would|will) (?:you|it|they|this|he|she)\\b`,
);

export function asksQuestion(clause: string): boolean {
  return QUESTION.test(clause);
}
