/**
 * Many patients, lazily: record i is generated from the seed `${seed}:${i}`, so any record of a batch
 * can be regenerated alone and memory stays flat however many are drawn.
 */
import { fail, ok, type Result } from '../domain/result.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import type { ResolvedRequest } from './context.ts';
import { type CheckedRecord, generateChecked } from './generateChecked.ts';
import { type GenerateRequest, resolveRequest } from './resolveRequest.ts';

export interface BatchRequest extends GenerateRequest {
  /** How many records; record i is generated from the seed `${seed}:${i}`. */
  count: number;
}

export interface BatchItem extends CheckedRecord {
  index: number;
}

/** The seed of record `index` of a batch. */
export function batchSeed(seed: string, index: number): string {
  return `${seed}:${index}`;
}

/**
 * Yields one Result per record. An invalid request yields its failure once and stops; a record whose
 * every attempt failed the checks yields `generation_failed` and the batch goes on.
 */
export function* generatePatients(ontology: Ontology, request: BatchRequest): Generator<Result<BatchItem>> {
  const { count, seed, ...rest } = request;
  const resolved = resolveRequest(ontology, { ...rest, seed });
  if (!resolved.ok) {
    yield resolved;
    return;
  }
  const { specialty, condition, difficulty } = resolved.value;
  for (let index = 0; index < count; index++) {
    const request: ResolvedRequest = { specialty, seed: batchSeed(seed, index) };
    if (condition) request.condition = condition;
    if (difficulty) request.difficulty = difficulty;
    const generated = generateChecked(ontology, request);
    if (generated.ok) {
      const { record, attempts, rejected } = generated.value;
      yield ok({ index, record, attempts, rejected });
    } else yield fail(generated.error.code, { index, ...generated.error.detail });
  }
}
