/**
 * Nothing the patient says about the illness names the diagnosis: the opening words, the symptom
 * descriptions and the accounts of exposures. A name the patient already knows as one of their own
 * conditions ("my COPD" in a COPD exacerbation) is excused, as in the reply check.
 */
import type { PatientRecord } from '../../domain/record.ts';
import type { Ontology } from '../../ontology/Ontology.ts';
import { presentationOf } from '../../ontology/presentationOf.ts';
import type { ConditionSymptom } from '../../ontology/schema.ts';
import { type DiagnosisLeakMatcher, diagnosisLeakMatcher } from '../diagnosisLeakMatcher.ts';
import { leakTerms } from '../leakTerms.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'words-do-not-name-diagnosis';
const SENTENCE_BREAK = /(?<=[.!?])\s+/;

// a symptom's attribute options come from the knowledge base: match each once per condition, and a
// record's value that is one of them needs no lookup in the matcher's large memo
const safeOf = new WeakMap<DiagnosisLeakMatcher, WeakMap<ConditionSymptom, ReadonlySet<string>>>();

/** The symptom's text attribute options that name no diagnosis for this matcher. */
function safeOptions(matcher: DiagnosisLeakMatcher, symptom: ConditionSymptom): ReadonlySet<string> {
  let bySymptom = safeOf.get(matcher);
  if (!bySymptom) {
    bySymptom = new WeakMap();
    safeOf.set(matcher, bySymptom);
  }
  let safe = bySymptom.get(symptom);
  if (!safe) {
    const options = new Set<string>();
    for (const value of Object.values(symptom.attributes)) {
      if (!Array.isArray(value)) continue;
      for (const text of value)
        if (typeof text === 'string' && matcher.find(text) === undefined) options.add(text);
    }
    safe = options;
    bySymptom.set(symptom, safe);
  }
  return safe;
}

/**
 * Reports a matched name unless the patient knows it as their own condition (the slow path, taken only
 * on a match): an ICD-10 code always counts.
 */
function report(
  out: RecordViolation[],
  record: PatientRecord,
  ontology: Ontology,
  path: string,
  text: string,
  named: string,
): void {
  if (/^[A-Z]\d/.test(named) || leakTerms(record, ontology).includes(named)) {
    out.push({ rule, path, message: `"${text}" names the diagnosis ("${named}")` });
  }
}

export const wordsDoNotNameDiagnosis: RecordCheck = {
  name: rule,
  description:
    "The patient's opening words, symptom descriptions and exposure accounts never name the diagnosis.",
  check(record, ontology) {
    const matcher = diagnosisLeakMatcher(ontology, record.condition);
    const out: RecordViolation[] = [];
    // the opening words join a vocabulary phrase and a timeline sentence: checked sentence by sentence,
    // each comes from a small set and is matched once (memoised by the matcher)
    for (const sentence of record.presentation.words.split(SENTENCE_BREAK)) {
      const named = matcher.find(sentence);
      if (named !== undefined) report(out, record, ontology, 'presentation.words', sentence, named);
    }
    const { symptoms } = record.presentation;
    const def = ontology.condition(record.condition.id);
    const pool = def && presentationOf(def, record.variant).symptomById;
    for (let i = 0; i < symptoms.length; i++) {
      const s = symptoms[i];
      const attributes: Readonly<Record<string, unknown>> = s?.attributes ?? {};
      const source = s && pool?.get(s.id);
      const safe = source && safeOptions(matcher, source);
      for (const key in attributes) {
        const value = attributes[key];
        if (typeof value !== 'string' || safe?.has(value) === true) continue;
        const named = matcher.find(value);
        if (named !== undefined)
          report(out, record, ontology, `presentation.symptoms[${i}].attributes.${key}`, value, named);
      }
    }
    const { exposures } = record.history.social;
    for (let i = 0; i < exposures.length; i++) {
      const text = exposures[i]?.text ?? '';
      const named = matcher.find(text);
      if (named !== undefined)
        report(out, record, ontology, `history.social.exposures[${i}].text`, text, named);
    }
    return out;
  },
};
