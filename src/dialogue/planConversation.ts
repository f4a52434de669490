/**
 * The conversational side of a turn: greeting, identity, the opening question, ideas/concerns/
 * expectations, empathy, small talk, summaries, "anything else?" and what the patient did not
 * understand. Ideas and concerns may name a feared illness, never the patient's actual diagnosis.
 */
import type { Query } from '../domain/query.ts';
import { improviseDetail } from './improviseDetail.ts';
import { addFact, addMove, alreadySaid, type PlanContext } from './planContext.ts';
import { planPresence } from './planSymptom.ts';

const IMPROVISED_TOPICS: ReadonlySet<string> = new Set(['pet', 'hobby', 'breakfast', 'children']);

function chief(ctx: PlanContext) {
  const { symptoms, chiefComplaint } = ctx.record.presentation;
  return symptoms.find((s) => s.id === chiefComplaint) ?? symptoms[0];
}

export function planOpening(ctx: PlanContext): void {
  const c = chief(ctx);
  if (c) planPresence(ctx, c);
}

export function planIdentity(ctx: PlanContext, span: string): void {
  const { givenName, familyName, age } = ctx.record.demographics;
  const askedAge = /\b(?:old|age|born|birth|dob)\b/.test(span);
  const askedName = /\bname|call you|called|who\b/.test(span) || !askedAge;
  if (askedName)
    addFact(ctx, {
      fact: 'identity:name',
      path: 'demographics.givenName',
      status: 'present',
      value: `${givenName} ${familyName}`,
    });
  if (askedAge)
    addFact(ctx, { fact: 'identity:age', path: 'demographics.age', status: 'present', value: `${age}` });
}

export function planIce(
  ctx: PlanContext,
  topic: 'ideas' | 'concerns' | 'expectations',
  hide: (text: string) => string,
): void {
  const p = ctx.record.persona;
  const [key, text] =
    topic === 'ideas'
      ? (['idea', p.idea] as const)
      : topic === 'concerns'
        ? (['concern', p.concern] as const)
        : (['expectation', p.expectation] as const);
  addFact(ctx, { fact: key, path: `persona.${key}`, status: 'present', value: hide(text) });
}

export function planEmpathy(ctx: PlanContext, hide: (text: string) => string): void {
  addMove(ctx, 'empathy');
  // an anxious patient who feels heard says what they are afraid of (a cue answered)
  if (ctx.record.persona.mood === 'anxious' && !alreadySaid(ctx, 'concern')) planIce(ctx, 'concerns', hide);
}

export function planSmalltalk(ctx: PlanContext, target: string | undefined): void {
  if (target !== undefined && IMPROVISED_TOPICS.has(target)) {
    if (target === 'pet') {
      const birds = ctx.record.history.social.exposures.findIndex((e) => e.id === 'birds');
      const e = ctx.record.history.social.exposures[birds];
      if (e) {
        addFact(ctx, {
          fact: 'exposure:birds',
          path: `history.social.exposures[${birds}]`,
          status: 'present',
          value: e.text,
        });
        return;
      }
    }
    addFact(ctx, {
      fact: `improvised:${target}`,
      path: `memory.improvised.${target}`,
      status: 'improvised',
      value: improviseDetail(ctx, target),
    });
    return;
  }
  if (target === 'rude') {
    addMove(ctx, 'hurt');
    return;
  }
  if (target === 'thanks') {
    addMove(ctx, 'thanks');
    return;
  }
  if (target === 'comfort') {
    addMove(ctx, 'comfort');
    return;
  }
  if (target === 'how-are-you') {
    const c = chief(ctx);
    if (c && !alreadySaid(ctx, `symptom:${c.id}`)) planPresence(ctx, c);
    addMove(ctx, 'how-are-you');
    return;
  }
  addMove(ctx, 'chat');
}

export function planAnythingElse(ctx: PlanContext, hide: (text: string) => string): void {
  const untold = ctx.record.presentation.symptoms.find((s) => !alreadySaid(ctx, `symptom:${s.id}`));
  if (untold) {
    planPresence(ctx, untold);
    return;
  }
  if (!alreadySaid(ctx, 'concern')) {
    planIce(ctx, 'concerns', hide);
    return;
  }
  addFact(ctx, {
    fact: 'anything-else',
    path: 'presentation',
    status: 'absent',
    value: 'nothing else to add',
  });
}

/** Moves that need no facts. */
export function planMove(ctx: PlanContext, q: Query): void {
  if (q.topic === 'greeting') addMove(ctx, 'greet');
  else if (q.topic === 'summary') addMove(ctx, 'confirm');
  else if (q.topic === 'unknown') addMove(ctx, 'clarify');
}
