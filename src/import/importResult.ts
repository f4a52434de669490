/**
 * Why an imported case was skipped: stable codes for tools and tests, with a message for the person
 * running the import. Expected per-line outcomes are values, never exceptions.
 */
export const IMPORT_SKIP_CODES = [
  'invalid_json',
  'not_osce_case',
  'identifying_field',
  'no_diagnosis',
  'no_known_symptom',
  'invalid_record',
] as const;
export type ImportSkipCode = (typeof IMPORT_SKIP_CODES)[number];

export interface ImportSkip {
  code: ImportSkipCode;
  message: string;
}

export type ImportResult<T> = { ok: true; value: T } | { ok: false; error: ImportSkip };

/** A case that converted. */
export const imported = <T>(value: T): ImportResult<T> => ({ ok: true, value });
/** A case that was skipped, and why. */
export const skipped = <T = never>(code: ImportSkipCode, message: string): ImportResult<T> => ({
  ok: false,
  error: { code, message },
});
