/**
 * One line of an AgentClinic OSCE file, parsed and vetted: valid JSON, the OSCE shape (leniently),
 * a diagnosis, and no field that would identify a real person (name, MRN, date of birth, address, ...):
 * the importer accepts simulated cases only, never pasted patient records.
 */
import { type AgentClinicCase, AgentClinicCase as AgentClinicCaseSchema } from './agentClinicShape.ts';
import { type ImportResult, imported, skipped } from './importResult.ts';
import { flattenText, humanizeKey, keysOf } from './looseText.ts';

const IDENTIFYING =
  /^(?:(?:patient|full|first|last|given|family|middle|maiden) name|name|surname|mrn|medical record(?: number)?|record number|hospital number|patient id|dob|date of birth|birth ?date|address|home address|(?:home |mobile |cell |tele)?phone(?: number)?|telephone|e-?mail|ssn|social security(?: number)?|nhs number|insurance(?: number| id)?|zip(?: code)?|postcode)$/i;

export interface ParsedCase {
  osce: AgentClinicCase['OSCE_Examination'];
  /** `Correct_Diagnosis` as one line of text. */
  diagnosis: string;
}

/** Parses one JSON line; the error says why the line is not an importable simulated case. */
export function parseAgentClinicCase(line: string): ImportResult<ParsedCase> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (error) {
    return skipped(
      'invalid_json',
      `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (typeof raw !== 'object' || raw === null || !('OSCE_Examination' in raw)) {
    return skipped(
      'not_osce_case',
      'no OSCE_Examination object: only AgentClinic OSCE cases are accepted (not the NEJM image-challenge format, not patient records)',
    );
  }
  const parsed = AgentClinicCaseSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    return skipped('not_osce_case', `not the AgentClinic OSCE shape (${issues.join('; ')})`);
  }
  const identifying = keysOf(parsed.data.OSCE_Examination).find((k) => IDENTIFYING.test(humanizeKey(k)));
  if (identifying !== undefined) {
    return skipped(
      'identifying_field',
      `has a "${identifying}" field: this looks like a real patient record, and only simulated cases are accepted`,
    );
  }
  const diagnosis = flattenText(parsed.data.OSCE_Examination.Correct_Diagnosis);
  if (diagnosis === '') return skipped('no_diagnosis', 'Correct_Diagnosis is empty');
  return imported({ osce: parsed.data.OSCE_Examination, diagnosis });
}
