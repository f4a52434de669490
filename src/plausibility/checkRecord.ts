/**
 * Runs every record check over a record: an empty list means the record is possible and agrees with
 * the knowledge base. Pure; never throws on a malformed record (schema problems are violations too).
 */
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import type { RecordViolation } from './recordCheck.ts';
import { RECORD_CHECKS } from './recordChecks/index.ts';
import { matchesSchema } from './recordChecks/matchesSchema.ts';

export type { RecordViolation } from './recordCheck.ts';

export interface CheckOptions {
  /**
   * Whether to validate against the zod schema (default true). The generator skips it: its records
   * are built by typed code and every numeric bound the schema adds is also a named rule, and the
   * parse is a quarter of the cost of a record. Records from anywhere else must be schema-checked.
   */
  schema?: boolean;
}

/** Every violation of every record check (empty when the record is possible). */
export function checkRecord(
  record: PatientRecord,
  ontology: Ontology,
  options: CheckOptions = {},
): RecordViolation[] {
  const out: RecordViolation[] = [];
  const schema = options.schema ?? true;
  for (const rule of RECORD_CHECKS) {
    if (!schema && rule === matchesSchema) continue;
    try {
      const found = rule.check(record, ontology);
      for (const v of found) out.push(v);
    } catch (error) {
      // a record malformed enough to crash a rule is a violation of that rule, not a crash of the caller
      out.push({ rule: rule.name, path: '', message: `check could not run: ${String(error)}` });
    }
  }
  return out;
}
