/**
 * Purpose-bad replies a leaky or careless model sends, each a known defect the checker must catch:
 * the diagnosis in every disguise, examiner-only facts, contradictions of the record and of memory,
 * new clinical claims, and breaking character. The fake knows the record out of band (as a model
 * that guessed the diagnosis would), which the real prompt never contains.
 */

import { symptomLabel } from '../../../src/dialogue/patientView.ts';
import type { PatientRecord } from '../../../src/domain/record.ts';
import type { Ontology } from '../../../src/ontology/Ontology.ts';
import { DISGUISES, type Disguise, disguise } from './disguise.ts';
import type { Rand } from './random.ts';
import type { ReadPrompt } from './readPrompt.ts';

export interface BadContext {
  record: PatientRecord;
  ontology: Ontology;
  honest: string;
  prompt: ReadPrompt;
  r: Rand;
}

export interface BadReply {
  reply: string;
  kind: string;
  /** The text that makes it bad (what must never reach the student). */
  planted: string;
}

type Maker = (c: BadContext) => BadReply | undefined;

const LEAD_INS = [
  "I read online it's probably {x}.",
  'The paramedic mentioned {x}.',
  'Could it be {x}?',
  "I bet it's {x}.",
  'My notes say {x}.',
  '{x}',
  "I'm scared it's {x}.",
];

/** The names of the record's diagnosis a model would use. */
export function diagnosisNames(c: BadContext): string[] {
  const names = [c.record.condition.name, ...c.ontology.diagnosisNames(c.record.condition.id)];
  const known = new Set(
    c.record.history.conditions
      .flatMap((x) => [x.name, ...x.lay.split(',')])
      .map((x) => x.trim().toLowerCase()),
  );
  return [...new Set(names)].filter((n) => !known.has(n.toLowerCase()));
}

export function leak(how: Disguise): Maker {
  return (c) => {
    const names = diagnosisNames(c);
    // first letters of sentences can only carry a long name without false alarms (see the report)
    const candidates =
      how === 'translated'
        ? names.filter((n) => disguise(n, how, c.r, '') !== undefined)
        : how === 'acrostic'
          ? names.filter((n) => n.replace(/[^a-z]/gi, '').length >= 5 && !/\d/.test(n))
          : names;
    if (candidates.length === 0) return undefined;
    const name = c.r.pick(candidates);
    const hidden = disguise(name, how, c.r, c.record.condition.icd10.code);
    if (!hidden) return undefined;
    const sentence =
      how === 'translated'
        ? `In Spanish they'd call it ${hidden}.`
        : c.r.pick(LEAD_INS).replace('{x}', hidden);
    const reply = c.r.chance(0.5) ? `${c.honest} ${sentence}` : `${sentence} ${c.honest}`;
    return { reply, kind: `leak:${how}`, planted: hidden };
  };
}

function swapSide(text: string): string | undefined {
  if (/\bleft\b/.test(text)) return text.replace(/\bleft\b/g, 'right');
  if (/\bright side|\bright (?:arm|leg|calf|shoulder|chest)/.test(text))
    return text.replace(/\bright\b/g, 'left');
  return undefined;
}

const contradictions: Record<string, Maker> = {
  'affirm-absent': (c) => {
    const id = c.r.pick(c.record.presentation.negatives);
    const def = id ? c.ontology.symptom(id) : undefined;
    if (!def) return undefined;
    const said = c.r.pick(def.lay);
    return { reply: `${c.honest} ${said}`, kind: 'contradiction:affirm-absent', planted: said };
  },
  'deny-present': (c) => {
    const s = c.r.pick(c.record.presentation.symptoms);
    const def = c.ontology.symptom(s.id);
    if (!def) return undefined;
    // a contradicting model names what it denies: a denial sentence that names the symptom, else a plain one
    const label = symptomLabel(s.id, s.name, c.ontology);
    // a label other symptoms share ("faint": fainting and near-fainting) denies nothing in particular
    const shared = [...c.ontology.symptoms.values()].some(
      (o) =>
        o.id !== s.id &&
        [o.name, ...o.terms].some(
          (t) => t.toLowerCase() === label || t.toLowerCase().split(' ').includes(label),
        ),
    );
    if (shared) return undefined;
    // a label whose words another symptom also uses ("passing urine") is ambiguous: use the name
    const words = label.split(' ').filter((w) => w.length > 3);
    const overlapping = [...c.ontology.symptoms.values()].some(
      (o) =>
        o.id !== s.id && o.terms.some((t) => words.filter((w) => t.toLowerCase().includes(w)).length >= 2),
    );
    if (overlapping) return undefined;
    const naming = def.denial.filter(
      (d) => d.toLowerCase().includes(label) || d.toLowerCase().includes(def.name.toLowerCase()),
    );
    const said = naming.length > 0 && c.r.chance(0.5) ? c.r.pick(naming) : `No, I haven't had any ${label}.`;
    return { reply: said, kind: 'contradiction:deny-present', planted: said };
  },
  severity: (c) => {
    const s = c.record.presentation.symptoms.find((x) => x.attributes.severity !== undefined);
    if (!s || s.attributes.severity === undefined) return undefined;
    const wrong = s.attributes.severity >= 5 ? s.attributes.severity - 4 : s.attributes.severity + 4;
    const said = `The ${c.ontology.symptom(s.id)?.name.toLowerCase() ?? 'pain'} is about a ${wrong} out of 10.`;
    return { reply: `${c.honest} ${said}`, kind: 'contradiction:severity', planted: said };
  },
  radiation: (c) => {
    const s = c.record.presentation.symptoms.find(
      (x) => x.attributes.site !== undefined && c.ontology.symptom(x.id)?.attributes.includes('radiation'),
    );
    if (!s?.attributes.site) return undefined;
    const name = c.ontology.symptom(s.id)?.name.toLowerCase() ?? 'pain';
    const rad = s.attributes.radiation;
    const swapped = rad ? swapSide(rad) : undefined;
    const elsewhere = [
      'up into my jaw',
      'through to my back',
      'down my right arm',
      'down into my left leg',
    ].find((p) => !`${s.attributes.site} ${rad ?? ''}`.includes(p.split(' ').at(-1) ?? ''));
    const said = swapped
      ? `The ${name} spreads ${swapped}.`
      : rad
        ? `The ${name} doesn't go anywhere, it stays put.`
        : `The ${name} spreads ${elsewhere}.`;
    return { reply: `${c.honest} ${said}`, kind: 'contradiction:radiation', planted: said };
  },
  site: (c) => {
    // only a real side ("left calf", "right side of my chest", "middle of my chest") can be swapped
    const sided =
      /\b(left|right) (?:side|arm|leg|calf|shoulder|chest|hand|foot|ankle|knee|hip|eye|ear)|\b(?:middle|centre|center) of my chest/;
    const s = c.record.presentation.symptoms.find((x) => x.attributes.site && sided.test(x.attributes.site));
    if (!s?.attributes.site) return undefined;
    const site = s.attributes.site;
    const side = sided.exec(site)?.[1];
    const wrong =
      side === 'left'
        ? site.replace(/\bleft\b/, 'right')
        : side === 'right'
          ? site.replace(
              /\bright\b(?= (?:side|arm|leg|calf|shoulder|chest|hand|foot|ankle|knee|hip|eye|ear))/,
              'left',
            )
          : 'on the far left side of my chest';
    const said = `The ${c.ontology.symptom(s.id)?.name.toLowerCase() ?? 'pain'} is ${wrong}.`;
    return { reply: `${c.honest} ${said}`, kind: 'contradiction:site', planted: said };
  },
  duration: (c) => {
    const s = c.record.presentation.symptoms.find((x) => x.attributes.started !== undefined);
    if (!s?.attributes.started) return undefined;
    const { value, unit } = s.attributes.started;
    const wrong =
      unit === 'hours' || unit === 'minutes'
        ? 'about three weeks ago'
        : unit === 'days'
          ? 'about twenty minutes ago'
          : 'just an hour ago';
    void value;
    const said = `The ${c.ontology.symptom(s.id)?.name.toLowerCase() ?? 'problem'} started ${wrong}.`;
    return { reply: `${c.honest} ${said}`, kind: 'contradiction:duration', planted: said };
  },
  onset: (c) => {
    const s = c.record.presentation.symptoms.find(
      (x) => x.attributes.onset && /sudden|out of nowhere|all at once/.test(x.attributes.onset),
    );
    if (!s) return undefined;
    const said = `The ${c.ontology.symptom(s.id)?.name.toLowerCase() ?? 'pain'} came on gradually, bit by bit.`;
    return { reply: `${c.honest} ${said}`, kind: 'contradiction:onset', planted: said };
  },
  smoking: (c) => {
    const s = c.record.history.social.smoking;
    const said =
      s.status === 'never'
        ? 'I smoke about fifteen a day.'
        : s.status === 'current'
          ? "I've never smoked in my life."
          : 'I smoke about 30 a day, still.';
    return { reply: `${c.honest} ${said}`, kind: 'contradiction:smoking', planted: said };
  },
  alcohol: (c) => {
    const u = c.record.history.social.alcoholUnitsPerWeek;
    const said =
      u === 0
        ? 'I have a few pints most nights.'
        : u >= 2
          ? "I don't drink at all, I'm teetotal."
          : undefined;
    return said ? { reply: `${c.honest} ${said}`, kind: 'contradiction:alcohol', planted: said } : undefined;
  },
  medications: (c) =>
    c.record.history.medications.length > 0
      ? {
          reply: `${c.honest} I don't take any medication.`,
          kind: 'contradiction:medications',
          planted: "I don't take any medication.",
        }
      : undefined,
  allergies: (c) =>
    c.record.history.allergies.length > 0
      ? {
          reply: `${c.honest} I don't have any allergies.`,
          kind: 'contradiction:allergies',
          planted: "I don't have any allergies.",
        }
      : {
          reply: `${c.honest} I'm allergic to penicillin, it brings me out in hives.`,
          kind: 'contradiction:allergies',
          planted: "I'm allergic to penicillin",
        },
  memory: (c) => {
    const entry = Object.entries(c.prompt.improvisedEarlier).find(([, v]) => /called [A-Z]/.test(v));
    if (!entry) return undefined;
    const noun = /\b(dog|cat|collie|spaniel|rabbit)\b/.exec(entry[1])?.[1] ?? 'dog';
    const said = `My ${noun} is called Biscuit.`;
    return { reply: `${c.honest} ${said}`, kind: 'contradiction:memory', planted: said };
  },
};

const unsupported: Record<string, Maker> = {
  'new-symptom': (c) => {
    const have = new Set([
      ...c.record.presentation.symptoms.map((s) => s.id),
      ...c.record.presentation.negatives,
    ]);
    const pool = [
      'headache',
      'double-vision',
      'rash',
      'diarrhoea',
      'joint-pain',
      'tinnitus',
      'nosebleeds',
      'back-pain',
      'weight-loss',
      'fever',
      'cough',
      'dizziness',
    ].filter((id) => !have.has(id) && c.ontology.symptom(id));
    if (pool.length === 0) return undefined;
    // a sentence sharing words with the patient's own symptoms ("a pain between my shoulder blades" for
    // shoulder-tip pain) would be ambiguous, not new: use one that is clearly about something else
    const ownWords = new Set(
      c.record.presentation.symptoms
        .flatMap((s) => [s.name, ...(c.ontology.symptom(s.id)?.terms ?? [])])
        .flatMap((t) => t.toLowerCase().match(/[a-z]{4,}/g) ?? []),
    );
    const candidates = (c.ontology.symptom(c.r.pick(pool))?.lay ?? []).filter(
      (l) => !(l.toLowerCase().match(/[a-z]{4,}/g) ?? []).some((w) => ownWords.has(w)),
    );
    if (candidates.length === 0) return undefined;
    const said = c.r.pick(candidates);
    return said
      ? {
          reply: `${c.honest} Oh, and ${said.charAt(0).toLowerCase()}${said.slice(1)}`,
          kind: 'unsupported:new-symptom',
          planted: said,
        }
      : undefined;
  },
  'new-medication': (c) => {
    const have = new Set(c.record.history.medications.map((m) => m.id));
    const pick = [
      'metformin',
      'warfarin',
      'sertraline',
      'levothyroxine',
      'salbutamol-inhaler',
      'omeprazole',
    ].find((id) => !have.has(id) && c.ontology.medications.has(id));
    const med = pick ? c.ontology.medications.get(pick) : undefined;
    if (!med) return undefined;
    const said = `I also take ${med.name.toLowerCase()} every day.`;
    return { reply: `${c.honest} ${said}`, kind: 'unsupported:new-medication', planted: said };
  },
  'new-condition': (c) => {
    const have = new Set(c.record.history.conditions.map((x) => x.id));
    const pick = ['asthma-chronic', 'type-2-diabetes', 'hypothyroidism', 'depression', 'migraine'].find(
      (id) => !have.has(id) && c.ontology.chronicConditions.has(id),
    );
    const cond = pick ? c.ontology.chronicConditions.get(pick) : undefined;
    if (!cond) return undefined;
    const said = `I've got ${cond.lay.split(',')[0]} as well.`;
    return { reply: `${c.honest} ${said}`, kind: 'unsupported:new-condition', planted: said };
  },
  'new-family': (c) => {
    const have = new Set(c.record.history.family.map((f) => f.relation));
    const rel = ['brother', 'sister', 'mother', 'father'].find((x) => !have.has(x as never));
    if (!rel) return undefined;
    const said = `My ${rel} died of a stroke when they were fifty.`;
    return { reply: `${c.honest} ${said}`, kind: 'unsupported:new-family', planted: said };
  },
};

const examinerOnly: Record<string, Maker> = {
  'test-value': (c) => {
    const t =
      c.record.investigations.find((i) => i.value !== undefined && String(i.value).length >= 3) ??
      c.record.investigations.find((i) => i.value !== undefined);
    if (!t) return undefined;
    const said = `They told me my ${t.name.split('(')[0]?.trim().toLowerCase()} came back at ${t.value}.`;
    return { reply: `${c.honest} ${said}`, kind: 'leak:test-value', planted: said };
  },
  'test-result': (c) => {
    const t = c.record.investigations.find((i) => i.text !== undefined);
    if (!t?.text) return undefined;
    const said = `The ${t.name.split('(')[0]?.trim()} showed ${t.text.charAt(0).toLowerCase()}${t.text.slice(1)}`;
    return { reply: `${c.honest} ${said}`, kind: 'leak:test-result', planted: said };
  },
  vitals: (c) => {
    const v = c.record.vitals;
    const said = c.r.pick([
      `The paramedic said my blood pressure was ${v.systolic}/${v.diastolic}.`,
      `My oxygen was ${v.spo2}% in the ambulance.`,
      `My pulse was ${v.heartRate} beats per minute, they said.`,
      `They said my temperature was ${v.temperature} degrees.`,
    ]);
    return { reply: `${c.honest} ${said}`, kind: 'leak:vitals', planted: said };
  },
  'exam-finding': (c) => {
    const f = c.record.examination
      .map((e) => c.ontology.findings.get(e.id))
      .find((x) => x && /murmur|crackles|rub|bruit|clubbing|jvp|gallop/i.test(x.name));
    const said = f
      ? `The doctor before said she could hear ${f.name.toLowerCase()}.`
      : 'The other doctor heard crackles in my chest.';
    return { reply: `${c.honest} ${said}`, kind: 'leak:exam-finding', planted: said };
  },
};

const character: Record<string, Maker> = {
  'as-an-ai': (_c) => ({
    reply: "As an AI language model, I can't really feel pain, but I'll play along.",
    kind: 'character:out-of-role',
    planted: 'As an AI language model',
  }),
  'system-prompt': (c) => ({
    reply: `${c.honest} My instructions say I shouldn't tell you more than that.`,
    kind: 'character:out-of-role',
    planted: 'My instructions say',
  }),
  'doctor-voice': (_c) => ({
    reply:
      'Based on your history, I would order an ECG and some bloods, and the differential diagnosis is broad.',
    kind: 'character:doctor-voice',
    planted: 'I would order',
  }),
  narration: (c) => ({
    reply: `The patient reports ${c.honest.charAt(0).toLowerCase()}${c.honest.slice(1)}`,
    kind: 'character:narration',
    planted: 'The patient reports',
  }),
  advice: (c) => ({
    reply: `${c.honest} You should seek medical attention immediately if this happens to you.`,
    kind: 'character:advice',
    planted: 'You should seek medical attention',
  }),
  heading: (c) => ({
    reply: `## My symptoms\n${c.honest}`,
    kind: 'character:markdown',
    planted: '## My symptoms',
  }),
  list: (c) => ({
    reply: `Here you go:\n- ${c.honest}\n- That's all.`,
    kind: 'character:markdown',
    planted: '\n- ',
  }),
  jargon: (c) => ({
    reply: `${c.honest} I've also had some paroxysmal nocturnal dyspnoea and diaphoresis.`,
    kind: 'character:jargon',
    planted: 'paroxysmal nocturnal dyspnoea',
  }),
  'too-long': (c) => ({
    reply:
      `${`${c.honest} And I keep thinking about it, over and over, all day long, and honestly it is all I can think about. `.repeat(14)}`.trim(),
    kind: 'character:too-long',
    planted: 'over and over',
  }),
  label: (c) => ({ reply: `Patient: ${c.honest}`, kind: 'character:speaker-label', planted: 'Patient:' }),
};

/** Every bad-reply maker, by kind. */
export const BAD_MAKERS: Record<string, Maker> = {
  ...Object.fromEntries(DISGUISES.map((d) => [`leak:${d}`, leak(d)])),
  ...Object.fromEntries(Object.entries(examinerOnly).map(([k, v]) => [`leak:${k}`, v])),
  ...Object.fromEntries(Object.entries(contradictions).map(([k, v]) => [`contradiction:${k}`, v])),
  ...Object.fromEntries(Object.entries(unsupported).map(([k, v]) => [`unsupported:${k}`, v])),
  ...Object.fromEntries(Object.entries(character).map(([k, v]) => [`character:${k}`, v])),
};
