import { describe, expect, it } from 'vitest';
import { lastAnswered, questionText } from '../../src/adapters/discord/CaseConversations.ts';
import { caseKeyOf, parseCaseKey } from '../../src/adapters/discord/caseKey.ts';
import { shouldRejectRateLimit } from '../../src/adapters/discord/createDiscordClient.ts';
import { identifyDelayMs } from '../../src/adapters/storage/KeyvStartLog.ts';
import { caseFixture } from '../storage/caseFixture.ts';

describe('small Discord policies', () => {
  it('GIVEN a thread rename that would wait on a rate limit THEN the request fails instead of stalling; short waits are waited out', () => {
    const rename = { method: 'PATCH', route: '/channels/:id', timeToReset: 600_000, retryAfter: 600_000 };
    expect(shouldRejectRateLimit(rename, 10_000)).toBe(true);
    expect(
      shouldRejectRateLimit(
        { method: 'POST', route: '/channels/:id/messages', timeToReset: 800, retryAfter: 800 },
        10_000,
      ),
    ).toBe(false);
    expect(
      shouldRejectRateLimit(
        { method: 'POST', route: '/channels/:id/messages', timeToReset: 30_000, retryAfter: 30_000 },
        10_000,
      ),
    ).toBe(true);
  });

  it('GIVEN repeated starts THEN logging in is delayed more and more, capped at 15 minutes', () => {
    expect([1, 3, 4, 5, 6].map(identifyDelayMs)).toEqual([0, 0, 15_000, 30_000, 60_000]);
    expect(identifyDelayMs(40)).toBe(15 * 60_000);
  });

  it('GIVEN a case key THEN guild and thread come back out; sandbox keys are not Discord cases', () => {
    const key = caseKeyOf('100000000000000001', '100000000000000002');
    expect(parseCaseKey(key)).toEqual({ guildId: '100000000000000001', threadId: '100000000000000002' });
    expect(parseCaseKey('terminal:case')).toBeUndefined();
  });

  it('GIVEN answered ids of different lengths THEN the newest by time is where catch-up starts', () => {
    const state = caseFixture('g:t', {
      processed: ['99999999999999999', '100000000000000005', 'not-a-snowflake'],
      transcript: [{ at: 1, kind: 'ask', author: 'u', text: 'q', sourceId: '100000000000000009' }],
    });
    expect(lastAnswered(state, '100000000000000001')).toBe('100000000000000009');
    expect(lastAnswered(caseFixture('g:t'), '100000000000000001')).toBe('100000000000000001');
  });

  it('GIVEN a message mentioning the bot THEN the mention is not part of the question; bots and empty text are ignored', () => {
    const message = (content: string, bot = false) =>
      ({ content, author: { bot }, webhookId: null, system: false }) as unknown as Parameters<
        typeof questionText
      >[0];
    expect(questionText(message('<@42> do you smoke?'), '42')).toBe('do you smoke?');
    expect(questionText(message(''), '42')).toBeUndefined();
    expect(questionText(message('<@42>'), '42')).toBeUndefined();
    expect(questionText(message('hello', true), '42')).toBeUndefined();
  });
});
