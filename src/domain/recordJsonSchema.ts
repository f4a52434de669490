/**
 * The published JSON Schema of a patient record, derived from the zod schema (the single source of
 * truth). `npm run schema` writes it to schema/patient-record.schema.json; a test fails when the
 * checked-in file is stale.
 */
import { z } from 'zod';
import { PatientRecord, RECORD_SCHEMA_VERSION } from './record.ts';

/** The schema as formatted JSON text, ending with a newline. */
export function recordJsonSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(PatientRecord, { target: 'draft-2020-12' }),
    $id: `https://patient-zero.invalid/schema/patient-record.v${RECORD_SCHEMA_VERSION}.json`,
    title: 'Patient Zero patient record',
    description:
      'A simulated virtual patient generated from the Patient Zero knowledge base. No real person is behind any record.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
