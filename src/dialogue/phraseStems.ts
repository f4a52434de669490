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
  'own',
]);

/**
 * Words that may stand between the words of a term without changing what it names: "has your heart
 * been racing" is "heart racing", "swelling around your ankles" is "swelling in ankles". They never
 * count as a term's own words when terms are matched loosely (see matchTerms).
 */
export const FILLER_WORDS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'do',
  'does',
  'did',
  'get',
  'gets',
  'getting',
  'got',
  'become',
  'becoming',
  'feel',
  'feels',
  'felt',
  'feeling',
  'in',
  'on',
  'of',
  'to',
  'into',
  'around',
  'round',
  'about',
  'across',
  'from',
  'with',
  'for',
  'by',
  'behind',
  'ever',
  'more',
  'also',
  'still',
  'both',
  'either',
  'just',
  'always',
  'sometimes',
  'much',
  'too',
  'have',
  'has',
  'had',
  'go',
  'goes',
  'going',
  'gone',
  'went',
  'when',
  'while',
  'whilst',
  'if',
  'what',
  'like',
  'it',
  'they',
  'them',
  'i',
  'me',
]);

/** Words too common to make a term on their own: a loose match needs two words besides these. */
export const WEAK_WORDS: ReadonlySet<string> = new Set([
  'can',
  'not',
  'no',
  'have',
  'has',
  'had',
  'will',
  'would',
  'could',
  'should',
  'like',
  'anything',
  'something',
  'things',
  'thing',
]);

/** Particles: a term holding one keeps its word order ("out of breath" is not "breathe out"). */
export const PARTICLES: ReadonlySet<string> = new Set(['up', 'down', 'out', 'off', 'away', 'back', 'over']);

/**
 * Whether the word at `i` is dropped before comparing: a dropped word that makes a phrase of the next
 * one is kept ("aching all over" is not "aching over", so "pain over your cheeks" is no body ache).
 */
export function isDropped(words: readonly string[], i: number): boolean {
  const w = words[i] ?? '';
  return DROPPED_WORDS.has(w) && !(w === 'all' && words[i + 1] === 'over');
}

export function phraseStems(phrase: string): string[] {
  const words = tokenize(normalizeText(phrase));
  return words.filter((_, i) => !isDropped(words, i)).map(stemWord);
}
