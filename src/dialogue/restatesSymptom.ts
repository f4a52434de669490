/**
 * Whether a time cue only restates the symptom it would attach to: "how many pillows do you sleep on
 * at night?" asks about orthopnoea, whose own words include "night", not when it happens.
 */
import type { Lexicon } from './buildLexicon.ts';
import { DROPPED_WORDS, FILLER_WORDS } from './phraseStems.ts';
import { stemWord } from './stemWord.ts';
import { tokenize } from './tokenize.ts';

/** Words for pain itself and for change: never what makes a cue the symptom's own. */
const GENERIC_STEMS: ReadonlySet<string> = new Set([
  'pain',
  'painful',
  'sore',
  'discomfort',
  'tender',
  'harder',
  'easier',
  'worse',
  'better',
]);

export function restatesSymptom(
  cue: string,
  target: string | undefined,
  lexicon: Lexicon,
  words: 'terms' | 'described' | 'name' = 'terms',
): boolean {
  const info = lexicon.symptoms.get(target ?? '');
  const stems =
    words === 'described' ? info?.describedStems : words === 'name' ? info?.nameStems : info?.termStems;
  if (stems === undefined) return false;
  const own = tokenize(cue)
    .filter((w) => !DROPPED_WORDS.has(w) && !FILLER_WORDS.has(w))
    .map(stemWord)
    .filter((w) => !GENERIC_STEMS.has(w));
  return own.length > 0 && own.every((w) => stems.has(w));
}
