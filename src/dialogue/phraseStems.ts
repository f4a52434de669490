/**
 * The comparable form of a phrase: normalized, tokenized, determiners and possessives dropped, stemmed.
 * "pain in your chest" and "pain in the chest" both become `pain in chest`.
 */
import { normalizeText } from './normalizeText.ts';
import { stemWord } from './stemWord.ts';
import { tokenize } from './tokenize.ts';

/** Words that never decide a match: dropped on both sides before comparing. */
export const DROPPED_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'your',
  'you',
  'my',
  'his',
  'her',
  'their',
  'our',
  'any',
  'some',
  'really',
  'very',
  'bit',
  'little',
  'quite',
  'at',
  'all',
]);

export function phraseStems(phrase: string): string[] {
  return tokenize(normalizeText(phrase))
    .filter((w) => !DROPPED_WORDS.has(w))
    .map(stemWord);
}
