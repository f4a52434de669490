/**
 * A guard for everything the patient says: no name or synonym of their actual diagnosis, ever, not
 * even inside a known condition or a relative's illness ("heart failure" for acute heart failure is
 * said "a weak heart"). The condition is read here only to avoid it.
 */
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Returns a function that finds a diagnosis name in a text (undefined when it is clean); cached. */
const cache = new WeakMap<PatientRecord, WeakMap<Ontology, (text: string) => string | undefined>>();

export function diagnosisMatcher(
  record: PatientRecord,
  ontology: Ontology,
): (text: string) => string | undefined {
  const cached = cache.get(record)?.get(ontology);
  if (cached) return cached;
  const made = makeMatcher(record, ontology);
  const perOntology = cache.get(record) ?? new WeakMap<Ontology, (text: string) => string | undefined>();
  perOntology.set(ontology, made);
  cache.set(record, perOntology);
  return made;
}

function makeMatcher(record: PatientRecord, ontology: Ontology): (text: string) => string | undefined {
  const names = [record.condition.name, ...ontology.diagnosisNames(record.condition.id)]
    .map((n) => n.trim())
    .filter((n) => n.length > 1);
  if (names.length === 0) return () => undefined;
  const long = names.filter((n) => n.length > 3).map((n) => escapeRegExp(n).replace(/[\s-]+/g, '[\\s-]*'));
  const short = names.filter((n) => n.length <= 3).map(escape);
  const longRe =
    long.length > 0 ? new RegExp(`(?<![a-z0-9])(?:${long.join('|')})(?![a-z0-9])`, 'i') : undefined;
  const shortRe =
    short.length > 0 ? new RegExp(`(?<![A-Za-z0-9])(?:${short.join('|')})(?![A-Za-z0-9])`) : undefined;
  return (text) => longRe?.exec(text)?.[0] ?? shortRe?.exec(text)?.[0];
}
