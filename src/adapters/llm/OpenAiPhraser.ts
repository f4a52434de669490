/**
 * The Phraser over the openai SDK: any OpenAI-compatible chat-completions server (OpenAI, Ollama,
 * vLLM, llama.cpp server) through `baseURL`. One call per attempt with strict JSON-schema structured
 * output, an explicit SDK timeout and retry count, bounded `retry-after` waits, and the turn's
 * AbortSignal; the answer is re-validated with zod. Every failure becomes a Result; nothing is thrown.
 */
import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { PhraseInput, PhraseOutput, Phraser } from '../../cases/Phraser.ts';
import { buildPrompt } from '../../dialogue/buildPrompt.ts';
import { fail, type Result } from '../../domain/result.ts';
import { boundRetryAfter } from './boundRetryAfter.ts';
import { mapOpenAiError } from './mapOpenAiError.ts';
import { ModelReply, parseModelContent } from './modelReply.ts';

export interface OpenAiPhraserOptions {
  /** API key; local servers ignore it (a placeholder is sent). */
  apiKey?: string | undefined;
  /** e.g. `http://localhost:11434/v1` for Ollama; default: OpenAI. */
  baseURL?: string | undefined;
  model: string;
  /** The SDK's timeout for one HTTP attempt. */
  timeoutMs: number;
  /** The SDK's retries (429, 5xx, connection errors). */
  maxRetries: number;
  /** Longest `retry-after` honoured; longer waits fail fast as rate limited. Default: min(5 s, timeout/2). */
  maxRetryAfterMs?: number;
  /** Most tokens of one answer. */
  maxTokens?: number;
  temperature?: number;
  /** For tests: the fetch the SDK uses. */
  fetch?: typeof globalThis.fetch;
}

const FORMAT = zodResponseFormat(ModelReply, 'patient_reply');

/** Resolves with the promise, or rejects as soon as `signal` aborts (the SDK's retry sleep ignores it). */
function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    promise.catch(() => undefined);
    return Promise.reject(new Error('aborted'));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new Error('aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener('abort', onAbort);
        resolve(v);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}

export class OpenAiPhraser implements Phraser {
  private readonly client: OpenAI;
  private readonly model: string;
  private readonly maxTokens: number;
  private readonly temperature: number;

  constructor(options: OpenAiPhraserOptions) {
    const maxWait = options.maxRetryAfterMs ?? Math.min(5_000, options.timeoutMs / 2);
    this.client = new OpenAI({
      apiKey: options.apiKey ?? 'no-key',
      baseURL: options.baseURL ?? 'https://api.openai.com/v1',
      organization: null,
      project: null,
      timeout: options.timeoutMs,
      maxRetries: options.maxRetries,
      fetch: boundRetryAfter(options.fetch ?? globalThis.fetch, maxWait),
    });
    this.model = options.model;
    this.maxTokens = options.maxTokens ?? 400;
    this.temperature = options.temperature ?? 0.7;
  }

  async phrase(input: PhraseInput, signal: AbortSignal): Promise<Result<PhraseOutput>> {
    const { messages } = buildPrompt(input);
    try {
      const request = this.client.chat.completions.create(
        {
          model: this.model,
          messages,
          response_format: FORMAT,
          temperature: this.temperature,
          max_tokens: this.maxTokens,
        },
        { signal },
      );
      const completion = await raceAbort(request, signal);
      const choice = completion.choices[0];
      if (!choice) return fail('llm_unavailable', { reason: 'schema' });
      if (choice.finish_reason === 'length') return fail('llm_unavailable', { reason: 'length' });
      if (choice.finish_reason === 'content_filter' || (choice.message.refusal ?? null) !== null) {
        return fail('llm_unavailable', { reason: 'refusal' });
      }
      return parseModelContent(choice.message.content);
    } catch (error) {
      return mapOpenAiError(error, signal.aborted);
    }
  }
}
