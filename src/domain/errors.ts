/**
 * Every failure a user can meet, as one union of stable identifiers. Worded for people only at the
 * Discord or CLI edge (`describeError`), so nothing internal ever reaches a user.
 */
export const ERROR_CODES = [
  'unknown_specialty',
  'specialty_disabled',
  'unknown_condition',
  'unknown_difficulty',
  'unknown_system',
  'unknown_test',
  'case_not_found',
  'case_closed',
  'case_exists',
  'not_authorized',
  'input_too_long',
  'empty_input',
  'llm_unavailable',
  'store_unavailable',
  'rate_limited',
  'busy',
  'generation_failed',
  'invalid_record',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A thrown error that carries a stable code, for adapters whose callers must branch on it. */
export class PatientZeroError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'PatientZeroError';
  }
}
