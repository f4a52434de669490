/**
 * Scripted interviews for the dialogue benchmarks: every intent is asked twice, in two different
 * wordings, the second time later in the interview. Built from the knowledge base and the record, so
 * it covers every condition's own symptoms, negatives and exposures.
 */

import { pickBy } from '../src/dialogue/hashText.ts';
import type { PatientRecord } from '../src/domain/record.ts';
import type { Ontology } from '../src/ontology/Ontology.ts';
import type { SymptomAttribute } from '../src/ontology/schema.ts';

export interface ScriptedTurn {
  /** What the question is meant to ask, e.g. `symptom:chest-pain/site`, `smoking`. */
  intent: string;
  text: string;
  /** 0 = first asking, 1 = the rewording. */
  ask: 0 | 1;
}

const FIXED: Readonly<Record<string, readonly [string, string]>> = {
  pmh: ['Do you have any medical problems?', 'Any past medical history I should know about?'],
  surgery: ['Have you ever had an operation?', 'Any surgery in the past?'],
  medications: ['Do you take any regular medications?', 'What tablets are you on at the moment?'],
  allergies: ['Do you have any allergies?', 'Are you allergic to any medicines?'],
  family: ['Does anything run in your family?', 'Any family history of medical problems?'],
  smoking: ['Do you smoke?', "You don't smoke, do you?"],
  alcohol: ['Do you drink alcohol?', 'How much alcohol do you have in a week?'],
  drugs: ['Do you use any recreational drugs?', 'Have you ever taken any street drugs?'],
  occupation: ['What do you do for a living?', "What's your job?"],
  living: ['Who do you live with?', "What's your home situation?"],
  ideas: ['What do you think might be going on?', 'Do you have any ideas about what is causing this?'],
  concerns: ['Is anything in particular worrying you?', "What's your biggest worry?"],
  expectations: ['What are you hoping we can do today?', 'What would you like to happen today?'],
  'smalltalk:pet': ['Do you have any pets?', 'Any pets at home?'],
  'smalltalk:hobby': ['What do you like to do in your spare time?', 'Any hobbies?'],
  'identity:age': ['How old are you?', 'What age are you?'],
};

const ATTRIBUTE_QUESTIONS: Readonly<Record<SymptomAttribute, readonly [string, string]>> = {
  site: ['Where exactly is the {s}?', 'Whereabouts do you feel the {s}?'],
  onset: ['When did the {s} start?', 'How did the {s} come on?'],
  character: ['What does the {s} feel like?', 'Can you describe the {s} for me?'],
  radiation: ['Does the {s} go anywhere else?', 'Does the {s} spread anywhere?'],
  associated: ['Any other symptoms with the {s}?', 'Have you noticed anything else along with the {s}?'],
  timing: ['Is the {s} there all the time?', 'Does the {s} come and go?'],
  duration: ['How long have you had the {s}?', 'How long has the {s} been going on?'],
  exacerbating: ['What makes the {s} worse?', 'Does anything make the {s} worse?'],
  relieving: ['What makes the {s} better?', 'Does anything help the {s}?'],
  severity: ['How bad is the {s} out of ten?', 'How severe is the {s}?'],
};

const SYMPTOM_QUESTIONS: readonly [string, string] = ['Have you had any {t}?', 'Any {u} at all?'];
const EXPOSURE_QUESTIONS: readonly [string, string] = ['Any recent {t}?', 'Have you had any {u} lately?'];

function shortTerms(terms: readonly string[], name: string): [string, string] {
  const plain = terms.filter(
    (t) => t.length <= 24 && !/[^a-z\s'-]/i.test(t) && !/^(?:can|do|how|are)\b/i.test(t),
  );
  const first = plain[0] ?? name.toLowerCase();
  const second = plain.find((t) => t.toLowerCase() !== first.toLowerCase()) ?? first;
  return [first.toLowerCase(), second.toLowerCase()];
}

/** Deterministic shuffle by hash of a salt. */
function shuffle<T>(items: readonly T[], salt: string): T[] {
  return items
    .map((item, i) => ({
      item,
      k: pickBy(
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => n * 1000 + i),
        `${salt}|${i}`,
      ),
    }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.item);
}

/** The interview for one record: opening first, then every intent twice, rewordings later. */
export function scriptInterview(record: PatientRecord, ontology: Ontology): ScriptedTurn[] {
  const pairs: { intent: string; texts: readonly [string, string] }[] = [];
  for (const [intent, texts] of Object.entries(FIXED)) pairs.push({ intent, texts });
  const chief = record.presentation.symptoms.find((s) => s.id === record.presentation.chiefComplaint);
  const chiefDef = chief ? ontology.symptom(chief.id) : undefined;
  if (chief && chiefDef) {
    const noun = chiefDef.name.toLowerCase().replace(/\s*\(.*\)$/, '');
    for (const attr of chiefDef.attributes) {
      const [a, b] = ATTRIBUTE_QUESTIONS[attr];
      pairs.push({
        intent: `symptom:${chief.id}/${attr}`,
        texts: [a.replace('{s}', noun), b.replace('{s}', noun)],
      });
    }
  }
  const others = [...ontology.symptoms.keys()].filter(
    (id) =>
      !record.presentation.symptoms.some((s) => s.id === id) && !record.presentation.negatives.includes(id),
  );
  const extra = [0, 1, 2].map((i) => pickBy(others, `${record.seed}|other|${i}`));
  const symptomIds = [
    ...record.presentation.symptoms
      .map((s) => s.id)
      .filter((id) => id !== record.presentation.chiefComplaint),
    ...record.presentation.negatives,
    ...extra,
  ];
  for (const id of new Set(symptomIds)) {
    const def = ontology.symptom(id);
    if (!def) continue;
    const [t, u] = shortTerms(def.terms, def.name);
    pairs.push({
      intent: `symptom:${id}`,
      texts: [SYMPTOM_QUESTIONS[0].replace('{t}', t), SYMPTOM_QUESTIONS[1].replace('{u}', u)],
    });
  }
  const exposureIds = new Set([
    ...record.history.social.exposures.map((e) => e.id),
    pickBy([...ontology.exposures.keys()], `${record.seed}|exposure`),
  ]);
  for (const id of exposureIds) {
    const def = ontology.exposures.get(id);
    if (!def) continue;
    const [t, u] = shortTerms(def.terms, def.name);
    pairs.push({
      intent: `exposure:${id}`,
      texts: [EXPOSURE_QUESTIONS[0].replace('{t}', t), EXPOSURE_QUESTIONS[1].replace('{u}', u)],
    });
  }
  const firsts = shuffle(pairs, `${record.seed}|first`).map((p) => ({
    intent: p.intent,
    text: p.texts[0],
    ask: 0 as const,
  }));
  const seconds = shuffle(pairs, `${record.seed}|second`).map((p) => ({
    intent: p.intent,
    text: p.texts[1],
    ask: 1 as const,
  }));
  return [
    { intent: 'opening', text: 'Hello, what has brought you in today?', ask: 0 },
    ...firsts,
    { intent: 'opening', text: "So tell me again, what's the main problem?", ask: 1 },
    ...seconds,
  ];
}
