/**
 * Choices that describe one symptom, no symptoms of their own: after a clarifier ("when you say
 * dizzy, …", "what do you mean by dizzy - is the room spinning, or do you feel lightheaded?") and in
 * the other half of a choice about what the symptom is like ("is it a dry cough, or are you bringing
 * anything up?": dry or productive is the cough's character, not a question about phlegm).
 */
import type { Query } from '../domain/query.ts';
import type { ReadClause } from './absorbSummary.ts';
import type { ClausePart } from './splitClauses.ts';

/** A clause that asks what a word of the patient's means ("when you say dizzy, …", "what do you mean by dizzy"). */
export const CLARIFIER =
  /^(?:(?:and|so|okay|ok|right) )*(?:when you say|what do you mean (?:by|when you say)|by \w+(?: \w+)? do you mean)\b/;

/** The first half of a choice that says what "it" is like: "is it a dry cough…", "is the room spinning…". */
const DESCRIBES_IT = /^(?:(?:and|so|okay|ok|right) )*(?:is|was) (?:it|this|that|the \w+)\b/;
/** The other half, about the patient: "…or are you bringing anything up?", "…or do you feel faint?". */
const OTHER_HALF = /^(?:are|do|does|did|have) you\b/;

/**
 * The character query the clause `part` goes on describing, given the clause read before it and the
 * one the clause before that went on describing (`carried`), or undefined.
 */
export function describedCharacter(
  previous: ReadClause | undefined,
  part: ClausePart | undefined,
  carried: Query | undefined,
): Query | undefined {
  const character = previous?.queries.find(
    (q) => q.topic === 'symptom' && q.attribute === 'character' && q.target !== undefined,
  );
  if (character !== undefined && CLARIFIER.test(previous?.clause ?? '')) return character;
  if (part?.alternative !== true) return undefined;
  if (carried !== undefined) return carried;
  if (character !== undefined && DESCRIBES_IT.test(previous?.clause ?? '') && OTHER_HALF.test(part.text))
    return character;
  return undefined;
}
