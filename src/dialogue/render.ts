/**
 * The offline reply: the plan's facts as natural first-person sentences, coloured by the persona
 * (mood, verbosity, literacy) and the rapport so far. Deterministic: variety comes from a hash of the
 * record's seed, the turn and the fact keys, never Math.random.
 */
import type { Disclosure, Memory } from '../domain/dialogue.ts';
import type { PatientRecord } from '../domain/record.ts';
import { hashText, pickBy } from './hashText.ts';
import {
  CHAT,
  CLARIFY,
  CLOSERS,
  COMFORT,
  CONFIRM,
  EMPATHY_REPLIES,
  GREETINGS,
  HOW_ARE_YOU,
  HURT_REPLIES,
  OPENERS,
  OVERWHELMED,
  REPEATED,
  THANKS,
  UNSURE,
} from './personaVoice.ts';
import { phraseFact } from './phraseFact.ts';

const lowerFirst = (s: string): string => (/^I\b|^I'/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1));

/** Renders one turn's reply; pure. */
export function render(disclosure: Disclosure, record: PatientRecord, memory: Memory): string {
  const { persona } = record;
  const keys = disclosure.facts.map((f) => f.fact).join(',');
  const salt = `${record.seed}|${memory.turn}|${keys}|${disclosure.moves.join(',')}`;
  const roll = (name: string): number => hashText(`${salt}|${name}`) % 100;
  const terse = persona.verbosity === 'terse';
  const talkative = persona.verbosity === 'talkative';
  const mood = persona.mood;
  const parts: string[] = [];
  const moves = new Set(disclosure.moves);

  if (moves.has('greet'))
    parts.push(memory.turn === 0 || !talkative ? pickBy(GREETINGS, `${salt}|greet`) : 'Hello again.');
  if (moves.has('hurt')) parts.push(pickBy(HURT_REPLIES[mood], `${salt}|hurt`));
  if (moves.has('empathy')) parts.push(pickBy(EMPATHY_REPLIES[mood], `${salt}|empathy`));
  if (moves.has('overwhelmed') && !terse) parts.push(pickBy(OVERWHELMED, `${salt}|overwhelmed`));
  if (moves.has('how-are-you')) parts.push(pickBy(HOW_ARE_YOU, `${salt}|how`));
  if (moves.has('confirm')) parts.push(pickBy(CONFIRM, `${salt}|confirm`));
  if (moves.has('thanks')) parts.push(pickBy(THANKS, `${salt}|thanks`));
  if (moves.has('comfort')) parts.push(pickBy(COMFORT, `${salt}|comfort`));
  if (moves.has('chat')) parts.push(pickBy(CHAT, `${salt}|chat`));
  if (moves.has('unsure')) parts.push(pickBy(UNSURE, `${salt}|unsure`));

  const askedDirectly = new Set(
    disclosure.queries.filter((q) => q.topic === 'symptom' && q.attribute === undefined).map((q) => q.target),
  );
  const factSentences = disclosure.facts.map((fact) => {
    const id = /^symptom:([a-z0-9-]+)$/.exec(fact.fact)?.[1];
    let text = phraseFact(fact, record, {
      salt,
      terse,
      askedDirectly: id !== undefined && askedDirectly.has(id),
    });
    const toldBefore = memory.disclosed[fact.fact] !== undefined && fact.status !== 'improvised';
    if (toldBefore && !terse && roll(`repeat|${fact.fact}`) < 60)
      text = `${pickBy(REPEATED, `${salt}|${fact.fact}`)} ${lowerFirst(text)}`;
    return text;
  });
  parts.push(...factSentences);

  // "Okay." from the student (nothing asked) gets a short acknowledgement, not a request to rephrase
  if (parts.length === 0 && disclosure.queries.length === 0)
    parts.push(pickBy(['Okay.', 'Mm-hm.', 'Right.'], `${salt}|ack`));
  if (parts.length === 0 || moves.has('clarify')) parts.push(pickBy(CLARIFY, `${salt}|clarify`));

  // persona colour: an opener before the first answer, a closer after the last
  const openerChance = terse ? 10 : talkative ? 40 : 25;
  if (
    factSentences.length > 0 &&
    roll('opener') < openerChance &&
    !moves.has('greet') &&
    !moves.has('empathy')
  ) {
    const first = factSentences[0] === undefined ? -1 : parts.indexOf(factSentences[0]);
    const opener = pickBy(OPENERS[mood], `${salt}|opener`);
    const text = parts[first] ?? '';
    if (first >= 0 && !REPEATED.some((r) => text.startsWith(r)))
      parts[first] = `${opener} ${lowerFirst(text)}`;
  }
  const settled = memory.rapport >= 1.5;
  const closerChance = terse ? 0 : mood === 'anxious' && !settled ? 45 : talkative ? 30 : 10;
  if (factSentences.length > 0 && roll('closer') < closerChance)
    parts.push(pickBy(CLOSERS[mood], `${salt}|closer`));
  if (memory.rapport <= -1 && mood === 'anxious' && roll('edge') < 50)
    parts.unshift("Sorry, I'm just really on edge.");
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
