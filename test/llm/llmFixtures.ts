/**
 * Set-up for the model-path tests: the shipped knowledge base, a plan helper, the fake OpenAI server and
 * a real OpenAiPhraser pointed at it.
 */
import { OpenAiPhraser, type OpenAiPhraserOptions } from '../../src/adapters/llm/OpenAiPhraser.ts';
import { loadKnowledge } from '../../src/app/loadKnowledge.ts';
import type { DisclosedFact, Disclosure } from '../../src/domain/dialogue.ts';
import type { FakeOpenAi } from '../fakes/fakeOpenAi.ts';

const knowledge = loadKnowledge();
if (!knowledge.ok)
  throw new Error(`knowledge base has problems:\n${knowledge.problems.slice(0, 10).join('\n')}`);
export const { ontology, lexicon } = knowledge.value;

export function plan(...facts: [string, DisclosedFact['status'], string][]): Disclosure {
  return {
    queries: [],
    moves: [],
    facts: facts.map(([fact, status, value]) => ({ fact, path: 'test', status, value })),
  };
}

/** A real SDK-backed phraser on the fake server; small timeouts so failure tests stay fast. */
export function phraserFor(fake: FakeOpenAi, options: Partial<OpenAiPhraserOptions> = {}): OpenAiPhraser {
  return new OpenAiPhraser({
    baseURL: fake.baseURL,
    model: 'fake-model',
    timeoutMs: 2_000,
    maxRetries: 1,
    ...options,
  });
}

/** Every text a model was sent, joined (for "never in any prompt" assertions). */
export function promptText(fake: FakeOpenAi): string {
  return fake.requests.map((r) => r.body.messages.map((m) => m.content).join('\n')).join('\n');
}
