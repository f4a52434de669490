/** The model path from configuration: any OpenAI-compatible server, with bounded time and retries. */
import { OpenAiPhraser } from '../adapters/llm/OpenAiPhraser.ts';
import type { Phraser } from '../cases/Phraser.ts';
import type { Config } from './config.ts';

export function createPhraser(config: Config): Phraser {
  return new OpenAiPhraser({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    model: config.OPENAI_MODEL,
    timeoutMs: config.LLM_TIMEOUT_MS,
    maxRetries: config.LLM_MAX_RETRIES,
  });
}
