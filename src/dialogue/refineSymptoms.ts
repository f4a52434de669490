/**
 * Turns a base symptom mentioned in a refining setting into the refined symptom ("breathless going up
 * the stairs" → exertional breathlessness), claiming both the mention and the setting words so neither
 * is read again on its own. A setting that is what makes the symptom worse or better ("does the
 * breathlessness get worse when you walk?") asks about the base symptom, and is left alone; in a list
 * ("any cough, phlegm or blood?") the setting is an item of its own and only it is refined.
 */
import type { Lexicon } from './buildLexicon.ts';
import type { PhraseHit } from './findPhrases.ts';
import { globalCopy } from './globalCopy.ts';

const MODIFYING = /\b(?:worse|better|eases?|eased|easier|reliev\w*|helps?|helped|trigger\w*)\b/;
const LIST = /\b(?:or|and)\b/;

/** Refined-symptom hits for the base mentions among `hits` (the clause's candidate hits). */
export function refineSymptoms(text: string, hits: readonly PhraseHit[], lexicon: Lexicon): PhraseHit[] {
  const out: PhraseHit[] = [];
  const push = (id: string, start: number, end: number): void => {
    out.push({ kind: 'symptom', id, start, end, text: text.slice(start, end), refined: true });
  };
  for (const b of hits) {
    if (b.kind !== 'symptom') continue;
    // of several refinements of one mention ("breathless when you lie down at night"), the nearest setting wins
    let best: { id: string; start: number; end: number; nearest: number } | undefined;
    for (const r of lexicon.refinements) {
      if (!r.base.includes(b.id)) continue;
      let start = b.start;
      let end = b.end;
      let nearest = Number.POSITIVE_INFINITY;
      for (const m of text.matchAll(globalCopy(r.setting))) {
        const s = { start: m.index, end: m.index + m[0].length };
        if (s.start < b.end && b.start < s.end) continue;
        if (r.before === true && s.start > b.start) continue;
        const distance = s.start >= b.end ? s.start - b.end : b.start - s.end;
        if (distance > (r.within ?? 60)) continue;
        const between = text.slice(Math.min(b.end, s.end), Math.max(b.start, s.start));
        if (MODIFYING.test(between)) continue;
        if (LIST.test(between)) push(r.id, s.start, s.end);
        else {
          start = Math.min(start, s.start);
          end = Math.max(end, s.end);
          nearest = Math.min(nearest, distance);
        }
      }
      if (nearest < (best?.nearest ?? Number.POSITIVE_INFINITY)) best = { id: r.id, start, end, nearest };
    }
    if (best) push(best.id, best.start, best.end);
  }
  return out;
}
