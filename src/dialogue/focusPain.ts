/**
 * A pain named in the words of the painful symptom under discussion is that symptom: with calf pain on
 * walking in focus, "how far can you walk before the leg pain kicks in?" asks about it, not about a
 * swollen or painful calf that "leg pain" is also a term of. A pain mention is re-read only when
 * every word of it is one of the focus symptom's own words.
 */
import type { Lexicon } from './buildLexicon.ts';
import type { PhraseHit } from './findPhrases.ts';
import { DROPPED_WORDS } from './phraseStems.ts';
import { stemWord } from './stemWord.ts';

const PAIN_WORDS = /\b(?:pain|pains|painful|ache|aches|aching|hurt|hurts|sore)\b/;

export function focusPain(
  phrases: readonly PhraseHit[],
  focus: string | undefined,
  lexicon: Lexicon,
): PhraseHit[] {
  const info = focus === undefined ? undefined : lexicon.symptoms.get(focus);
  // painful by name, or by its terms ("calf pain on walking" for claudication)
  if (focus === undefined || !(info?.painful || info?.termStems.has('pain'))) return [...phrases];
  return phrases.map((p) => {
    if (p.kind !== 'symptom' || p.id === focus) return p;
    if (!PAIN_WORDS.test(p.text)) return p;
    // the clause is normalized already: its words only need stemming
    const own = p.text
      .split(' ')
      .filter((w) => w.length > 0 && !DROPPED_WORDS.has(w))
      .map(stemWord);
    return own.length > 0 && own.every((s) => info.termStems.has(s)) ? { ...p, id: focus } : p;
  });
}
