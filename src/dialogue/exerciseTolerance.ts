/**
 * How far the patient gets, with no cause named: "how many flights of stairs can you manage before
 * stopping?" is the exercise tolerance of either cause, breathlessness on exertion and reduced
 * exercise tolerance (LABELS.md), even when the words only name one of them ("flights of stairs").
 * With breath named ("…before you stop for breath?") it stays breathlessness on exertion (see
 * FALSE_FRIENDS); with another symptom named it is what brings that one on (see exertionLimit).
 */
import { FALSE_FRIENDS } from './clauseWordings.ts';
import type { PhraseHit } from './findPhrases.ts';

/** Breath named: the tolerance is breathlessness on exertion only. */
const BREATH_NAMED = FALSE_FRIENDS['reduced-exercise-tolerance'] ?? /$^/;

/** A question for a distance or an amount: "how far…", "how many flights…", "how much can you do…". */
const HOW_MUCH = /\bhow (?:far|many|much)\b/;

/**
 * How far the patient gets on foot or up the stairs, in words no term has: "how far can you get
 * walking before you need a rest?", "how many steps can you do?", "what distance can you walk?".
 */
const DISTANCE =
  /\bhow many (?:flights|stairs|steps)\b|\bhow (?:far|many (?:yards|metres|meters|miles|blocks|hills)) (?:\w+ ){0,4}?(?:walk\w*|climb\w*|on foot|on the flat)\b|\bhow far (?:can|could) you (?:get|go|manage)\b|\bwhat distance (?:can|could) you\b/;

const hit = (id: string, m: RegExpExecArray): PhraseHit => ({
  kind: 'symptom',
  id,
  start: m.index,
  end: m.index + m[0].length,
  text: m[0],
});

/** The phrase hits with reduced exercise tolerance added beside breathlessness on exertion. */
export function exerciseTolerance(text: string, phrases: readonly PhraseHit[]): PhraseHit[] {
  const exertional = phrases.find((p) => p.kind === 'symptom' && p.id === 'exertional-breathlessness');
  // a distance with no symptom named at all is the tolerance of either cause
  const distance = DISTANCE.exec(text);
  if (distance !== null && !phrases.some((p) => p.kind === 'symptom') && !BREATH_NAMED.test(text))
    return [
      ...phrases,
      hit('exertional-breathlessness', distance),
      hit('reduced-exercise-tolerance', distance),
    ];
  if (
    exertional === undefined ||
    !HOW_MUCH.test(text) ||
    BREATH_NAMED.test(text) ||
    phrases.some((p) => p.kind === 'symptom' && p.id === 'reduced-exercise-tolerance')
  )
    return [...phrases];
  return [...phrases, { ...exertional, id: 'reduced-exercise-tolerance' }];
}
