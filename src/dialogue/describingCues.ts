/**
 * Cues that date or describe what a yes/no question asks about, and ask nothing of their own:
 * - "when it came on" after a named symptom dates the question: "did you feel sick or sweaty when it
 *   came on?", "were you sweating when it started?" ask whether the patient had those symptoms at
 *   the start of the illness (the "it"), as "did you feel sick with the pain?" does (LABELS.md: a
 *   named symptom "with the pain" is that symptom). The onset of the symptom itself is asked with
 *   the symptom as subject ("when did the sickness come on?").
 * - a relative clause after a named symptom describes it: "any fits, where you go stiff and shake
 *   all over?" asks about fits, "all over" is no question where they are.
 */
import type { AttributeCue } from './clauseCues.ts';
import type { PhraseHit } from './findPhrases.ts';

/** A yes/no question about the patient: "did you feel…", "were you…", "any…". */
const YES_NO_ABOUT_YOU = /^(?:(?:and|so|but|ok|okay|right) )*(?:(?:did|do|were|are|have|had) you|any)\b/;
/** The start of something else, told by a pronoun: "when it came on", "when this all started". */
const WHEN_IT_STARTED =
  /^(?:when|as|once) (?:it|this|that|they|these|all this|this all|it all) (?:all |first |initially )?(?:came on|come on|comes on|started|starts|start|began|begins|kicked in|happened|hit|hit you)\b/;
/** A relative clause that describes the mention before it: "…fits, where you go stiff…". */
const RELATIVE = /^ (?:where|in which|during which) /;

/** The cues of a yes/no question left once those that date or describe its symptoms are dropped. */
export function dropDescribingCues(
  text: string,
  masked: string,
  cues: readonly AttributeCue[],
  phrases: readonly PhraseHit[],
  focus: string | undefined,
): AttributeCue[] {
  if (!YES_NO_ABOUT_YOU.test(text)) return [...cues];
  const named = phrases.filter((p) => p.kind === 'symptom' && p.id !== focus);
  return cues.filter(
    (c) =>
      !named.some(
        (p) =>
          p.end <= c.start &&
          ((c.attribute === 'onset' && WHEN_IT_STARTED.test(masked.slice(c.start))) ||
            RELATIVE.test(text.slice(p.end, c.start))),
      ),
  );
}
