/**
 * What the reply checker reports: one violation per problem found, with the words that show it, so a
 * model can be told exactly what to fix and a reviewer can see why a reply was refused.
 */

/** The four families of reply rules. */
export type ReplyRule = 'leak' | 'contradiction' | 'unsupported' | 'character';

export interface ReplyViolation {
  rule: ReplyRule;
  /** Stable snake_case identifier within the rule (`diagnosis_name`, `symptom_denied`, ...). */
  code: string;
  /** What is wrong, in words a model can act on. Never contains the diagnosis. */
  message: string;
  /** The part of the reply that shows it (as written, possibly disguised). */
  evidence: string;
}

/** Builds a violation; evidence is cut to a readable length. */
export function violation(rule: ReplyRule, code: string, message: string, evidence: string): ReplyViolation {
  const trimmed = evidence.trim();
  return { rule, code, message, evidence: trimmed.length > 160 ? `${trimmed.slice(0, 157)}...` : trimmed };
}
