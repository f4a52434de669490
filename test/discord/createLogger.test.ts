import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, scrubSecrets } from '../../src/adapters/log/createLogger.ts';

function memorySink(): { stream: Writable; lines: () => Record<string, unknown>[]; raw: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return {
    stream,
    raw: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const BOT_TOKEN = 'MTAxMjM0NTY3ODkwMTIzNDU2Nw.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789';

describe('createLogger', () => {
  it('GIVEN ids bound on a child THEN every line carries them', () => {
    const sink = memorySink();
    const log = createLogger({ level: 'info', destination: sink.stream });
    log.child({ guildId: 'g1', caseKey: 'g1:t1', userId: 'u1' }).info('turn answered');
    expect(sink.lines()[0]).toMatchObject({
      guildId: 'g1',
      caseKey: 'g1:t1',
      userId: 'u1',
      msg: 'turn answered',
    });
  });

  it('GIVEN tokens, keys and message text in fields THEN they are redacted', () => {
    const sink = memorySink();
    const log = createLogger({ level: 'info', destination: sink.stream });
    log.info(
      {
        token: BOT_TOKEN,
        config: { DISCORD_TOKEN: BOT_TOKEN, OPENAI_API_KEY: 'sk-abcdefghijklmnopqrstuvwx' },
        request: { headers: { authorization: `Bot ${BOT_TOKEN}` } },
        message: { content: 'I have crushing chest pain', id: '42' },
        text: 'private words',
      },
      'received',
    );
    const raw = sink.raw();
    expect(raw).not.toContain(BOT_TOKEN);
    expect(raw).not.toContain('sk-abcdefghijklmnopqrstuvwx');
    expect(raw).not.toContain('crushing chest pain');
    expect(raw).not.toContain('private words');
    expect(sink.lines()[0]).toMatchObject({ message: { id: '42', content: '[redacted]' } });
  });

  it('GIVEN an error whose URL holds an interaction token THEN the token is scrubbed from the logged error', () => {
    const sink = memorySink();
    const log = createLogger({ level: 'info', destination: sink.stream });
    const error = Object.assign(new Error('Unknown interaction'), {
      url: 'http://127.0.0.1:1/api/v10/webhooks/123456/aW50ZXJhY3Rpb246c2VjcmV0dG9rZW4/messages/@original',
      requestBody: { json: { content: 'the patient said something' } },
    });
    log.error({ err: error }, `PATCH ${error.url} failed with ${BOT_TOKEN}`);
    const raw = sink.raw();
    expect(raw).not.toContain('aW50ZXJhY3Rpb246c2VjcmV0dG9rZW4');
    expect(raw).not.toContain('the patient said something');
    expect(raw).not.toContain(BOT_TOKEN);
    expect(raw).toContain('/webhooks/123456/[redacted]');
  });

  it('GIVEN a store URL with a password THEN scrubSecrets hides the password only', () => {
    expect(scrubSecrets('redis://user:hunter2@127.0.0.1:6379')).toBe(
      'redis://user:[redacted]@127.0.0.1:6379',
    );
  });

  it('GIVEN level silent THEN nothing is written', () => {
    const sink = memorySink();
    createLogger({ level: 'silent', destination: sink.stream }).error('boom');
    expect(sink.raw()).toBe('');
  });
});
