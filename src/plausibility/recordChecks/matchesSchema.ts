/** The record parses with the published PatientRecord schema (types, required fields, bounds). */
import { PatientRecord } from '../../domain/record.ts';
import type { RecordCheck } from '../recordCheck.ts';

export const matchesSchema: RecordCheck = {
  name: 'matches-schema',
  description: 'The record is valid against the PatientRecord zod schema.',
  check(record) {
    const parsed = PatientRecord.safeParse(record);
    if (parsed.success) return [];
    return parsed.error.issues.map((i) => ({
      rule: 'matches-schema',
      path: i.path.map(String).join('.'),
      message: i.message,
    }));
  },
};
