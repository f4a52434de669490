/**
 * A named rule over a generated record. A record that breaks one is impossible (or contradicts the
 * knowledge base); the generator resamples, and a rule that keeps failing points at a knowledge-base bug.
 */
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';

export interface RecordViolation {
  /** The rule's name, kebab-case (`systolic-above-diastolic`). */
  rule: string;
  /** Where in the record (`vitals.systolic`, `history.medications[2]`). */
  path: string;
  message: string;
}

export interface RecordCheck {
  name: string;
  /** What the rule guarantees, for documentation and reports. */
  description: string;
  check(record: PatientRecord, ontology: Ontology): RecordViolation[];
}
