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

/**
 * What a motion can hold: with a bowel symptom in focus, "is it watery? any mucus?" says what the
 * stools are like (its character), it asks about no phlegm.
 */
const STOOL_CONTENT = /^(?:mucus|mucous|mucousy|slime|slimy)$/;

/** A word for one bout of a symptom: "episodes", "attacks", "spells". */
const BOUT = /^(?:episodes?|attacks?|spells?|bouts?|turns?)$/;

/** A determiner or possessive right before a word: it is used as a noun. */
const NOUN_BEFORE = /\b(?:the|your|this|that|my|a|an|any|his|her|their)\s+$/;

/** A symptom's name in words, its gloss left out: "Syncope (blackout)" is "syncope". */
const nameWords = (name: string): string[] =>
  name
    .replace(/\s*\([^)]*\)/g, '')
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0);

export function focusWords(
  text: string,
  phrases: readonly PhraseHit[],
  focus: string | undefined,
  lexicon: Lexicon,
): PhraseHit[] {
  const info = focus === undefined ? undefined : lexicon.symptoms.get(focus);
  if (focus === undefined || info === undefined) return [...phrases];
  // the focus symptom named as well keeps every other mention its own
  if (phrases.some((p) => p.kind === 'symptom' && p.id === focus)) return [...phrases];
  const bowel = info.system === 'gastrointestinal' && info.attributes.includes('character');
  // the mention is dropped, not re-read: its word is left to describe the focus ("cramping" is a character)
  return phrases.filter((p) => {
    if (p.kind !== 'symptom' || p.id === focus || p.refined) return true;
    if (bowel && STOOL_CONTENT.test(p.text)) return false;
    // "those shaking episodes" (rigors in focus): a word for a bout adds no symptom of its own
    const own = p.text.split(' ').filter((w) => w.length > 0 && !DROPPED_WORDS.has(w) && !BOUT.test(w));
    if (own.length !== 1) return true;
    const word = stemWord(own[0] as string);
    // the other symptom's own name, as a noun, stays its own ("what makes the cough better?" beside
    // coughing up blood); as a verb it is a circumstance ("every time you cough")
    // unless it is the head noun of the focus symptom's own name: with night sweats in focus, "how long
    // have the sweats been going on?" asks about them, not about sweating
    const name = nameWords(lexicon.symptoms.get(p.id)?.name ?? '');
    if (
      name.length === 1 &&
      stemWord(name[0] as string) === word &&
      NOUN_BEFORE.test(text.slice(0, p.start)) &&
      stemWord(nameWords(info.name).at(-1) ?? '') !== word
    )
      return true;
    return !info.termStems.has(word);
  });
}
