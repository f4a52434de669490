/** `npm run schema`: writes the patient record's JSON Schema to schema/patient-record.schema.json. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { recordJsonSchemaText } from '../src/domain/recordJsonSchema.ts';

const out = fileURLToPath(new URL('../schema/patient-record.schema.json', import.meta.url));
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, recordJsonSchemaText());
process.stdout.write(`wrote ${out}\n`);
