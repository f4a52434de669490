/**
 * Whether a phrase says no more than "problems with <a body system word>": "difficulty hearing" fits a
 * hearing-loss term, but "any problems with your hearing?" is the review of the ears.
 */
import type { Lexicon } from './buildLexicon.ts';
import { DROPPED_WORDS, FILLER_WORDS } from './phraseStems.ts';
import { tokenize } from './tokenize.ts';

const PROBLEM_WORDS = /^(?:problems?|troubles?|difficult(?:y|ies)|issues?)$/;

export function namesOnlySystem(phrase: string, lexicon: Lexicon): boolean {
  const own = tokenize(phrase).filter(
    (w) => !DROPPED_WORDS.has(w) && !FILLER_WORDS.has(w) && !PROBLEM_WORDS.test(w),
  );
  return own.length === 1 && lexicon.systemWords.has(own[0] as string);
}
