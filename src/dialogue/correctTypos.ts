/**
 * Corrects misspelt words to the lexicon's vocabulary ("cheast" → "chest", "alchohol" → "alcohol").
 * Conservative: only words unknown to both the vocabulary and the everyday-word list, only to a single
 * nearest candidate sharing the first letter, within one edit (two for long words).
 */
import { editDistance } from './editDistance.ts';

export interface TypoVocabulary {
  known: ReadonlySet<string>;
  /** Correction targets grouped by first letter. */
  byFirstLetter: ReadonlyMap<string, readonly string[]>;
}

const SUFFIXES = ['s', 'es', 'ed', 'd', 'ing', 'ly', 'y', 'er', 'ers', 'ness', 'ful', 'less', 'ment', 'ily'];

/** Whether a word is an inflection of a known word ("healthy" of "health", "wasting" of "waste"). */
function knownBase(word: string, known: ReadonlySet<string>): boolean {
  for (const suffix of SUFFIXES) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 3) continue;
    const base = word.slice(0, -suffix.length);
    if (known.has(base) || known.has(`${base}e`) || known.has(`${base}y`)) return true;
    if (/([b-df-hj-np-tv-z])\1$/.test(base) && known.has(base.slice(0, -1))) return true;
  }
  return false;
}

/** Returns the corrected word, or the word itself; `corrected` reports whether it changed. */
export function correctTypo(word: string, vocab: TypoVocabulary): { word: string; corrected: boolean } {
  if (word.length < 4 || vocab.known.has(word) || /\d/.test(word)) return { word, corrected: false };
  if (knownBase(word, vocab.known)) return { word, corrected: false };
  const limit = word.length >= 8 ? 2 : 1;
  const candidates = vocab.byFirstLetter.get(word[0] ?? '') ?? [];
  let best: string | undefined;
  let bestDistance = limit + 1;
  let tie = false;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const d = editDistance(word, candidate, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance && candidate !== best) {
      tie = true;
    }
  }
  if (best === undefined || tie) return { word, corrected: false };
  return { word: best, corrected: true };
}
