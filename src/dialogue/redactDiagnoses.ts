/**
 * Takes diagnosis names out of text that goes to a language model (what students typed, earlier
 * replies). Every diagnosis the knowledge base knows is replaced alike, so the model cannot tell a
 * right guess from a wrong one; the patient's own known conditions ("my COPD") and everyday chronic
 * conditions ("high blood pressure") stay, since history questions need them.
 */
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { knownConditionLabels, leakCodes, leakTerms } from '../plausibility/leakTerms.ts';
import { foldText } from '../plausibility/text/foldText.ts';

export const REDACTED = '[a diagnosis]';

const byOntology = new WeakMap<Ontology, string[]>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every diagnosis name in the knowledge base except everyday chronic-condition names. */
function allDiagnosisNames(ontology: Ontology): string[] {
  const cached = byOntology.get(ontology);
  if (cached) return cached;
  const chronic = new Set<string>();
  for (const c of ontology.chronicConditions.values()) {
    for (const l of [c.name, ...c.lay.split(',')]) chronic.add(foldText(l).trim());
  }
  const names = new Set<string>();
  for (const c of ontology.conditions.values())
    for (const n of [c.name, ...c.synonyms, ...c.abbreviations]) names.add(n);
  for (const d of ontology.otherDiagnoses.values()) for (const n of [d.name, ...d.synonyms]) names.add(n);
  const out = [...names].filter((n) => n.trim().length > 1 && !chronic.has(foldText(n).trim()));
  byOntology.set(ontology, out);
  return out;
}

const byRecord = new WeakMap<PatientRecord, WeakMap<Ontology, RegExp | undefined>>();

function pattern(record: PatientRecord, ontology: Ontology): RegExp | undefined {
  let perOntology = byRecord.get(record);
  if (perOntology?.has(ontology)) return perOntology.get(ontology);
  const known = new Set(knownConditionLabels(record).map((l) => foldText(l).trim()));
  const names = [
    ...new Set([...allDiagnosisNames(ontology), ...leakTerms(record, ontology), ...leakCodes(record)]),
  ]
    .filter((n) => !known.has(foldText(n).trim()))
    .sort((a, b) => b.length - a.length)
    .map((n) => escapeRegExp(foldText(n).trim()).replace(/[\s-]+/g, '[\\s-]*'));
  const re =
    names.length === 0 ? undefined : new RegExp(`(?<![a-z0-9])(?:${names.join('|')})(?![a-z0-9])`, 'gi');
  if (!perOntology) {
    perOntology = new WeakMap();
    byRecord.set(record, perOntology);
  }
  perOntology.set(ontology, re);
  return re;
}

/** `text` with every diagnosis name replaced by "[a diagnosis]". Pure. */
export function redactDiagnoses(text: string, record: PatientRecord, ontology: Ontology): string {
  const re = pattern(record, ontology);
  if (!re) return text;
  const folded = foldText(text);
  re.lastIndex = 0;
  if (!re.test(folded)) return text;
  re.lastIndex = 0;
  return folded.replace(re, REDACTED);
}
