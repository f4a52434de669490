/**
 * The record of each recently active case, kept as one object across turns. A store hands back a new
 * copy of the case on every read; the per-record work of a turn (the patient's view for the model,
 * the redaction of diagnosis names, the reply checker's indexes) is cached per record object, so
 * without this every turn would rebuild it (about 15 ms) instead of reusing it (well under 1 ms).
 * A case's record never changes while the case is open; starting a case again replaces it here.
 */
import type { PatientRecord } from '../domain/record.ts';

/** Fields that tell two copies of one generated record apart from two different records. */
function identity(r: PatientRecord): string {
  return [r.id, r.seed, r.generatorVersion, r.ontologyVersion, r.condition.id, r.variant].join('\u0000');
}

export class RecordCache {
  private readonly byCase = new Map<string, { identity: string; record: PatientRecord }>();

  constructor(private readonly capacity = 1_000) {}

  /** Remembers `record` as the record of case `key` (a new case, or one started again). */
  set(key: string, record: PatientRecord): void {
    this.byCase.delete(key);
    this.byCase.set(key, { identity: identity(record), record });
    if (this.byCase.size > this.capacity) {
      const oldest = this.byCase.keys().next().value;
      if (oldest !== undefined) this.byCase.delete(oldest);
    }
  }

  /** The remembered object if `record` is a copy of it, else `record` (now remembered). */
  same(key: string, record: PatientRecord): PatientRecord {
    const hit = this.byCase.get(key);
    if (hit && hit.identity === identity(record)) {
      this.byCase.delete(key);
      this.byCase.set(key, hit);
      return hit.record;
    }
    this.set(key, record);
    return record;
  }
}
