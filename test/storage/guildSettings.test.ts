import { describe, expect, it } from 'vitest';
import { KeyvCaseStore } from '../../src/adapters/storage/KeyvCaseStore.ts';
import { KeyvGuildSettingsStore } from '../../src/adapters/storage/KeyvGuildSettingsStore.ts';
import { openKeyvBackend } from '../../src/adapters/storage/openKeyvBackend.ts';
import { parseStoreUrl } from '../../src/adapters/storage/parseStoreUrl.ts';
import { withGuildRetention } from '../../src/adapters/storage/withGuildRetention.ts';
import { caseFixture } from './caseFixture.ts';

const GUILD = '100000000000000001';

describe('guild settings and retention', () => {
  it('GIVEN no saved settings THEN defaults; GIVEN updates THEN they merge, reset and survive a new store instance', async () => {
    const backend = openKeyvBackend({ kind: 'memory' });
    const keyv = backend.open('settings');
    const settings = new KeyvGuildSettingsStore(keyv);
    expect(await settings.get(GUILD)).toEqual({});
    await settings.update(GUILD, { retentionDays: 7, model: false, enabledSpecialties: ['cardiology'] });
    await settings.update(GUILD, { enabledSpecialties: undefined });
    expect(await new KeyvGuildSettingsStore(keyv).get(GUILD)).toEqual({ retentionDays: 7, model: false });
  });

  it('GIVEN an invalid value THEN update refuses it and nothing is saved', async () => {
    const settings = new KeyvGuildSettingsStore(openKeyvBackend({ kind: 'memory' }).open('settings'));
    await expect(settings.update(GUILD, { retentionDays: 0 })).rejects.toThrow();
    expect(await settings.get(GUILD)).toEqual({});
  });

  it("GIVEN a guild retention of 1 day THEN its cases expire after 1 day, others after the service's period", async () => {
    const now = 1_800_000_000_000;
    const backend = openKeyvBackend({ kind: 'memory' });
    const cases = backend.open('cases');
    const store = new KeyvCaseStore({ cases, markers: backend.open('cases-open'), clock: () => now });
    const retained = withGuildRetention(store, async (g) => (g === GUILD ? 1 : undefined));
    const thirtyDays = 30 * 86_400_000;
    await retained.put(caseFixture('a:1', { guildId: GUILD }), thirtyDays);
    await retained.put(caseFixture('b:1', { guildId: '100000000000000009' }), thirtyDays);
    const ttl = async (key: string): Promise<number> => {
      const raw = (await cases.get(key, { raw: true })) as { expires?: number } | undefined;
      return (raw?.expires ?? 0) - Date.now();
    };
    expect(await ttl('a:1')).toBeLessThanOrEqual(86_400_000);
    expect(await ttl('a:1')).toBeGreaterThan(86_400_000 - 60_000);
    expect(await ttl('b:1')).toBeGreaterThan(29 * 86_400_000);
  });

  it('GIVEN store URLs THEN memory, sqlite (relative and absolute) and redis are understood, anything else refused', () => {
    expect(parseStoreUrl('memory://')).toEqual({ ok: true, value: { kind: 'memory' } });
    expect(parseStoreUrl('sqlite://./data/x.sqlite', '/srv')).toEqual({
      ok: true,
      value: { kind: 'sqlite', path: '/srv/data/x.sqlite' },
    });
    expect(parseStoreUrl('sqlite:///var/x.sqlite')).toEqual({
      ok: true,
      value: { kind: 'sqlite', path: '/var/x.sqlite' },
    });
    expect(parseStoreUrl('redis://127.0.0.1:6379')).toEqual({
      ok: true,
      value: { kind: 'redis', url: 'redis://127.0.0.1:6379' },
    });
    expect(parseStoreUrl('mongodb://x').ok).toBe(false);
    expect(parseStoreUrl('sqlite://').ok).toBe(false);
  });
});
