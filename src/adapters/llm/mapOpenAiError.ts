/** Turns what the openai SDK throws into a Result failure with a stable code and a reason. */
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  InternalServerError,
  PermissionDeniedError,
  RateLimitError,
} from 'openai';
import { ContentFilterFinishReasonError, LengthFinishReasonError } from 'openai/core/error';
import type { PhraseOutput } from '../../cases/Phraser.ts';
import { fail, type Result } from '../../domain/result.ts';

/** The failure for an error thrown by the SDK (or by the deadline race). Never throws. */
export function mapOpenAiError(error: unknown, aborted: boolean): Result<PhraseOutput> {
  if (aborted || error instanceof APIUserAbortError) return fail('llm_unavailable', { reason: 'deadline' });
  if (error instanceof APIConnectionTimeoutError) return fail('llm_unavailable', { reason: 'timeout' });
  if (error instanceof APIConnectionError) return fail('llm_unavailable', { reason: 'connection' });
  if (error instanceof RateLimitError) {
    const retryAfter = error.headers?.get('retry-after') ?? undefined;
    return fail('rate_limited', { reason: 'rate_limited', ...(retryAfter ? { retryAfter } : {}) });
  }
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) {
    return fail('llm_unavailable', { reason: 'auth', status: error.status });
  }
  if (error instanceof InternalServerError)
    return fail('llm_unavailable', { reason: 'server', status: error.status });
  if (error instanceof APIError) {
    const status = error.status;
    if (typeof status === 'number' && status >= 500)
      return fail('llm_unavailable', { reason: 'server', status });
    return fail('llm_unavailable', { reason: 'bad_request', ...(status !== undefined ? { status } : {}) });
  }
  if (error instanceof LengthFinishReasonError) return fail('llm_unavailable', { reason: 'length' });
  if (error instanceof ContentFilterFinishReasonError) return fail('llm_unavailable', { reason: 'refusal' });
  return fail('llm_unavailable', {
    reason: 'unknown',
    name: error instanceof Error ? error.name : typeof error,
  });
}
