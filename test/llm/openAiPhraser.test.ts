import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PhraseInput } from '../../src/cases/Phraser.ts';
import { patientView } from '../../src/dialogue/patientView.ts';
import { emptyMemory } from '../../src/domain/dialogue.ts';
import { behave, FakeOpenAi } from '../fakes/fakeOpenAi.ts';
import { mrChestPain } from '../fixtures/patients.ts';
import { ontology, phraserFor, plan } from './llmFixtures.ts';

const input: PhraseInput = {
  view: patientView(mrChestPain, ontology),
  memory: emptyMemory(),
  recent: [],
  question: 'Does the pain go anywhere?',
  disclosure: plan(['symptom:chest-pain/radiation', 'present', 'down my left arm and up into my jaw']),
  examples: {},
};

const never = (): AbortSignal => new AbortController().signal;
const within = (ms: number): AbortSignal => AbortSignal.timeout(ms);

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await new FakeOpenAi().start();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await run();
  return { value, ms: Date.now() - started };
}

describe('OpenAiPhraser through the real openai SDK', () => {
  it('GIVEN a normal answer THEN returns the reply, with one request in strict JSON-schema structured output', async () => {
    fake.script(behave.answer('It goes down my left arm.', [{ key: 'dog', value: 'a collie called Max' }]));
    const result = await phraserFor(fake).phrase(input, never());
    expect(result).toEqual({
      ok: true,
      value: {
        reply: 'It goes down my left arm.',
        improvised: [{ key: 'dog', value: 'a collie called Max' }],
      },
    });
    expect(fake.requests).toHaveLength(1);
    const body = fake.requests[0]?.body;
    expect(body?.model).toBe('fake-model');
    expect(body?.response_format?.type).toBe('json_schema');
    expect(body?.response_format?.json_schema?.strict).toBe(true);
    const schema = body?.response_format?.json_schema?.schema as {
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.required.sort()).toEqual(['improvised', 'reply']);
    expect(schema.additionalProperties).toBe(false);
    expect(body?.messages.map((m) => m.role)).toEqual(['system', 'user']);
  });

  it('GIVEN a slow answer inside the timeout THEN it is used', async () => {
    fake.script(behave.slow(300, 'It goes down my left arm.'));
    const result = await phraserFor(fake).phrase(input, never());
    expect(result.ok).toBe(true);
  });

  it('GIVEN an answer slower than the SDK timeout THEN fails as a timeout, retries bounded', async () => {
    fake.setFallback(behave.slow(5_000, 'too late'));
    const { value, ms } = await timed(() =>
      phraserFor(fake, { timeoutMs: 500, maxRetries: 1 }).phrase(input, never()),
    );
    fake.setFallback(behave.answer("I'm not sure, doctor."));
    expect(value).toMatchObject({
      ok: false,
      error: { code: 'llm_unavailable', detail: { reason: 'timeout' } },
    });
    expect(fake.requests).toHaveLength(2);
    expect(ms).toBeLessThan(3_500);
  });

  it('GIVEN a hanging server THEN the turn deadline ends the call on time, whatever the SDK timeout', async () => {
    fake.script(behave.hang());
    const { value, ms } = await timed(() =>
      phraserFor(fake, { timeoutMs: 60_000 }).phrase(input, within(400)),
    );
    expect(value).toMatchObject({
      ok: false,
      error: { code: 'llm_unavailable', detail: { reason: 'deadline' } },
    });
    expect(ms).toBeGreaterThanOrEqual(380);
    expect(ms).toBeLessThan(1_500);
  });

  it('GIVEN a 429 with a short retry-after THEN it is honoured and the retry succeeds', async () => {
    fake.script(behave.rateLimited(1), behave.answer('It goes down my left arm.'));
    const { value, ms } = await timed(() => phraserFor(fake).phrase(input, never()));
    expect(value.ok).toBe(true);
    expect(fake.requests).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(900);
  });

  it('GIVEN a 429 asking for a long wait THEN fails fast as rate limited, without sleeping', async () => {
    fake.script(behave.rateLimited(120));
    const { value, ms } = await timed(() => phraserFor(fake).phrase(input, never()));
    expect(value).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(fake.requests).toHaveLength(1);
    expect(ms).toBeLessThan(1_000);
  });

  it('GIVEN a 429 whose retry-after outlasts the deadline THEN the deadline still ends the wait', async () => {
    fake.script(behave.rateLimited(3), behave.answer('late'));
    const { value, ms } = await timed(() =>
      phraserFor(fake, { maxRetryAfterMs: 10_000 }).phrase(input, within(500)),
    );
    expect(value).toMatchObject({ ok: false, error: { detail: { reason: 'deadline' } } });
    expect(ms).toBeLessThan(1_500);
  });

  it('GIVEN repeated 429s without retry-after THEN retries stop at maxRetries', async () => {
    fake.setFallback(behave.rateLimited());
    const result = await phraserFor(fake, { maxRetries: 2 }).phrase(input, never());
    fake.setFallback(behave.answer("I'm not sure, doctor."));
    expect(result).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect(fake.requests).toHaveLength(3);
  });

  it('GIVEN a 500 then an answer THEN the SDK retry succeeds', async () => {
    fake.script(behave.serverError(500), behave.answer('It goes down my left arm.'));
    const result = await phraserFor(fake).phrase(input, never());
    expect(result.ok).toBe(true);
    expect(fake.requests).toHaveLength(2);
  });

  it('GIVEN 500s THEN fails after maxRetries + 1 requests as a server failure', async () => {
    fake.script(behave.serverError(500), behave.serverError(503));
    const result = await phraserFor(fake, { maxRetries: 1 }).phrase(input, never());
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'llm_unavailable', detail: { reason: 'server' } },
    });
    expect(fake.requests).toHaveLength(2);
  });

  it.each([
    ['truncated JSON', behave.malformed(), 'malformed'],
    ['plain text instead of JSON', behave.notJson(), 'malformed'],
    [
      'JSON of the wrong shape (the server claims a schema it did not enforce)',
      behave.wrongShape(),
      'schema',
    ],
    ['an answer cut off at the token limit (finish_reason length)', behave.truncated(), 'length'],
    ['a refusal', behave.refusal(), 'refusal'],
    ['a content-filter stop', behave.contentFilter(), 'refusal'],
    ['an empty reply', behave.answer('   '), 'schema'],
  ])('GIVEN %s THEN it is a failure with reason %s (never thrown)', async (_, behaviour, reason) => {
    fake.script(behaviour);
    const result = await phraserFor(fake).phrase(input, never());
    expect(result).toMatchObject({ ok: false, error: { code: 'llm_unavailable', detail: { reason } } });
    expect(fake.requests).toHaveLength(1);
  });

  it('GIVEN a JSON answer wrapped in a code fence (some local servers) THEN it is still read', async () => {
    fake.script({
      kind: 'content',
      content: '```json\n{"reply": "It goes down my arm.", "improvised": null}\n```',
    });
    const result = await phraserFor(fake).phrase(input, never());
    expect(result).toEqual({ ok: true, value: { reply: 'It goes down my arm.', improvised: [] } });
  });

  it('GIVEN a dropped connection THEN fails as a connection failure after bounded retries', async () => {
    fake.script(behave.dropConnection(), behave.dropConnection());
    const result = await phraserFor(fake, { maxRetries: 1 }).phrase(input, never());
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'llm_unavailable', detail: { reason: 'connection' } },
    });
    expect(fake.requests).toHaveLength(2);
  });

  it('GIVEN no server at all THEN fails as a connection failure', async () => {
    const closed = await new FakeOpenAi().start();
    const url = closed.baseURL;
    await closed.close();
    const phraser = phraserFor(fake, { baseURL: url, maxRetries: 0 });
    const result = await phraser.phrase(input, never());
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'llm_unavailable', detail: { reason: 'connection' } },
    });
  });

  it('GIVEN an already aborted signal THEN no request is sent', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await phraserFor(fake).phrase(input, controller.signal);
    expect(result).toMatchObject({ ok: false, error: { detail: { reason: 'deadline' } } });
    expect(fake.requests).toHaveLength(0);
  });
});
