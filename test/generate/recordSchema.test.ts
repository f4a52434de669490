import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordJsonSchemaText } from '../../src/domain/recordJsonSchema.ts';

describe('schema/patient-record.schema.json', () => {
  it('GIVEN the zod record schema THEN the checked-in JSON Schema is up to date (run `npm run schema`)', () => {
    const checkedIn = readFileSync(
      new URL('../../schema/patient-record.schema.json', import.meta.url),
      'utf8',
    );
    expect(checkedIn).toBe(recordJsonSchemaText());
  });
});
