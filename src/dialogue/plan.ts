/**
 * Decides what the patient says this turn: the facts, from the record only, for each query, with their
 * status (present, absent, unknown to the patient, improvised) and their substance in plain words.
 * Progressive: an open question gets the chief complaint, not the whole record. Consistent: a fact
 * already told is told the same way again (memory wins). Safe: no diagnosis name in any value.
 */
import type { DisclosedFact, Disclosure, Memory } from '../domain/dialogue.ts';
import type { Query } from '../domain/query.ts';
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { diagnosisMatcher } from './hideDiagnosis.ts';
import { unfamiliarWord } from './jargonWords.ts';
import { addFact, addMove, type PlanContext } from './planContext.ts';
import {
  planAnythingElse,
  planEmpathy,
  planIce,
  planIdentity,
  planMove,
  planOpening,
  planSmalltalk,
} from './planConversation.ts';
import { planAllergies, planFamily, planMedications, planPmh, planSurgery } from './planHistory.ts';
import {
  planAlcohol,
  planDrugs,
  planExposure,
  planLiving,
  planOccupation,
  planPregnancy,
  planSmoking,
} from './planSocial.ts';
import { planSymptom } from './planSymptom.ts';

/**
 * Below this confidence a reading is a loose one (the nearest labelled example at a modest similarity:
 * "any trouble keeping food down?" lies near "any trouble getting food down?"); the reply says so.
 */
const UNSURE_BELOW = 0.7;

const SAFE_ICE: Readonly<Record<string, string>> = {
  idea: "I honestly don't know what it could be.",
  concern: "I'm worried it might be something serious.",
  expectation: "I just want to know what's going on and feel better.",
};

/** Fills in what the question left implicit: "where is it?" is about the symptom in focus. */
function resolve(q: Query, record: PatientRecord, memory: Memory, ontology: Ontology): Query {
  if (q.topic !== 'symptom' || q.target !== undefined) return q;
  const present = record.presentation.symptoms;
  const painful = present.find(
    (s) => /pain|ache|discomfort/.test(s.id) || /pain/i.test(ontology.symptom(s.id)?.name ?? ''),
  );
  const mentionsPain = /\b(?:pain|hurt|ache|aching|sore|discomfort)/.test(q.span ?? '');
  const focus = memory.focus.symptom;
  const target =
    mentionsPain && painful
      ? painful.id
      : (focus ?? (mentionsPain ? painful?.id : undefined) ?? record.presentation.chiefComplaint);
  return { ...q, target };
}

function planRos(ctx: PlanContext, system: string): void {
  const inSystem = (id: string): boolean => ctx.ontology.symptom(id)?.system === system;
  const present = ctx.record.presentation.symptoms.filter((s) => inSystem(s.id)).slice(0, 3);
  const negatives = ctx.record.presentation.negatives.filter(inSystem).slice(0, 2);
  for (const s of present) planSymptom(ctx, s.id, undefined);
  for (const id of negatives) planSymptom(ctx, id, undefined);
  if (present.length === 0 && negatives.length === 0) {
    addFact(ctx, {
      fact: `ros:${system}`,
      path: 'presentation.symptoms',
      status: 'absent',
      value: 'no problems there',
    });
  }
}

/** Plans the disclosure for this turn's queries; pure. */
export function plan(
  queries: Query[],
  record: PatientRecord,
  memory: Memory,
  ontology: Ontology,
): Disclosure {
  const leak = diagnosisMatcher(record, ontology);
  const safe = (lay: string): string =>
    lay
      .split(',')
      .map((part) => part.trim())
      .find((part) => part.length > 0 && leak(part) === undefined) ?? 'a long-term condition';
  const ctx: PlanContext = { record, memory, ontology, facts: [], moves: [], safe };
  const hideIce = (text: string): string => text;
  const resolved = queries.map((q) => resolve(q, record, memory, ontology));

  for (const q of resolved) {
    const span = q.span ?? '';
    if (q.topic === 'symptom' || q.topic === 'ros') {
      const word = unfamiliarWord(span, record.persona.literacy);
      if (word !== undefined) {
        addFact(ctx, {
          fact: `jargon:${word}`,
          path: 'persona.literacy',
          status: 'unknown',
          value: `does not know the word "${word}"`,
        });
        addMove(ctx, 'jargon');
        continue;
      }
    }
    switch (q.topic) {
      case 'symptom':
        if (q.target !== undefined) planSymptom(ctx, q.target, q.attribute);
        break;
      case 'ros':
        if (q.target !== undefined) planRos(ctx, q.target);
        break;
      case 'opening':
        planOpening(ctx);
        break;
      case 'identity':
        planIdentity(ctx, span);
        break;
      case 'pmh':
        planPmh(ctx, q.target, span);
        break;
      case 'surgery':
        planSurgery(ctx);
        break;
      case 'medications':
        planMedications(ctx, q.target);
        break;
      case 'allergies':
        planAllergies(ctx, q.target);
        break;
      case 'family':
        planFamily(ctx, q.target);
        break;
      case 'smoking':
        planSmoking(ctx);
        break;
      case 'alcohol':
        planAlcohol(ctx);
        break;
      case 'drugs':
        planDrugs(ctx);
        break;
      case 'occupation':
        planOccupation(ctx);
        break;
      case 'living':
        planLiving(ctx);
        break;
      case 'exposure':
        planExposure(ctx, q.target);
        break;
      case 'pregnancy':
        planPregnancy(ctx, q.target);
        break;
      case 'ideas':
      case 'concerns':
      case 'expectations':
        planIce(ctx, q.topic, hideIce);
        break;
      case 'empathy':
        planEmpathy(ctx, hideIce);
        break;
      case 'smalltalk':
        planSmalltalk(ctx, q.target);
        break;
      case 'anything-else':
        planAnythingElse(ctx, hideIce);
        break;
      default:
        planMove(ctx, q);
    }
  }
  const topics = new Set(
    resolved.filter((q) => q.topic !== 'empathy' && q.topic !== 'greeting').map((q) => q.topic),
  );
  if (topics.size >= 4) addMove(ctx, 'overwhelmed');
  // a message read only loosely (like a labelled example, not by a rule) is answered, but not as if sure
  if (resolved.length > 0 && resolved.every((q) => q.topic !== 'unknown' && q.confidence < UNSURE_BELOW))
    addMove(ctx, 'unsure');

  const facts = ctx.facts.map((f): DisclosedFact => {
    const earlier = memory.disclosed[f.fact];
    const kept = earlier !== undefined && earlier.status !== 'unknown' ? earlier : f;
    if (leak(kept.value) === undefined) return kept;
    const safe = SAFE_ICE[kept.fact] ?? 'something I would rather not guess at';
    return { ...kept, value: safe };
  });
  return { queries: resolved, facts, moves: ctx.moves };
}
