/**
 * The attribute cues of one clause (where, when, what makes it worse…), read on the clause with its
 * symptom, medicine and condition phrases masked so their own words cue nothing.
 */
import type { SymptomAttribute } from '../ontology/schema.ts';
import { ATTRIBUTE_RULES } from './attributeRules.ts';
import type { PhraseHit } from './findPhrases.ts';
import { globalCopy } from './globalCopy.ts';

export interface AttributeCue {
  attribute: SymptomAttribute;
  start: number;
  end: number;
  blocks: readonly SymptomAttribute[];
}

/**
 * Comparatives: inside a phrase they still speak of its course ("is it getting harder to breathe?");
 * and "tender", which says what a swelling is like ("is the calf tender to touch?").
 */
const COURSE = /^(?:harder|easier|worse|better|tender)$/;
/** Comparatives and the look or feel of a symptom named as what "it" is ("is it a dry cough?"). */
const DESCRIBING =
  /^(?:harder|easier|worse|better|tender|wet|loose|rattly|barky|croupy|dry|chesty|productive|tickly|hacking|barking|sharp|dull|burning|crushing|stabbing|throbbing|cramping|tight|heavy|watery)$/;
/** "is it a …", "was it more of a …": what follows says what the symptom is. */
export const IS_IT = /\b(?:is|was) (?:it|this|that) (?:more (?:of )?|just )?(?:a |an )?$/;

/** Which of a pair of body parts: "both legs", "which leg", "one eye", "either arm". */
const WHICH_SIDE =
  /\b(?:both|one|either|which) (?:of (?:your|the) |your |the )?(?:legs?|arms?|eyes?|ears?|sides?|hands?|foot|feet|knees?|ankles?|calf|calves|hips?|shoulders?|wrists?|breasts?)\b/g;

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
      // "is it a dry cough?": what "it" is said to be is what it is like, so the look or feel stays
      const kept = IS_IT.test(text.slice(0, p.start)) ? DESCRIBING : COURSE;
      const hidden = text
        .slice(p.start, p.end)
        .replace(/\b\w+/g, (w) => (kept.test(w) ? w : mark.repeat(w.length)))
        // and "how many" still asks how often: "how many chest infections have you had this year?"
        .replace(/^q{3} q{4}\b/, (m) => (/^how many\b/.test(text.slice(p.start)) ? 'how many' : m));
      masked = masked.slice(0, p.start) + hidden + masked.slice(p.end);
    }
  }
  // "is the swelling in both legs?", "which leg has gone cold?": which side is asked even inside a phrase
  for (const m of text.matchAll(WHICH_SIDE)) {
    masked = masked.slice(0, m.index) + m[0] + masked.slice(m.index + m[0].length);
  }
  // "worse than usual" asks whether it has changed, not what aggravates it
  return masked.replace(/\b(?:worse|better) than (?:usual|normal|before|it was|it used to be)\b/g, (m) =>
    ' '.repeat(m.length),
  );
}

/** The first cue for `attribute` after `from`, past an "or" / "and" that begins another part. */
function matchAfter(masked: string, attribute: SymptomAttribute, from: number): AttributeCue | undefined {
  let found: AttributeCue | undefined;
  for (const rule of ATTRIBUTE_RULES) {
    if (rule.attribute !== attribute) continue;
    const re = globalCopy(rule.re);
    re.lastIndex = from;
    const m = re.exec(masked);
    if (m === null || (found !== undefined && found.start <= m.index)) continue;
    // ("is it getting better or worse?": a bare comparative is the other half of the same cue)
    if (!/\b(?:or|and)\b/.test(masked.slice(from, m.index)) || /^(?:worse|better)$/.test(m[0])) continue;
    found = { attribute, start: m.index, end: m.index + m[0].length, blocks: [] };
  }
  return found;
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
  const blockers = (c: AttributeCue): AttributeCue[] =>
    cues.filter((o) => o !== c && o.blocks.includes(c.attribute));
  const unblocked = cues.filter((c) => blockers(c).length === 0);
  // "is it worse towards the end of the day, or after you have been standing?": a cue another one
  // blocks is asked all the same when its rule finds it again in a later part of the choice
  for (const c of cues) {
    const by = blockers(c);
    if (by.length === 0) continue;
    const again = matchAfter(masked, c.attribute, Math.max(...by.map((o) => o.end)));
    if (again !== undefined) unblocked.push(again);
  }
  // "when you say weak, is it your whole body or one side?": the clarifier leads into the question
  // after it, which asks what it asks
  cues = unblocked.filter(
    (c) =>
      !(/^when you say\b/.test(masked.slice(c.start)) && unblocked.some((o) => o.attribute !== c.attribute)),
  );
  // "do they start suddenly, like a switch being flicked?": the example illustrates the cue before it
  return cues.filter(
    (c) => !(/^like a\b/.test(masked.slice(c.start)) && cues.some((o) => o.start < c.start)),
  );
}
