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

interface Redactor {
  re: RegExp | undefined;
  /** First words of every name: a text holding none of them needs no regular expression at all. */
  firstWords: Set<string>;
  /** Texts already redacted (doctor turns come back every turn as recent conversation). */
  done: Map<string, string>;
}

const byRecord = new WeakMap<PatientRecord, WeakMap<Ontology, Redactor>>();

function redactor(record: PatientRecord, ontology: Ontology): Redactor {
  let perOntology = byRecord.get(record);
  const hit = perOntology?.get(ontology);
  if (hit) return hit;
  const known = new Set(knownConditionLabels(record).map((l) => foldText(l).trim()));
  const folded = [
    ...new Set([...allDiagnosisNames(ontology), ...leakTerms(record, ontology), ...leakCodes(record)]),
  ]
    .map((n) => foldText(n).trim())
    .filter((n) => n.length > 0 && !known.has(n))
    .sort((a, b) => b.length - a.length);
  const names = folded.map((n) => escapeRegExp(n).replace(/[\s-]+/g, '[\\s-]*'));
  const re =
    names.length === 0 ? undefined : new RegExp(`(?<![a-z0-9])(?:${names.join('|')})(?![a-z0-9])`, 'gi');
  const firstWords = new Set(folded.map((n) => /^[a-z0-9]+/.exec(n)?.[0] ?? n));
  const made: Redactor = { re, firstWords, done: new Map() };
  if (!perOntology) {
    perOntology = new WeakMap();
    byRecord.set(record, perOntology);
  }
  perOntology.set(ontology, made);
  return made;
}

/** `text` with every diagnosis name replaced by "[a diagnosis]". Pure (answers are cached per record). */
export function redactDiagnoses(text: string, record: PatientRecord, ontology: Ontology): string {
  const r = redactor(record, ontology);
  if (!r.re) return text;
  const cached = r.done.get(text);
  if (cached !== undefined) return cached;
  const folded = foldText(text);
  let out = text;
  // a text holding no name's first word cannot hold a name: skip the long regular expression
  if ((folded.match(/[a-z0-9]+/g) ?? []).some((w) => r.firstWords.has(w))) {
    r.re.lastIndex = 0;
    if (r.re.test(folded)) {
      r.re.lastIndex = 0;
      out = folded.replace(r.re, REDACTED);
    }
  }
  if (r.done.size > 500) r.done.clear();
  r.done.set(text, out);
  return out;
}
