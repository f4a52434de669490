/**
 * What the reply rules need from one patient record, computed once per record and cached: the leak
 * patterns of its diagnosis, the numbers and names the patient cannot know, each symptom's facts as
 * comparable values, and the words of everything the patient does know.
 */
import type { PatientRecord, RecordSymptom } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { indexOntology } from './indexOntology.ts';
import { familyConditionLabels, leakCodes, leakTerms } from './leakTerms.ts';
import { type BodySite, readSites } from './text/bodySites.ts';
import { canonicalLetters } from './text/canonicalLetters.ts';
import { foldText } from './text/foldText.ts';
import { stem } from './text/stem.ts';
import { squash, termPattern, upperPattern } from './text/termPattern.ts';
import { tokenize } from './text/tokenize.ts';

export interface LeakPattern {
  name: string;
  pattern: RegExp;
  /** Case-sensitive (an abbreviation that is also an English word, e.g. "CAP"). */
  caseSensitive: boolean;
  /** Letters in the name: short names are only looked for where a stray match is unlikely. */
  length: number;
  /** The name's letters, leetspeak folded (see canonicalLetters): a quick "can it match here?" test. */
  letters: string;
  /** The same name matched anywhere, even inside other letters (for run-together readings). */
  loose?: RegExp;
  /** For short names: the name in capitals, on case-kept text (also read reversed and in ROT13). */
  upper?: RegExp;
  /** For word-like abbreviations: any spelling, checked to be more than the plain word. */
  disguised?: RegExp;
}

export interface SymptomFactsIndex {
  id: string;
  sites: BodySite[];
  radiation: BodySite[] | undefined;
  onset: 'sudden' | 'gradual' | undefined;
  startedHours: number | undefined;
  severity: number | undefined;
  /** The symptom's attribute texts, folded, contractions expanded (for "is this the record's own wording?"). */
  texts: string;
}

export interface CaseIndex {
  leaks: LeakPattern[];
  /** Distinctive words of the diagnosis names (for translated or misspelt forms), folded. */
  cognates: string[];
  /** Numbers only the examiner knows: test values and vital signs (as written in a reply). */
  secretNumbers: Map<string, string>;
  /** Numbers the patient may say (age, scores, durations, doses, ...). */
  knownNumbers: Set<string>;
  /** Investigation ids in the record. */
  testIds: Set<string>;
  /** Ontology finding ids of the record's examination. */
  findingIds: Set<string>;
  present: Set<string>;
  negatives: Set<string>;
  symptoms: Map<string, SymptomFactsIndex>;
  /** Stems of every word the patient knows (their view of themselves): jargon they may repeat. */
  knownStems: Set<string>;
  medicationIds: Set<string>;
  conditionIds: Set<string>;
  surgeryIds: Set<string>;
  allergyIds: Set<string>;
  familyRelations: Set<string>;
  /** Stems of the words of the patient's allergic reactions ("hives"): said about an allergy, not a condition. */
  reactionStems: Set<string>;
  /** Squashed names of the family's conditions (a diagnosis name may be said about a relative). */
  familyLabels: Set<string>;
}

/** Abbreviations that are also everyday words: matched only when written in capitals. */
const WORDLIKE = new Set(
  'cap am as is it ms us me my no ok on or so to up we ad an at be by do go he hi if in of ox pa ma ow ah eh ha ho oh hem her him his one two arm leg ear eye aid all bad mad sad tab ran pad pat pet lad ace aim air ail ill'.split(
    ' ',
  ),
);

/** Generic words in diagnosis names: too common to flag when seen alone in another language. */
const GENERIC_WORDS = new Set(
  'acute chronic disease syndrome failure attack emergency infection exacerbation elevation segment inferior anterior posterior lateral ventricular occlusion coronary pulmonary cardiac unstable stable complete community acquired hypertensive primary secondary spontaneous tension massive'.split(
    ' ',
  ),
);

const UNIT_HOURS: Record<string, number> = {
  minutes: 1 / 60,
  hours: 1,
  days: 24,
  weeks: 168,
  months: 730,
  years: 8760,
};

const SUDDEN =
  /\b(?:sudden|suddenly|out of (?:nowhere|the blue)|instantly|at once|like a switch|in an instant|all at once|came on fast|came on quick)/;
const GRADUAL =
  /\b(?:gradual|gradually|slowly|bit by bit|over (?:the |a )?(?:few |couple of )?(?:days|weeks|months|hours)|crept|built up|building up|worse and worse|little by little)/;

/** Sudden or gradual, from a patient's words about onset. */
export function onsetKind(text: string): 'sudden' | 'gradual' | undefined {
  const t = foldText(text);
  if (SUDDEN.test(t)) return 'sudden';
  if (GRADUAL.test(t)) return 'gradual';
  return undefined;
}

function symptomFacts(s: RecordSymptom): SymptomFactsIndex {
  const a = s.attributes;
  return {
    id: s.id,
    sites: a.site ? readSites(tokenize(foldText(a.site))) : [],
    radiation: a.radiation ? readSites(tokenize(foldText(a.radiation))) : undefined,
    onset: a.onset ? onsetKind(a.onset) : undefined,
    startedHours: a.started ? a.started.value * (UNIT_HOURS[a.started.unit] ?? 1) : undefined,
    severity: a.severity,
    texts: tokenize(
      foldText(
        Object.values(a)
          .filter((x) => typeof x === 'string')
          .join(' . '),
      ),
    ).words.join(' '),
  };
}

function numbersIn(text: string, into: Set<string>): void {
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) into.add(String(Number(m[0])));
}

/** The texts a patient knows about themselves (everything but diagnosis, examination and tests). */
export function patientKnownTexts(record: PatientRecord, ontology?: Ontology): string[] {
  const { demographics: d, history: h, presentation: p, persona } = record;
  const texts = [d.occupation, d.living, p.words, persona.idea, persona.concern, persona.expectation];
  for (const c of h.conditions) texts.push(c.name, c.lay);
  for (const s of h.surgeries) texts.push(s.name, s.lay);
  for (const m of h.medications) texts.push(m.name, m.lay ?? '', m.dose, m.frequency);
  for (const a of h.allergies) texts.push(a.substance, a.reaction);
  for (const f of h.family) texts.push(f.name, f.lay);
  for (const x of h.social.drugs) texts.push(x.name, x.lay);
  for (const x of h.social.exposures) texts.push(x.text);
  for (const s of p.symptoms) texts.push(s.name, ...Object.values(s.attributes).map(String));
  const voice = ontology?.personas.get(record.persona.archetype);
  if (voice) texts.push(...voice.openers, ...voice.closers);
  return texts.filter((t) => t.length > 0);
}

function build(record: PatientRecord, ontology: Ontology): CaseIndex {
  const leaks: LeakPattern[] = [];
  for (const name of leakTerms(record, ontology)) {
    const letters = squash(name);
    if (letters.length <= 3 && WORDLIKE.has(letters)) {
      const pattern = upperPattern(name);
      const disguised = termPattern(name);
      if (pattern)
        leaks.push({
          name,
          pattern,
          caseSensitive: true,
          length: letters.length,
          letters: canonicalLetters(letters),
          ...(disguised ? { disguised } : {}),
        });
      continue;
    }
    const pattern = termPattern(name);
    const loose = letters.length >= 5 ? termPattern(name, { bounded: false }) : undefined;
    const upper = letters.length < 5 ? upperPattern(name) : undefined;
    if (pattern) {
      leaks.push({
        name,
        pattern,
        caseSensitive: false,
        length: letters.length,
        letters: canonicalLetters(letters),
        ...(loose ? { loose } : {}),
        ...(upper ? { upper } : {}),
      });
    }
  }
  for (const code of leakCodes(record)) {
    const pattern = termPattern(code, { leet: false, bounded: true });
    if (pattern) {
      leaks.push({
        name: code,
        pattern,
        caseSensitive: false,
        length: squash(code).length,
        letters: canonicalLetters(squash(code)),
      });
    }
  }
  const knownTexts = patientKnownTexts(record, ontology);
  const knownStems = new Set<string>();
  for (const t of knownTexts) for (const w of tokenize(foldText(t)).words) knownStems.add(stem(w));

  const { everyday } = indexOntology(ontology);
  const cognates = new Set<string>();
  for (const name of leakTerms(record, ontology)) {
    for (const w of foldText(name).split(/[^a-z]+/)) {
      if (w.length >= 7 && !GENERIC_WORDS.has(w) && !knownStems.has(stem(w)) && !everyday.has(w))
        cognates.add(w);
    }
  }

  const secretNumbers = new Map<string, string>();
  for (const i of record.investigations) {
    if (i.value === undefined) continue;
    secretNumbers.set(String(i.value), i.name);
  }
  const v = record.vitals;
  secretNumbers.set(`${v.systolic}/${v.diastolic}`, 'blood pressure');
  secretNumbers.set(String(v.temperature), 'temperature');
  secretNumbers.set(`${v.spo2}%`, 'oxygen saturation');

  const knownNumbers = new Set<string>();
  numbersIn(knownTexts.join(' '), knownNumbers);
  knownNumbers.add(String(record.demographics.age));
  for (const s of record.presentation.symptoms) {
    if (s.attributes.severity !== undefined) knownNumbers.add(String(s.attributes.severity));
    if (s.attributes.started) knownNumbers.add(String(s.attributes.started.value));
  }
  const sm = record.history.social.smoking;
  if (sm.status !== 'never') for (const n of [sm.perDay, sm.years, sm.packYears]) knownNumbers.add(String(n));
  if (sm.status === 'ex') knownNumbers.add(String(sm.quitYearsAgo));
  knownNumbers.add(String(record.history.social.alcoholUnitsPerWeek));
  for (const c of record.history.conditions) knownNumbers.add(String(c.sinceYears));
  for (const s of record.history.surgeries) knownNumbers.add(String(s.yearsAgo));
  for (const f of record.history.family)
    if (f.ageAtOnset !== undefined) knownNumbers.add(String(f.ageAtOnset));

  const findingIds = new Set<string>();
  for (const e of record.examination) if (ontology.findings.has(e.id)) findingIds.add(e.id);

  return {
    leaks,
    cognates: [...cognates],
    secretNumbers,
    knownNumbers,
    testIds: new Set(record.investigations.map((i) => i.id)),
    findingIds,
    present: new Set(record.presentation.symptoms.map((s) => s.id)),
    negatives: new Set(record.presentation.negatives),
    symptoms: new Map(record.presentation.symptoms.map((s) => [s.id, symptomFacts(s)])),
    knownStems,
    medicationIds: new Set(record.history.medications.map((m) => m.id)),
    conditionIds: new Set(record.history.conditions.map((c) => c.id)),
    surgeryIds: new Set(record.history.surgeries.map((s) => s.id)),
    allergyIds: new Set(record.history.allergies.map((a) => a.id)),
    familyRelations: new Set(record.history.family.map((f) => f.relation)),
    familyLabels: new Set(familyConditionLabels(record).map(squash)),
    reactionStems: new Set(record.history.allergies.flatMap((x) => tokenize(foldText(x.reaction)).stems)),
  };
}

const byObject = new WeakMap<PatientRecord, WeakMap<Ontology, CaseIndex>>();
const ontologyIds = new WeakMap<Ontology, number>();
let nextOntologyId = 0;
const byContent = new Map<string, CaseIndex>();
const CONTENT_CACHE = 256;

/**
 * The index of a record, cached by object and by content (a record read back from the store is a
 * new object with the same content), so checking a reply costs matching, not building.
 */
export function indexCase(record: PatientRecord, ontology: Ontology): CaseIndex {
  let perOntology = byObject.get(record);
  const hit = perOntology?.get(ontology);
  if (hit) return hit;
  let oid = ontologyIds.get(ontology);
  if (oid === undefined) {
    oid = nextOntologyId++;
    ontologyIds.set(ontology, oid);
  }
  const key = `${oid}\u0000${JSON.stringify(record)}`;
  let index = byContent.get(key);
  if (!index) {
    index = build(record, ontology);
    if (byContent.size >= CONTENT_CACHE) {
      const oldest = byContent.keys().next().value;
      if (oldest !== undefined) byContent.delete(oldest);
    }
    byContent.set(key, index);
  }
  if (!perOntology) {
    perOntology = new WeakMap();
    byObject.set(record, perOntology);
  }
  perOntology.set(ontology, index);
  return index;
}
