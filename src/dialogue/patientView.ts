/**
 * What the patient knows about themselves, and nothing else: who they are, their story and history,
 * their symptoms as they feel them, their personality and their ideas, concerns and expectations.
 * Never the diagnosis, the examination, the test results or the measured vital signs: this view is
 * all a language model is ever shown of the record. Any text that would name the diagnosis (an ICE
 * sentence, a medicine's everyday name) is replaced, so the view is safe by construction.
 */
import type { PatientRecord, RecordSymptom } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import type { Literacy, Mood, Sex, Verbosity } from '../ontology/schema.ts';
import { leakTerms, namesDiagnosis } from '../plausibility/leakTerms.ts';
import { jargonLevel } from '../plausibility/text/jargon.ts';
import { isChildhoodIllness } from './childhoodIllness.ts';
import { fittingSentences } from './fitSentences.ts';

export interface ViewSymptom {
  id: string;
  /** Everyday words for it ("coughing up blood"). */
  label: string;
  /** How the patient says they have it, first person. */
  say: string;
  /** What it is like, in the patient's words ("Where: right in the middle of my chest"). */
  details: string[];
}

export interface PatientView {
  name: string;
  age: number;
  sex: Sex;
  occupation: string;
  living: string;
  persona: { description: string; literacy: Literacy; verbosity: Verbosity; mood: Mood };
  /** The patient's opening words. */
  opening: string;
  symptoms: ViewSymptom[];
  /** Everyday labels of symptoms the patient does not have and will deny. */
  denies: string[];
  history: {
    conditions: string[];
    operations: string[];
    medications: string[];
    allergies: string[];
    family: string[];
    smoking: string;
    alcohol: string;
    drugs: string[];
    exposures: string[];
    pregnancy?: string;
  };
  ice: { idea: string; concern: string; expectation: string };
}

const UNIT_WORDS: Record<string, [string, string]> = {
  minutes: ['minute', 'minutes'],
  hours: ['hour', 'hours'],
  days: ['day', 'days'],
  weeks: ['week', 'weeks'],
  months: ['month', 'months'],
  years: ['year', 'years'],
};

function plain(label: string): boolean {
  return label.split(/\s+/).every((w) => jargonLevel(w.toLowerCase().replace(/[^a-z]/g, '')) === 0);
}

/** An everyday label for a symptom: its first jargon-free short term, else its name. */
export function symptomLabel(id: string, fallback: string, ontology: Ontology): string {
  const def = ontology.symptom(id);
  if (!def) return fallback.toLowerCase();
  const name = def.name.toLowerCase();
  if (plain(name)) return name;
  const term = def.terms.find((t) => t.split(/\s+/).length <= 4 && plain(t) && !/\byou\b|\byour\b/.test(t));
  return term ?? name;
}

function ago(value: number, unit: string): string {
  const words = UNIT_WORDS[unit] ?? [unit, unit];
  return `${value} ${value === 1 ? words[0] : words[1]} ago`;
}

function viewSymptom(
  s: RecordSymptom,
  record: PatientRecord,
  ontology: Ontology,
  safe: (t: string) => string | undefined,
): ViewSymptom {
  const def = ontology.symptom(s.id);
  const a = s.attributes;
  const allowed = new Set(def?.attributes ?? []);
  const details: string[] = [];
  const add = (label: string, text: string | undefined): void => {
    const t = text === undefined ? undefined : safe(text);
    if (t) details.push(`${label}: ${t}`);
  };
  add('Where', a.site);
  add('Started', a.started ? ago(a.started.value, a.started.unit) : undefined);
  add('How it came on', a.onset);
  add('What it feels like', a.character);
  if (a.radiation) add('Spreads', a.radiation);
  else if (a.site && allowed.has('radiation')) details.push('Spreads: nowhere, it stays in one place');
  add('Timing', a.timing);
  if (a.exacerbating) add('Worse', a.exacerbating);
  else if (allowed.has('exacerbating')) details.push('Worse: nothing in particular makes it worse');
  if (a.relieving) add('Better', a.relieving);
  else if (allowed.has('relieving')) details.push('Better: nothing helps it');
  if (a.severity !== undefined) details.push(`How bad: ${a.severity} out of 10`);
  const say =
    fittingSentences(def?.lay ?? [], 'lay', s.id, record, ontology).find((l) => safe(l) !== undefined) ??
    `I have ${s.name.toLowerCase()}.`;
  return { id: s.id, label: symptomLabel(s.id, s.name, ontology), say, details };
}

function smoking(record: PatientRecord): string {
  const s = record.history.social.smoking;
  if (s.status === 'never') return 'I have never smoked.';
  if (s.status === 'current') return `I smoke about ${s.perDay} a day and have done for ${s.years} years.`;
  return `I used to smoke about ${s.perDay} a day for ${s.years} years; I stopped ${s.quitYearsAgo === 0 ? 'this year' : `${s.quitYearsAgo} years ago`}.`;
}

function alcohol(units: number): string {
  if (units === 0) return "I don't drink alcohol.";
  if (units <= 4) return `Hardly at all, about ${units} units a week.`;
  return `About ${units} units of alcohol a week.`;
}

const views = new WeakMap<PatientRecord, WeakMap<Ontology, PatientView>>();

/** Builds the patient-visible view of a record. Pure (cached per record object; treat it as read-only). */
export function patientView(record: PatientRecord, ontology: Ontology): PatientView {
  let perOntology = views.get(record);
  const hit = perOntology?.get(ontology);
  if (hit) return hit;
  const view = buildView(record, ontology);
  if (!perOntology) {
    perOntology = new WeakMap();
    views.set(record, perOntology);
  }
  perOntology.set(ontology, view);
  return view;
}

function buildView(record: PatientRecord, ontology: Ontology): PatientView {
  const terms = leakTerms(record, ontology);
  const safe = (text: string): string | undefined => (namesDiagnosis(text, terms) ? undefined : text);
  const { demographics: d, history: h, persona: p } = record;
  const list = (items: (string | undefined)[]): string[] => items.filter((x): x is string => x !== undefined);
  /** The first option that does not name the diagnosis (everyday parts of a label first, then its name). */
  const firstSafe = (lay: string | undefined, name: string): string | undefined =>
    [lay, ...(lay?.split(',') ?? []), name]
      .map((x) => x?.trim())
      .find((x): x is string => !!x && safe(x) !== undefined);
  const view: PatientView = {
    name: `${d.givenName} ${d.familyName}`,
    age: d.age,
    sex: d.sex,
    occupation: safe(d.occupation) ?? 'not given',
    living: safe(d.living) ?? 'not given',
    persona: {
      description: safe(p.description) ?? '',
      literacy: p.literacy,
      verbosity: p.verbosity,
      mood: p.mood,
    },
    opening: safe(record.presentation.words) ?? "I haven't been feeling right, doctor.",
    symptoms: record.presentation.symptoms.map((s) => viewSymptom(s, record, ontology, safe)),
    denies: record.presentation.negatives.map((id) => symptomLabel(id, id.replace(/-/g, ' '), ontology)),
    history: {
      conditions: list(
        h.conditions.map((c) => {
          const lay = firstSafe(c.lay, c.name);
          if (!lay || isChildhoodIllness(lay)) return lay;
          return `${lay} (for ${c.sinceYears === 0 ? 'under a year' : `${c.sinceYears} years`})`;
        }),
      ),
      operations: list(
        h.surgeries.map((s) =>
          firstSafe(s.lay, s.name) ? `${firstSafe(s.lay, s.name)}, ${s.yearsAgo} years ago` : undefined,
        ),
      ),
      medications: list(
        h.medications.map((m) => {
          const lay = m.lay !== undefined ? safe(m.lay) : undefined;
          const name = safe(m.name);
          if (!name) return undefined;
          const forWhat = m.for ? h.conditions.find((c) => c.id === m.for) : undefined;
          const purpose = forWhat ? firstSafe(forWhat.lay, forWhat.name) : undefined;
          return `${name} ${m.dose} ${m.frequency}${lay ? ` ("${lay}")` : ''}${purpose ? ` for ${purpose}` : ''}`;
        }),
      ),
      allergies: list(h.allergies.map((a) => safe(`${a.substance}: ${a.reaction}`))),
      family: list(
        h.family.map((f) => {
          const what = firstSafe(f.lay, f.name);
          return what
            ? `my ${f.relation}: ${what}${f.ageAtOnset !== undefined ? ` (from about age ${f.ageAtOnset})` : ''}`
            : undefined;
        }),
      ),
      smoking: smoking(record),
      alcohol: alcohol(h.social.alcoholUnitsPerWeek),
      drugs: list(h.social.drugs.map((x) => firstSafe(x.lay, x.name))),
      exposures: list(h.social.exposures.map((x) => safe(x.text))),
    },
    ice: {
      idea: safe(p.idea) ?? "I'm not sure what's causing it.",
      concern: safe(p.concern) ?? "I'm worried it might be something serious.",
      expectation: safe(p.expectation) ?? 'I want to find out what is going on.',
    },
  };
  if (h.pregnant !== undefined) view.history.pregnancy = h.pregnant ? "I'm pregnant." : "I'm not pregnant.";
  return view;
}
