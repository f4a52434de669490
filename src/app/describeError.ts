/**
 * The one place where failure codes become words for people (Discord replies, CLI messages).
 * Fixed wording; details are used only to list valid values or suggestions, never internals.
 */
import type { ErrorCode } from '../domain/errors.ts';
import type { Failure } from '../domain/result.ts';

const MESSAGES: Record<ErrorCode, string> = {
  unknown_specialty: 'There is no such specialty.',
  specialty_disabled: 'That specialty is switched off on this server.',
  unknown_condition: 'There is no such condition in this specialty.',
  unknown_difficulty: 'Difficulty must be easy, medium or hard.',
  unknown_system: 'I do not know that body system.',
  unknown_test: 'I do not know that test.',
  case_not_found: 'There is no case here. Start one with /patient new.',
  case_closed: 'This case is closed.',
  case_exists: 'A case is already running here.',
  not_authorized: 'Only instructors can do that.',
  input_too_long: 'That message is too long for one question. Please split it up.',
  empty_input: 'Please type something first.',
  llm_unavailable: 'The language model is not answering right now; the patient replies in plain mode.',
  store_unavailable:
    'Case storage is unavailable right now, so nothing was changed. Please try again in a minute.',
  rate_limited: 'Too many requests right now. Please wait a moment and try again.',
  busy: 'The patient is busy with another question. Please try again.',
  generation_failed: 'Could not create a valid patient for that request. Please try another.',
  invalid_record: 'That record is not a valid Patient Zero record.',
};

function list(value: unknown): string | undefined {
  return Array.isArray(value) && value.length > 0 ? value.map(String).join(', ') : undefined;
}

export function describeError(failure: Failure): string {
  let text = MESSAGES[failure.code];
  const valid = list(failure.detail?.valid);
  const suggestions = list(failure.detail?.suggestions);
  const max = failure.detail?.max;
  if (valid) text += ` Valid: ${valid}.`;
  if (suggestions) text += ` Did you mean: ${suggestions}?`;
  if (typeof max === 'number') text += ` (limit: ${max} characters)`;
  return text;
}
