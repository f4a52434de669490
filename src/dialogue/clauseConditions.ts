/**
 * The conditions one clause names, read against its symptoms: clots in the blood under discussion
 * describe it, a procedure names the operation rather than the disease behind it, and a phrase that is
 * both a condition and a symptom ("angina") is the condition only in a history frame.
 */
import type { Lexicon } from './buildLexicon.ts';
import type { AttributeCue } from './clauseCues.ts';
import { PMH_CUE } from './clauseSystems.ts';
import { BLEEDING, CLOTS, PROCEDURE } from './clauseWordings.ts';
import type { PhraseHit } from './findPhrases.ts';
import { namesOnlySystem } from './namesOnlySystem.ts';

export interface ConditionContext {
  focusSymptom: string | undefined;
  /** The clause asks about operations. */
  surgery: boolean;
  /** The clause asks about the history (a history cue, a `pmh` or `family` hit). */
  historyFrame: boolean;
  symptomHits: PhraseHit[];
  cues: AttributeCue[];
}

const overlaps = (a: PhraseHit, b: PhraseHit): boolean => a.start < b.end && b.start < a.end;
/** "rheumatic fever": the symptom word lies inside a longer condition's name. */
const partOf = (s: PhraseHit, c: PhraseHit): boolean =>
  c.start <= s.start && s.end <= c.end && c.end - c.start > s.end - s.start;

/** The conditions asked about, and the symptom mentions and cues left once they are read. */
export function readConditions(
  text: string,
  phrases: readonly PhraseHit[],
  lexicon: Lexicon,
  context: ConditionContext,
): { conditions: PhraseHit[]; symptomHits: PhraseHit[]; cues: AttributeCue[] } {
  let { symptomHits } = context;
  const { cues } = context;
  // "any treatment for cancer?" asks about the treatment (an exposure), not the diagnosis inside it
  // and "any problems with your kidneys?" is a review of the system, not a condition called "kidney problems"
  const rosFramed = lexicon.mentionsSystem.test(text) && lexicon.rosFrame.test(text);
  // "is it streaks of blood or are there clots?": clots in the blood being discussed describe it
  // ("when you cough up the blood, is it fresh, dark, clots?": the blood named in the clause too)
  const bleeding =
    (context.focusSymptom !== undefined && BLEEDING.test(context.focusSymptom)) ||
    context.symptomHits.some((s) => BLEEDING.test(s.id));
  const clots = phrases.filter(
    (p) =>
      bleeding && !PMH_CUE.test(text) && p.kind === 'condition' && CLOTS.test(text.slice(p.start, p.end)),
  );
  for (const p of clots.slice(0, 1)) {
    if (!cues.some((c) => c.attribute === 'character'))
      cues.push({ attribute: 'character', start: p.start, end: p.end, blocks: [] });
  }
  const conditionHits = phrases.filter(
    (p) =>
      p.kind === 'condition' &&
      !clots.includes(p) &&
      !phrases.some(
        (e) => e.kind === 'exposure' && e.weak !== true && e.start <= p.start && p.end <= e.end,
      ) &&
      !(rosFramed && namesOnlySystem(text.slice(p.start, p.end), lexicon)),
  );
  // "a stent put in or a bypass?" asks about the procedure, not the heart disease behind it
  if (context.surgery) {
    for (let i = conditionHits.length - 1; i >= 0; i--) {
      const c = conditionHits[i] as PhraseHit;
      if (PROCEDURE.test(text.slice(c.start, c.end))) conditionHits.splice(i, 1);
    }
  }
  // "rheumatic fever", "hay fever": a symptom word inside a longer condition's name is part of the name
  symptomHits = symptomHits.filter((s) => !conditionHits.some((c) => partOf(s, c)));
  // a phrase that is both a condition and a symptom ("angina", "reflux") is a condition only in a history frame
  if (context.historyFrame)
    symptomHits = symptomHits.filter((s) => !conditionHits.some((c) => overlaps(c, s)));
  const conditions = context.historyFrame
    ? conditionHits
    : conditionHits.filter((c) => !symptomHits.some((s) => overlaps(c, s)));
  return { conditions, symptomHits, cues };
}
