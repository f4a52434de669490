/**
 * Converts one parsed AgentClinic OSCE case into a playable PatientRecord. Every fact comes from the
 * case text or, where the record needs a value the case lacks, from a stated safe default; each
 * default, guess and left-out item is reported as a warning. Names are made up from the case index:
 * nothing that could name a person is copied from the source.
 */

import { PatientRecord, RECORD_SCHEMA_VERSION, type RecordSymptom } from '../domain/record.ts';
import { composeOpeningWords } from '../generate/composeOpeningWords.ts';
import { hashHex } from '../generate/hashString.ts';
import { pickName } from '../generate/pickName.ts';
import { createRng } from '../generate/rng.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import type { Sex } from '../ontology/schema.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { AgentClinicSymptoms, LooseValue } from './agentClinicShape.ts';
import { clauseMentioning, findSymptoms, matchSymptomLine } from './findSymptoms.ts';
import { importPersona } from './importPersona.ts';
import { type ImportResult, imported, skipped } from './importResult.ts';
import { flattenText, leavesOf } from './looseText.ts';
import { mapExamination } from './mapExamination.ts';
import { mapInvestigations } from './mapInvestigations.ts';
import { matchCondition } from './matchCondition.ts';
import type { ParsedCase } from './parseAgentClinicCase.ts';
import { parseAgo } from './parseAgo.ts';
import { parseAge, parseSex, sexFromPronouns } from './parseDemographics.ts';
import { parseMedications } from './parseMedications.ts';
import { parsePastHistory } from './parsePastHistory.ts';
import { parseSmoking } from './parseSmoking.ts';
import { parseSocialHistory } from './parseSocialHistory.ts';
import { parseVitals } from './parseVitals.ts';
import { splitClauses } from './textClauses.ts';

/** Recorded as `generatorVersion` in every imported record; bump when a change alters the output. */
export const IMPORT_GENERATOR_VERSION = 'import-agentclinic-1';

/** The fields of `Patient_Actor` read on their own; any other field is read as extra history. */
const ACTOR_FIELDS = new Set([
  'Demographics',
  'History',
  'Symptoms',
  'Past_Medical_History',
  'Social_History',
  'Review_of_Systems',
]);

/** A converted case: the record, and what the person running the import should check. */
export interface ImportedCase {
  record: PatientRecord;
  /** What was defaulted, guessed or left out, for the person running the import. */
  warnings: string[];
}

/** Each symptom line of a field: a string, each string of a list, each value of an object. */
function linesOf(value: LooseValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object') return [flattenText(value)].filter((s) => s !== '');
  const items = Array.isArray(value) ? value : Object.values(value);
  return items.map(flattenText).filter((s) => s !== '');
}

function symptomLines(value: unknown): { primary: string[]; secondary: string[] } {
  const structured = AgentClinicSymptoms.safeParse(value);
  if (
    structured.success &&
    (structured.data.Primary_Symptom !== undefined || structured.data.Secondary_Symptoms !== undefined)
  ) {
    return {
      primary: linesOf(structured.data.Primary_Symptom),
      secondary: linesOf(structured.data.Secondary_Symptoms),
    };
  }
  const loose = LooseValue.safeParse(value);
  const text = loose.success ? flattenText(loose.data) : '';
  return { primary: [], secondary: text ? [text] : [] };
}

function mentions(text: string, name: string): boolean {
  const t = ` ${normalizeName(text)} `;
  const n = normalizeName(name);
  return n.length >= 4 && t.includes(` ${n} `);
}

/** A neutral stand-in occupation for the age: sedentary, with no exposure that could mislead. */
function defaultOccupation(ontology: Ontology, age: number): string {
  if (age < 5) return 'young child';
  if (age < 16) return 'school pupil';
  if (age < 18) return 'student';
  return age >= (ontology.demographics?.retirementAge ?? 67) ? 'retired' : 'office worker';
}

/** A neutral stand-in home situation for the age. */
function defaultLiving(age: number): string {
  return age < 18 ? 'lives with their parents' : 'lives at home';
}

function specialtyFor(
  ontology: Ontology,
  matched: string | undefined,
  chiefSystem: string | undefined,
): string {
  if (matched !== undefined) return matched;
  const bySystem: Readonly<Record<string, string>> = {
    cardiovascular: 'cardiology',
    respiratory: 'respiratory',
  };
  const guess = chiefSystem !== undefined ? bySystem[chiefSystem] : undefined;
  return guess !== undefined && ontology.specialties.get(guess)?.enabled ? guess : 'imported';
}

/**
 * The record of case `index` (0-based) of a file. Fails when the case has no symptom the vocabulary
 * knows (a record needs one) or the assembled record does not validate (an importer bug).
 */
export function fromAgentClinic(
  parsed: ParsedCase,
  index: number,
  ontology: Ontology,
): ImportResult<ImportedCase> {
  const { osce, diagnosis } = parsed;
  const actor = osce.Patient_Actor;
  const warnings: string[] = [];
  const seed = `agentclinic:${index}`;
  const rng = createRng(seed);

  const demographicsText = flattenText(actor.Demographics);
  const historyText = flattenText(actor.History);
  const pmhText = flattenText(actor.Past_Medical_History);
  const socialText = flattenText(actor.Social_History);
  const rosText = flattenText(actor.Review_of_Systems);
  // fields beyond the usual ones ("Medications", "Family_History"), as JSON values
  const extras = Object.entries(actor).flatMap(([k, v]): [string, LooseValue][] => {
    const parsed = LooseValue.safeParse(v);
    return !ACTOR_FIELDS.has(k) && parsed.success ? [[k, parsed.data]] : [];
  });
  const extraText = extras.map(([k, v]) => flattenText({ [k]: v })).join('\n');
  const listedMedications = extras
    .flatMap(([k, v]) => leavesOf(v, [k]))
    .filter((l) => l.path.some((k) => /medicat|prescri|drug.?history/i.test(k)))
    .map((l) => l.text);

  // demographics
  let sex: Sex | undefined = parseSex(demographicsText);
  if (!sex) {
    sex = sexFromPronouns(`${historyText}\n${socialText}\n${pmhText}`);
    warnings.push(
      sex
        ? `demographics: sex not stated; ${sex} from the history's pronouns`
        : 'demographics: sex not stated; used female',
    );
  }
  const patientSex: Sex = sex ?? 'female';
  let age = parseAge(demographicsText) ?? parseAge(historyText);
  if (age === undefined || age > 110) {
    warnings.push(`demographics: no usable age in "${demographicsText}"; used 40`);
    age = 40;
  }
  if (age < 16) warnings.push(`demographics: a child of ${age}; the record has them answer for themselves`);

  // condition
  const matched = matchCondition(diagnosis, ontology);
  if (matched.kind === 'other') {
    warnings.push(
      `condition: "${diagnosis}" is a listed diagnosis but not a playable condition: no teaching points or must-ask list`,
    );
  } else if (matched.kind === 'imported') {
    warnings.push(
      `condition: "${diagnosis}" is not in the knowledge base; kept as ${matched.condition.id} (no teaching points, must-ask list or diagnosis scoring)`,
    );
  }

  // presentation
  const { primary, secondary } = symptomLines(actor.Symptoms);
  const present: string[] = [];
  const negated: string[] = [];
  const unmatched: string[] = [];
  const push = (list: string[], ids: readonly string[]) => {
    for (const id of ids) if (!list.includes(id)) list.push(id);
  };
  for (const line of [...primary, ...secondary]) {
    const found = matchSymptomLine(line, ontology);
    push(present, found.present);
    push(negated, found.negated);
    if (found.present.length === 0 && found.negated.length === 0) unmatched.push(line);
  }
  const fromHistory = findSymptoms(historyText, ontology);
  if (present.length === 0 && fromHistory.present.length > 0) {
    push(present, fromHistory.present);
    warnings.push(
      `symptoms: none of the listed symptoms is in the vocabulary; taken from the history: ${fromHistory.present.join(', ')}`,
    );
  }
  push(negated, [...fromHistory.negated, ...findSymptoms(rosText, ontology).negated]);
  const fits = (id: string) => {
    const def = ontology.symptom(id);
    return def !== undefined && (def.sex === undefined || def.sex === patientSex);
  };
  const presentIds = present.filter(fits);
  const negatives = negated.filter((id) => fits(id) && !presentIds.includes(id));
  if (unmatched.length > 0) {
    warnings.push(
      `symptoms: no vocabulary symptom for ${unmatched.map((l) => `"${l}"`).join(', ')} (left out)`,
    );
  }
  const [chief] = presentIds;
  const chiefDef = chief !== undefined ? ontology.symptom(chief) : undefined;
  if (chief === undefined || !chiefDef) {
    return skipped(
      'no_known_symptom',
      `no symptom of the case is in the vocabulary (${[...primary, ...secondary].join('; ') || 'none listed'}); a record needs at least one`,
    );
  }
  // the onset is the one the case gives for the chief complaint, not any date in the history
  const onsetClause = clauseMentioning(historyText, chief, ontology);
  const started =
    parseAgo(primary.join('. ')) ?? (onsetClause !== undefined ? parseAgo(onsetClause) : undefined);
  if (!started) warnings.push('symptoms: the case gives no onset time');
  const symptoms: RecordSymptom[] = presentIds.map((id, i) => ({
    id,
    name: ontology.symptom(id)?.name ?? id,
    attributes: i === 0 && started ? { started } : {},
  }));

  // findings
  const exam = mapExamination(osce.Physical_Examination_Findings);
  warnings.push(...exam.warnings);
  const vitals = parseVitals(exam.vitalSigns, exam.allText, age);
  warnings.push(...vitals.warnings);
  const tests = mapInvestigations(osce.Test_Results, ontology);
  if (tests.unmatched.length > 0) {
    warnings.push(
      `investigations: no knowledge-base test for ${tests.unmatched.join(', ')}: kept, but /order cannot name them`,
    );
  }
  const namesDiagnosis = [matched.condition.name, diagnosis.replace(/\s*\([^)]*\)/g, '')];
  const revealing = [
    ...exam.examination.map((e) => e.text),
    ...tests.investigations.map((t) => `${t.name}: ${t.text ?? ''}`),
  ]
    .filter((text) => namesDiagnosis.some((n) => mentions(text, n)))
    .map((text) => text.split(':')[0] ?? text);
  if (revealing.length > 0) warnings.push(`findings name the diagnosis outright: ${revealing.join(', ')}`);

  // history
  const otherText = [historyText, socialText, extraText].join('\n');
  const past = parsePastHistory(pmhText, otherText, ontology, age);
  warnings.push(...past.warnings);
  const leaks = (name: string) => namesDiagnosis.some((n) => mentions(name, n) || mentions(n, name));
  const dropped = [...past.conditions, ...past.family].map((c) => c.name).filter(leaks);
  if (dropped.length > 0)
    warnings.push(`history: left out items that name the diagnosis: ${dropped.join(', ')}`);
  const meds = parseMedications(
    [pmhText, historyText, socialText, extraText].join('\n'),
    listedMedications,
    ontology,
    patientSex,
  );
  warnings.push(...meds.warnings);
  const smoking = parseSmoking([socialText, pmhText, historyText, extraText], age);
  warnings.push(...smoking.warnings);
  const social = parseSocialHistory(socialText, [pmhText, historyText, extraText].join('\n'), ontology);
  warnings.push(...social.warnings);
  const pregnant =
    patientSex === 'female' &&
    age >= 12 &&
    age <= 55 &&
    splitClauses(`${historyText}\n${pmhText}\n${socialText}`).some((c) => {
      const at = c.text.search(/\bpregnan|\bgestation|\bgravid/);
      return at >= 0 && c.negatedFrom > at && !/\b(?:mother|mom|mum)\b/.test(c.text);
    });

  // who they are
  const name = pickName(ontology, patientSex, age, rng.fork('name'));
  let occupation = social.occupation;
  if (occupation === undefined) {
    occupation = defaultOccupation(ontology, age);
    warnings.push(`demographics: occupation not given; used "${occupation}"`);
  }
  let living = social.living;
  if (living === undefined) {
    living = defaultLiving(age);
    warnings.push(`demographics: home situation not given; used "${living}"`);
  }

  const record = {
    schemaVersion: RECORD_SCHEMA_VERSION,
    id: `pz-import-${hashHex(`${seed}|${diagnosis}|${demographicsText}`).slice(0, 16)}`,
    seed,
    generatorVersion: IMPORT_GENERATOR_VERSION,
    ontologyVersion: ontology.version,
    specialty: specialtyFor(ontology, matched.specialty, chiefDef.system),
    difficulty: 'medium' as const,
    condition: matched.condition,
    variant: 'imported',
    demographics: { ...name, age, sex: patientSex, occupation, living },
    history: {
      conditions: past.conditions.filter((c) => !leaks(c.name)),
      surgeries: past.surgeries,
      medications: meds.medications,
      allergies: past.allergies,
      family: past.family.filter((f) => !leaks(f.name)),
      social: {
        smoking: smoking.smoking,
        alcoholUnitsPerWeek: social.alcoholUnitsPerWeek,
        drugs: social.drugs,
        exposures: social.exposures,
      },
      ...(pregnant ? { pregnant: true } : {}),
    },
    presentation: {
      chiefComplaint: chief,
      words: composeOpeningWords(chiefDef.lay[0] ?? chiefDef.name, started),
      symptoms,
      negatives,
    },
    vitals: vitals.vitals,
    examination: exam.examination,
    investigations: tests.investigations,
    persona: importPersona(ontology, rng.fork('persona')),
  };
  const checked = PatientRecord.safeParse(record);
  if (!checked.success) {
    const issues = checked.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`);
    return skipped('invalid_record', `the converted record does not validate (${issues.join('; ')})`);
  }
  return imported({ record: checked.data, warnings });
}
