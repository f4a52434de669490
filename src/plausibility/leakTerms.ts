/**
 * The names that give a patient's diagnosis away: its name, every synonym and abbreviation from the
 * knowledge base, and its ICD-10 code. Shared by the leak rule, the prompt builder (which must never
 * hold them) and the tests that prove it.
 */
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { squash } from './text/termPattern.ts';

/** Words that qualify a diagnosis name without naming it: "acute myocardial infarction" also leaks as "myocardial infarction". */
const QUALIFIERS =
  /^(?:acute|chronic|severe|mild|massive|spontaneous|primary|secondary|left|right|simple|tension|unprovoked|provoked|typical|atypical)\s+/i;

/** The condition names a patient legitimately has: their own chronic conditions. */
export function knownConditionLabels(record: Pick<PatientRecord, 'history'>): string[] {
  const labels: string[] = [];
  for (const c of record.history.conditions) labels.push(c.name, ...c.lay.split(','));
  return labels.map((l) => l.trim()).filter((l) => l.length > 0);
}

/** The condition names of the patient's family history ("my dad had angina"): said only about them. */
export function familyConditionLabels(record: Pick<PatientRecord, 'history'>): string[] {
  const labels: string[] = [];
  for (const f of record.history.family) labels.push(f.name, ...f.lay.split(','));
  return labels.map((l) => l.trim()).filter((l) => l.length > 0);
}

/**
 * Every name of the record's diagnosis the patient must not say, longest first. A name that is
 * exactly one of the patient's own known conditions ("COPD" in a COPD exacerbation) is left out:
 * the patient knows they have it.
 */
export function leakTerms(
  record: Pick<PatientRecord, 'condition' | 'history'>,
  ontology: Ontology,
): string[] {
  const names = new Set<string>([record.condition.name, ...ontology.diagnosisNames(record.condition.id)]);
  for (const n of [...names]) {
    for (const part of n.split(/[()]/)) if (part.trim().length > 1) names.add(part.trim());
    const unqualified = n.replace(QUALIFIERS, '');
    if (unqualified !== n && unqualified.length > 3) names.add(unqualified);
  }
  const known = new Set(knownConditionLabels(record).map(squash));
  return [...names]
    .map((n) => n.trim())
    .filter((n) => squash(n).length >= 2 && !known.has(squash(n)))
    .sort((a, b) => squash(b).length - squash(a).length);
}

/** The ICD-10 code and its category ("I21.3" and "I21"). */
export function leakCodes(record: PatientRecord): string[] {
  const code = record.condition.icd10.code.trim();
  const category = code.split('.')[0] ?? code;
  return category === code ? [code] : [code, category];
}

/** Whether a text names the diagnosis in plain words (case, spacing and punctuation ignored). */
export function namesDiagnosis(text: string, terms: readonly string[]): string | undefined {
  const words = ` ${text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')} `;
  for (const t of terms) {
    const w = ` ${t
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()} `;
    if (w.trim().length > 0 && words.includes(w)) return t;
  }
  return undefined;
}
