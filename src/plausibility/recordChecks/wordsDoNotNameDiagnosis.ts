/**
 * Nothing the patient says about the illness names the diagnosis: the opening words, the symptom
 * descriptions and the accounts of exposures. A name the patient already knows as one of their own
 * conditions ("my COPD" in a COPD exacerbation) is excused, as in the reply check.
 */
import { diagnosisLeakMatcher } from '../diagnosisLeakMatcher.ts';
import { leakTerms } from '../leakTerms.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'words-do-not-name-diagnosis';

export const wordsDoNotNameDiagnosis: RecordCheck = {
  name: rule,
  description:
    "The patient's opening words, symptom descriptions and exposure accounts never name the diagnosis.",
  check(record, ontology) {
    // the opening words join a vocabulary phrase and a timeline sentence: checked sentence by sentence,
    // each comes from a small set and is matched once
    const texts: [string, string][] = record.presentation.words
      .split(/(?<=[.!?])\s+/)
      .map((sentence): [string, string] => ['presentation.words', sentence]);
    record.presentation.symptoms.forEach((s, i) => {
      for (const [key, value] of Object.entries(s.attributes)) {
        if (typeof value === 'string') texts.push([`presentation.symptoms[${i}].attributes.${key}`, value]);
      }
    });
    record.history.social.exposures.forEach((e, i) => {
      texts.push([`history.social.exposures[${i}].text`, e.text]);
    });
    const matcher = diagnosisLeakMatcher(ontology, record.condition);
    let leaking: Set<string> | undefined;
    const out: RecordViolation[] = [];
    for (const [path, text] of texts) {
      const named = matcher.find(text);
      if (named === undefined) continue;
      // slow path, only on a match: a name the patient knows as their own condition is not a leak
      leaking ??= new Set(leakTerms(record, ontology));
      if (/^[A-Z]\d/.test(named) || leaking.has(named)) {
        out.push({ rule, path, message: `"${text}" names the diagnosis ("${named}")` });
      }
    }
    return out;
  },
};
