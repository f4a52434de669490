/**
 * Runs the pipeline and the record checks, resampling (a bounded number of times, each attempt from a
 * seed derived from the request's) when a record breaks a rule. Reports every rejected attempt: in
 * practice a rejection is a knowledge-base bug, so callers should surface it.
 */
import type { PatientRecord } from '../domain/record.ts';
import { fail, ok, type Result } from '../domain/result.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { checkRecord, type RecordViolation } from '../plausibility/checkRecord.ts';
import type { ResolvedRequest } from './context.ts';
import { runPipeline } from './runPipeline.ts';

/** Attempts per record before giving up. */
export const MAX_ATTEMPTS = 5;

export interface CheckedRecord {
  record: PatientRecord;
  /** 1 when the first attempt passed every check. */
  attempts: number;
  /** Violations of the rejected attempts, in order. */
  rejected: RecordViolation[][];
}

/** The attempt's random seed: the request seed first, then `seed#2`, `seed#3`, ... */
/** A record that passes every record check, resampled up to MAX_ATTEMPTS times; `generation_failed` with the last violations otherwise. */
export function attemptSeed(seed: string, attempt: number): string {
  return attempt === 1 ? seed : `${seed}#${attempt}`;
}

export function generateChecked(ontology: Ontology, request: ResolvedRequest): Result<CheckedRecord> {
  const rejected: RecordViolation[][] = [];
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const record = runPipeline(ontology, request, attemptSeed(request.seed, attempt));
    // typed construction makes the zod parse redundant here; tests and the bench parse every record
    const violations = checkRecord(record, ontology, { schema: false });
    if (violations.length === 0) return ok({ record, attempts: attempt, rejected });
    rejected.push(violations);
  }
  return fail('generation_failed', {
    seed: request.seed,
    attempts: MAX_ATTEMPTS,
    violations: rejected.at(-1) ?? [],
  });
}
