/** Expected failures are values, not exceptions: the edge (Discord, CLI) turns them into words. */
import type { ErrorCode } from './errors.ts';

export interface Failure {
  code: ErrorCode;
  /** Machine-readable context (valid values, the id that was not found, ...). Never shown raw to users. */
  detail?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(code: ErrorCode, detail?: Record<string, unknown>): Result<T> =>
  detail === undefined ? { ok: false, error: { code } } : { ok: false, error: { code, detail } };
