/**
 * Of two symptoms named in one clause, the one whose own description takes in the other's words is
 * the one asked about: "how many pillows do you need to sleep on?" is orthopnoea (its patients speak
 * of sleeping on pillows), not poor sleep as well; "a cramping pain in your calves when you walk" is
 * claudication, not muscle cramps. Two symptoms that each take in the other's words are both kept, and
 * so are symptoms listed ("cough, phlegm or blood") or set apart ("faint, but not pass out").
 */
import type { Lexicon } from './buildLexicon.ts';
import type { PhraseHit } from './findPhrases.ts';
import { FILLER_WORDS, phraseStems, WEAK_WORDS } from './phraseStems.ts';

/** The stems of a mention's own words (not its fillers). */
function ownStems(text: string): string[] {
  return phraseStems(text).filter((w) => !FILLER_WORDS.has(w) && !WEAK_WORDS.has(w));
}

/** Words between two mentions that list them or set them apart. */
const APART = /\b(?:or|and|but|not|nor|without|n t)\b|[,;]/;

/**
 * Whether two mentions are told apart in the clause: listed ("cough, phlegm or blood", and the commas
 * are gone by now, so side by side is a list unless the first is a one-word modifier of the second,
 * "a cramping pain in your calves") or set apart ("faint, but not pass out").
 */
function apart(text: string, h: PhraseHit, o: PhraseHit): boolean {
  const between = text.slice(Math.min(o.end, h.end), Math.max(o.start, h.start));
  if (between.trim() === '')
    return !(h.end <= o.start && /^[a-z]+(?:ing|y)$/.test(text.slice(h.start, h.end)));
  // "has your leg gone cold or pale?": one word added to a longer mention goes on describing it
  if (
    /^ (?:or|and) $/.test(between) &&
    o.end <= h.start &&
    /^[a-z]+$/.test(text.slice(h.start, h.end)) &&
    /\s/.test(text.slice(o.start, o.end))
  )
    return false;
  return APART.test(between);
}

function describes(lexicon: Lexicon, id: string, stems: readonly string[]): boolean {
  const described = lexicon.symptoms.get(id)?.describedStems;
  return described !== undefined && stems.length > 0 && stems.every((s) => described.has(s));
}

export function preferSpecific(text: string, hits: readonly PhraseHit[], lexicon: Lexicon): PhraseHit[] {
  const symptoms = hits.filter((h) => h.kind === 'symptom');
  if (symptoms.length < 2) return [...hits];
  const stems = new Map(symptoms.map((h) => [h, ownStems(text.slice(h.start, h.end))]));
  return hits.filter(
    (h) =>
      h.kind !== 'symptom' ||
      !symptoms.some(
        (o) =>
          o.id !== h.id &&
          !apart(text, h, o) &&
          describes(lexicon, o.id, stems.get(h) ?? []) &&
          !describes(lexicon, h.id, stems.get(o) ?? []),
      ),
  );
}
