/**
 * Generates one simulated patient from the knowledge base: every clinical fact is drawn by code from
 * the condition's data, so no model call is needed and the same seed with the same knowledge-base and
 * generator versions gives a byte-identical record.
 */
import type { PatientRecord } from '../domain/record.ts';
import { fail, ok, type Result } from '../domain/result.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import type { Difficulty } from '../ontology/schema.ts';
import { generateChecked } from './generateChecked.ts';
import { resolveRequest } from './resolveRequest.ts';

export { GENERATOR_VERSION } from './generatorVersion.ts';

export interface PatientRequest {
  specialty: string;
  seed: string;
  /** Defaults to a weighted pick among the difficulties the condition allows. */
  difficulty?: Difficulty;
  /** Defaults to a pick weighted by relative frequency within the specialty. */
  condition?: string;
}

/**
 * One patient for the request. Fails with `unknown_specialty`, `unknown_condition` or
 * `unknown_difficulty` (detail.valid lists the valid values), or `generation_failed` (detail.violations)
 * when every attempt broke a record check.
 */
export function generatePatient(ontology: Ontology, request: PatientRequest): Result<PatientRecord> {
  const resolved = resolveRequest(ontology, request);
  if (!resolved.ok) return resolved;
  const generated = generateChecked(ontology, resolved.value);
  return generated.ok ? ok(generated.value.record) : fail(generated.error.code, generated.error.detail);
}
