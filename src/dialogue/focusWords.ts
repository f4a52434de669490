/**
 * A symptom named by one word that is also a word of the symptom under discussion is that symptom:
 * with a tremor in focus, "is the shaking there all the time?" asks about the tremor, not about the
 * rigors "shaking" is also a term of; with tummy pain in focus, "is it cramping?" describes the pain.
 * The mention is left to the focus, which every cue goes to. Only a one-word mention is: a phrase of its own ("muscle cramps") names its own symptom.
 */
import type { Lexicon } from './buildLexicon.ts';
import type { PhraseHit } from './findPhrases.ts';
import { DROPPED_WORDS } from './phraseStems.ts';
import { stemWord } from './stemWord.ts';

export function focusWords(
  phrases: readonly PhraseHit[],
  focus: string | undefined,
  lexicon: Lexicon,
): PhraseHit[] {
  const info = focus === undefined ? undefined : lexicon.symptoms.get(focus);
  if (focus === undefined || info === undefined) return [...phrases];
  // the focus symptom named as well keeps every other mention its own
  if (phrases.some((p) => p.kind === 'symptom' && p.id === focus)) return [...phrases];
  // the mention is dropped, not re-read: its word is left to describe the focus ("cramping" is a character)
  return phrases.filter((p) => {
    if (p.kind !== 'symptom' || p.id === focus || p.refined) return true;
    const own = p.text.split(' ').filter((w) => w.length > 0 && !DROPPED_WORDS.has(w));
    return !(own.length === 1 && info.termStems.has(stemWord(own[0] as string)));
  });
}
