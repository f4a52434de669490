/**
 * A circumstance said once for two symptoms: in "do you get chest pain or breathlessness when
 * exercising?" the exertion is inside the phrase of breathlessness on exertion (a symptom of its
 * own), yet the chest pain joined to it by "or" comes with exercise too: what brings it on.
 */
import type { Lexicon } from './buildLexicon.ts';
import type { PhraseHit } from './findPhrases.ts';

/** Exertion named at the end of a phrase: "…when exercising", "…on exertion", "…when you walk". */
const EXERTION_AT_END =
  /\b(?:when|on|with|during|after|while) (?:you )?(?:are )?(?:exercis\w*|exert\w*|walk\w*|climb\w*|hurry\w*|run\w*|going up (?:stairs|hills?))(?: yourself)?$/;

/** Whether the symptom `hit` is joined by "or" / "and" to a phrase ending in exertion that brings it on. */
export function sharesExertion(
  text: string,
  hit: PhraseHit,
  hits: readonly PhraseHit[],
  lexicon: Lexicon,
): boolean {
  if (!lexicon.symptoms.get(hit.id)?.attributes.includes('exacerbating')) return false;
  return hits.some(
    (o) =>
      o !== hit &&
      o.start > hit.end &&
      /^ (?:or|and) (?:any )?$/.test(text.slice(hit.end, o.start)) &&
      EXERTION_AT_END.test(text.slice(o.start, o.end)),
  );
}
