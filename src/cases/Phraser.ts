/**
 * The port to a language model that phrases a turn's plan as the patient's natural reply. The model
 * only phrases: the plan decides the facts, and the checker checks every reply it returns. Expected
 * failures (model down, rate limited, an answer that is not the agreed JSON) are Result values.
 */
import type { PromptInput, RecentTurn } from '../dialogue/buildPrompt.ts';
import type { Result } from '../domain/result.ts';

/** What the model is given: the patient-visible view, memory, recent turns, the plan, feedback. */
export type PhraseInput = PromptInput;
export type { RecentTurn };

export interface PhraseOutput {
  reply: string;
  /** New personal details the model made up (checked before they are kept). */
  improvised: { key: string; value: string }[];
}

/**
 * Why a phrasing failed, in `Failure.detail.reason`. The first group are problems with the answer
 * itself and are treated like a failed check (one retry); the others mean the model could not be used.
 */
export const OUTPUT_FAILURES = ['malformed', 'schema', 'refusal', 'length', 'empty'] as const;
export const TRANSPORT_FAILURES = [
  'timeout',
  'deadline',
  'connection',
  'server',
  'rate_limited',
  'auth',
  'bad_request',
  'unknown',
] as const;
export type PhraseFailureReason = (typeof OUTPUT_FAILURES)[number] | (typeof TRANSPORT_FAILURES)[number];

export interface Phraser {
  /** One model call. Resolves (never rejects) by the time `signal` aborts, or soon after. */
  phrase(input: PhraseInput, signal: AbortSignal): Promise<Result<PhraseOutput>>;
}
