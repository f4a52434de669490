/**
 * The review of systems in one clause ("any problems with your waterworks?", "how are you in
 * yourself?"): which systems it sweeps, and whether an organ named with a history cue is the past
 * history instead ("do you have asthma or any lung problems?").
 */
import type { Lexicon } from './buildLexicon.ts';
import type { AttributeCue } from './clauseCues.ts';
import type { TopicHit } from './clauseTopicHits.ts';
import { ORGAN_CONDITION } from './clauseWordings.ts';
import type { PhraseHit } from './findPhrases.ts';
import { namesOnlySystem } from './namesOnlySystem.ts';

export const PMH_CUE =
  /\b(?:ever|diagnosed|history|told|in the past|before|previous\w*|past|known|suffer|know of|aware of)\b/;
/** The end of a list of examples: "…, that sort of thing", "…, etc" ("…or anything like that" asks them). */
const LIST_END = /\b(?:that|this) (?:sort|kind|type) of (?:thing|stuff)\b|\betc\b/;
const EXAMPLE_WORD = /\b(?:like|such as|for example|e g)\b/;
export const PAIN_WORD = /\b(?:pain|pains|painful|hurt|hurts|hurting|ache|aching|sore|discomfort)\b/;

/**
 * A sweep worded as how the patient does a system's business: "how are you passing urine?", "how are
 * you opening your bowels?", "how are you getting on with your waterworks?"; a system's troubles ("any
 * tummy troubles?"); the general health asked first ("generally, how are you?").
 */
/** Company in time: "at the same time", "when it comes on", "along with it". */
const ALONGSIDE =
  /\bat the same time\b|\bwhen (?:it|this|that|they|the \w+) (?:is there|are there|comes? on|happens?|starts?|is bad)\b|\b(?:along ?side|along with|together with) (?:it|this|that|them|the \w+)\b/;
const OPENS_GENERALLY =
  /^(?:(?:and|so|okay|ok|right) )*(?:generally|overall|in general) how (?:are|have) you(?: been)?(?: feeling| doing| keeping)?\s*$/;
const sweepFrames = new WeakMap<Lexicon, RegExp>();
function sweepFrame(lexicon: Lexicon): RegExp {
  let re = sweepFrames.get(lexicon);
  if (re === undefined) {
    re = new RegExp(
      `\\bhow (?:are|have) you (?:been )?(?:(?:passing|opening|emptying|getting on with|doing with|managing with|going with) )?(?:your |the )?(?:${lexicon.systemAlternation})\\b|\\b(?:${lexicon.systemAlternation}) (?:troubles|niggles|upsets|bother)\\b|${OPENS_GENERALLY.source}`,
    );
    sweepFrames.set(lexicon, re);
  }
  return re;
}

/**
 * When the clause is framed as a review of systems, adds its `ros` hits (or one `pmh` hit) to `hits`;
 * returns the symptom mentions and cues left once system words and their examples are taken out.
 */
export function reviewSystems(
  text: string,
  phrases: readonly PhraseHit[],
  lexicon: Lexicon,
  hits: TopicHit[],
  symptomHits: PhraseHit[],
  cues: AttributeCue[],
  conditions: readonly PhraseHit[],
): { symptomHits: PhraseHit[]; cues: AttributeCue[] } {
  if (!lexicon.mentionsSystem.test(text) || (!lexicon.rosFrame.test(text) && !sweepFrame(lexicon).test(text)))
    return { symptomHits, cues };
  const hasPmh = (): boolean => hits.some((h) => h.topic === 'pmh');
  const systems = new Set<string>();
  // "your chest generally?" reviews the chest; "how are you generally?" the general health
  const generally = /\b(?:generally|overall|in general)\s*$/.test(text) || OPENS_GENERALLY.test(text);
  if (/\bin yourself\b/.test(text)) systems.add('general');
  // a one-word symptom that is also a system word ("bowels") reads as the review of that system
  let rosText = text;
  for (const p of phrases) {
    if ((p.kind === 'symptom' || p.kind === 'condition') && /\s/.test(text.slice(p.start, p.end))) {
      // "your eyes, like soreness": a match run on through the example names the system, not a symptom
      if (EXAMPLE_WORD.test(text.slice(p.start, p.end))) {
        symptomHits = symptomHits.filter((s) => s !== p);
        continue;
      }
      // "problems with your hearing" is the review of the ears, not the hearing-loss term it also fits
      if (namesOnlySystem(text.slice(p.start, p.end), lexicon)) continue;
      rosText = rosText.slice(0, p.start) + '#'.repeat(p.end - p.start) + rosText.slice(p.end);
    }
  }
  let firstSystemAt = text.length;
  for (const [word, system] of lexicon.systemWords) {
    const m = new RegExp(`\\b${word}\\b`).exec(rosText);
    if (!m) continue;
    systems.add(system);
    const at = m.index;
    firstSystemAt = Math.min(firstSystemAt, at);
    symptomHits = symptomHits.filter((s) => !(s.start <= at && at < s.end));
  }
  // "when it's there, anything else going on with your body at the same time?": what comes with the
  // symptom, not a review of the body
  if (
    [...systems].every((s) => s === 'general') &&
    cues.some((c) => c.attribute === 'associated') &&
    ALONGSIDE.test(text)
  )
    return { symptomHits, cues };
  // "how long has it been going on overall?": "overall" closing a question about a symptom is no review
  if (generally && systems.size === 0 && cues.length === 0) systems.add('general');
  // "any ENT symptoms, like a sore throat?": what follows "like" illustrates the system under review
  // "any pain anywhere else in your body?" asks about the pain, not a general review
  if (PAIN_WORD.test(text)) systems.delete('general');
  // "any other symptoms elsewhere in your body, anything neuro?": the system named is the one swept
  if (systems.size > 1 && !/\bin yourself\b|\b(?:generally|in general|general health)\b/.test(text))
    systems.delete('general');
  // "anything going on neurologically, weakness, numbness, that sort of thing?": a list closed by "that
  // sort of thing" after the system illustrates it too
  const listed = systems.size > 0 && LIST_END.test(text) ? firstSystemAt + 1 : -1;
  const exampleAt = systems.size > 0 ? text.search(/\b(?:like|such as|for example|e g)\b/) : -1;
  if (listed > 0) {
    symptomHits = symptomHits.filter((p) => p.start < listed);
    cues = cues.filter((c) => c.start < listed);
  }
  if (exampleAt >= 0) {
    symptomHits = symptomHits.filter((p) => p.start < exampleAt);
    cues = cues.filter((c) => c.start < exampleAt);
  }
  // "any symptoms from your heart / anywhere else in your body?" reviews a system: no symptom's
  // associated symptoms or radiation
  if (systems.size > 0 && symptomHits.length === 0 && !PAIN_WORD.test(text))
    cues = cues.filter((c) => c.attribute !== 'associated' && c.attribute !== 'radiation');
  // "do you have asthma or any lung problems?" is the history, not a review of the lungs
  const asPmh = PMH_CUE.test(text) || ORGAN_CONDITION.test(text) || conditions.length > 0 || hasPmh();
  for (const system of systems) {
    if (asPmh) {
      if (!hasPmh() && conditions.length === 0) hits.push({ topic: 'pmh', start: 0, blocks: [] });
    } else hits.push({ topic: 'ros', target: system, start: 0, blocks: [] });
  }
  return { symptomHits, cues };
}
