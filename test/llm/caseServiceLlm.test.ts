import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCaseStore } from '../../src/adapters/storage/createCaseStore.ts';
import { CaseService } from '../../src/cases/CaseService.ts';
import { RecordCache } from '../../src/cases/RecordCache.ts';
import { behave, FakeOpenAi } from '../fakes/fakeOpenAi.ts';
import { mrChestPain } from '../fixtures/patients.ts';
import { lexicon, ontology, phraserFor } from './llmFixtures.ts';

let fake: FakeOpenAi;
beforeAll(async () => {
  fake = await new FakeOpenAi().start();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => {
  fake.reset();
  fake.setFallback(behave.answer("I'm not sure, doctor."));
});

const where = { key: 'g1:t1', userId: 'u1' };

function lastUserMessage(): string {
  const body = fake.requests.at(-1)?.body;
  const user = body?.messages.filter((m) => m.role === 'user').at(-1);
  return typeof user?.content === 'string' ? user.content : JSON.stringify(user?.content ?? '');
}

describe('CaseService with a model', () => {
  it('GIVEN a second question THEN the prompt quotes this question, not the previous one', async () => {
    const service = new CaseService({
      store: createCaseStore({ url: 'memory://', namespace: 'llm' }),
      ontology,
      lexicon,
      retentionMs: 3_600_000,
      phraser: phraserFor(fake),
    });
    await service.start({ ...where, specialty: 'cardiology', record: mrChestPain });
    fake.script(behave.answer('It started this morning.'), behave.answer('No, I have never smoked.'));
    const first = await service.ask({ ...where, text: 'When did the pain start?' });
    const second = await service.ask({ ...where, text: 'Do you smoke at all?' });
    expect(first.ok && second.ok).toBe(true);
    const prompt = lastUserMessage();
    expect(prompt).toContain('Do you smoke at all?');
    // the first question is only in the recent conversation, before this turn's question
    expect(prompt.lastIndexOf('When did the pain start?')).toBeLessThan(
      prompt.indexOf('Do you smoke at all?'),
    );
  });
});

describe('RecordCache', () => {
  it('GIVEN a copy of the record read back from a store THEN the first object is reused', () => {
    const cache = new RecordCache();
    cache.set('k', mrChestPain);
    const copy = structuredClone(mrChestPain);
    expect(cache.same('k', copy)).toBe(mrChestPain);
  });

  it('GIVEN a different record for the same case THEN it replaces the remembered one', () => {
    const cache = new RecordCache();
    cache.set('k', mrChestPain);
    const other = { ...structuredClone(mrChestPain), seed: 'another' };
    expect(cache.same('k', other)).toBe(other);
    expect(cache.same('k', structuredClone(other))).toBe(other);
  });

  it('GIVEN more cases than its capacity THEN the least recently used is forgotten', () => {
    const cache = new RecordCache(2);
    const a = { ...mrChestPain, id: 'a' };
    const b = { ...mrChestPain, id: 'b' };
    cache.set('a', a);
    cache.set('b', b);
    cache.same('a', structuredClone(a));
    cache.set('c', { ...mrChestPain, id: 'c' });
    expect(cache.same('a', structuredClone(a))).toBe(a);
    const bCopy = structuredClone(b);
    expect(cache.same('b', bCopy)).toBe(bCopy);
  });
});
