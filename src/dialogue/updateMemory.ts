/**
 * What the patient remembers after a turn: every fact told (first telling wins), improvised details,
 * the symptom and topic in focus, rapport (empathy settles, bluntness and bombardment unsettle) and the
 * turn count. Returns new plain data; the input is not changed.
 */
import type { Disclosure, Memory } from '../domain/dialogue.ts';
import type { Query } from '../domain/query.ts';

const clamp = (n: number): number => Math.max(-2, Math.min(2, Math.round(n * 100) / 100));

export function updateMemory(memory: Memory, disclosure: Disclosure, queries: Query[]): Memory {
  const disclosed = { ...memory.disclosed };
  const improvised = { ...memory.improvised };
  for (const fact of disclosure.facts) {
    if (disclosed[fact.fact] === undefined || disclosed[fact.fact]?.status === 'unknown')
      disclosed[fact.fact] = fact;
    if (fact.status === 'improvised' && fact.fact.startsWith('improvised:')) {
      const key = fact.fact.slice('improvised:'.length);
      if (improvised[key] === undefined) improvised[key] = fact.value;
    }
  }

  const focus: Memory['focus'] = { ...memory.focus };
  const answered = disclosure.queries.length > 0 ? disclosure.queries : queries;
  // "any tummy pain?" "no." "does it go anywhere?": a symptom the patient just denied is not the one a
  // follow-up asks about; the focus stays on the symptom discussed before
  const denied = new Set(
    disclosure.facts.filter((f) => f.status === 'absent').map((f) => f.fact.slice('symptom:'.length)),
  );
  for (const q of answered) {
    if (q.topic === 'unknown') continue;
    focus.topic = q.topic;
    if (q.topic === 'symptom' && q.target !== undefined && !denied.has(q.target)) focus.symptom = q.target;
  }
  if (answered.some((q) => q.topic === 'opening' || q.topic === 'smalltalk')) {
    const told = disclosure.facts.find((f) => /^symptom:[a-z0-9-]+$/.test(f.fact) && f.status === 'present');
    if (told && focus.symptom === undefined) focus.symptom = told.fact.slice('symptom:'.length);
  }
  if (focus.symptom === undefined) delete focus.symptom;
  if (focus.topic === undefined) delete focus.topic;

  let rapport = memory.rapport;
  const moves = new Set(disclosure.moves);
  if (moves.has('empathy')) rapport += 0.75;
  if (moves.has('greet') && memory.turn <= 2) rapport += 0.25;
  if (moves.has('hurt')) rapport -= 1;
  if (moves.has('overwhelmed')) rapport -= 0.25;
  if (moves.has('jargon')) rapport -= 0.25;

  return { disclosed, improvised, focus, rapport: clamp(rapport), turn: memory.turn + 1 };
}
