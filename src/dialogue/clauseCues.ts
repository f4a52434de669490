/**
 * The attribute cues of one clause (where, when, what makes it worse…), read on the clause with its
 * symptom, medicine and condition phrases masked so their own words cue nothing.
 */
import type { SymptomAttribute } from '../ontology/schema.ts';
import { ATTRIBUTE_RULES } from './attributeRules.ts';
import type { PhraseHit } from './findPhrases.ts';

export interface AttributeCue {
  attribute: SymptomAttribute;
  start: number;
  end: number;
  blocks: readonly SymptomAttribute[];
}

/**
 * The clause with symptoms and medicines masked as "q…" (something that can hurt or help) and
 * conditions as "x…"; "worse than usual" (a change, not an aggravating factor) is blanked.
 */
export function maskPhrases(text: string, phrases: readonly PhraseHit[]): string {
  let masked = text;
  for (const p of phrases) {
    if (p.kind === 'symptom' || p.kind === 'condition' || p.kind === 'medication') {
      const mark = p.kind === 'condition' ? 'x' : 'q';
      // a comparative inside a phrase still speaks of the course: "is it getting harder to breathe?"
      const hidden = text
        .slice(p.start, p.end)
        .replace(/\b(?!(?:harder|easier|worse|better)\b)\w+/g, (w) => mark.repeat(w.length));
      masked = masked.slice(0, p.start) + hidden + masked.slice(p.end);
    }
  }
  // "worse than usual" asks whether it has changed, not what aggravates it
  return masked.replace(/\b(?:worse|better) than (?:usual|normal|before|it was|it used to be)\b/g, (m) =>
    ' '.repeat(m.length),
  );
}

/** The first match of each attribute rule on the masked clause, less the cues another cue blocks. */
export function readAttributeCues(masked: string): AttributeCue[] {
  let cues: AttributeCue[] = [];
  for (const rule of ATTRIBUTE_RULES) {
    const m = rule.re.exec(masked);
    if (m && !cues.some((c) => c.attribute === rule.attribute)) {
      cues.push({
        attribute: rule.attribute,
        start: m.index,
        end: m.index + m[0].length,
        blocks: rule.blocks ?? [],
      });
    }
  }
  cues = cues.filter((c) => !cues.some((o) => o !== c && o.blocks.includes(c.attribute)));
  // "do they start suddenly, like a switch being flicked?": the example illustrates the cue before it
  return cues.filter(
    (c) => !(/^like a\b/.test(masked.slice(c.start)) && cues.some((o) => o.start < c.start)),
  );
}
