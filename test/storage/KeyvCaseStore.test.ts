import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCaseStore } from '../../src/adapters/storage/createCaseStore.ts';
import type { KeyvCaseStore } from '../../src/adapters/storage/KeyvCaseStore.ts';
import { openKeyvBackend } from '../../src/adapters/storage/openKeyvBackend.ts';
import { PatientZeroError } from '../../src/domain/errors.ts';
import { caseFixture, nextVersion } from './caseFixture.ts';
import { type RedisServer, startRedis } from './startRedis.ts';

const DAY = 86_400_000;
let redis: RedisServer;
const dir = mkdtempSync(join(tmpdir(), 'pz-store-'));
let counter = 0;

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.close();
  rmSync(dir, { recursive: true, force: true });
});

const backends: [string, () => string][] = [
  ['memory', () => 'memory://'],
  ['sqlite', () => `sqlite://${join(dir, 'cases.sqlite')}`],
  ['redis', () => redis.url],
];

describe.each(backends)('KeyvCaseStore on %s', (_name, url) => {
  const open = (): KeyvCaseStore => createCaseStore({ url: url(), namespace: `t${++counter}` });

  it('GIVEN no case WHEN get THEN undefined', async () => {
    const store = open();
    expect(await store.get('g:none')).toBeUndefined();
    await store.close();
  });

  it('GIVEN a first write THEN the case reads back equal and parsed', async () => {
    const store = open();
    const state = caseFixture('g:1');
    expect(await store.put(state, DAY)).toBe(true);
    expect(await store.get('g:1')).toEqual(state);
    await store.close();
  });

  it('GIVEN a stored version WHEN a stale or skipping version is written THEN it is refused and nothing changes', async () => {
    const store = open();
    const v0 = caseFixture('g:2');
    await store.put(v0, DAY);
    const v1 = nextVersion(v0, { hintsGiven: 1 });
    expect(await store.put(v1, DAY)).toBe(true);
    expect(await store.put(nextVersion(v0, { hintsGiven: 9 }), DAY)).toBe(false);
    expect(await store.put({ ...v1, version: 5 }, DAY)).toBe(false);
    expect(await store.put(caseFixture('g:2'), DAY)).toBe(false);
    expect((await store.get('g:2'))?.hintsGiven).toBe(1);
    await store.close();
  });

  it('GIVEN two writers racing on the same version THEN exactly one wins', async () => {
    const store = open();
    const v0 = caseFixture('g:3');
    await store.put(v0, DAY);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => store.put(nextVersion(v0, { hintsGiven: i + 1 }), DAY)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await store.get('g:3'))?.version).toBe(1);
    await store.close();
  });

  it('GIVEN open and closed cases THEN openKeys lists only the open ones, and forgets a case once it closes', async () => {
    const store = open();
    const a = caseFixture('g:a');
    await store.put(a, DAY);
    await store.put(caseFixture('g:b'), DAY);
    await store.put(caseFixture('g:c', { status: 'ended' }), DAY);
    expect(await store.openKeys()).toEqual(['g:a', 'g:b']);
    await store.put(nextVersion(a, { status: 'revealed' }), DAY);
    expect(await store.openKeys()).toEqual(['g:b']);
    await store.delete('g:b');
    expect(await store.openKeys()).toEqual([]);
    expect(await store.get('g:b')).toBeUndefined();
    await store.close();
  });

  it('GIVEN a short retention WHEN it passes THEN the case and its open marker are gone', async () => {
    const store = open();
    await store.put(caseFixture('g:ttl'), 150);
    expect(await store.get('g:ttl')).toBeDefined();
    await new Promise((r) => setTimeout(r, 400));
    expect(await store.get('g:ttl')).toBeUndefined();
    expect(await store.openKeys()).not.toContain('g:ttl');
    await store.close();
  });

  it('GIVEN two namespaces on one backend THEN neither sees the other', async () => {
    const a = open();
    const b = open();
    await a.put(caseFixture('g:shared'), DAY);
    expect(await b.get('g:shared')).toBeUndefined();
    expect(await b.openKeys()).toEqual([]);
    await a.close();
    await b.close();
  });
});

describe('KeyvCaseStore with unreadable data', () => {
  it('GIVEN a stored value that is not a case WHEN get THEN it throws store_unavailable instead of answering "no case"', async () => {
    const backend = openKeyvBackend({ kind: 'memory' });
    const cases = backend.open('bad');
    await cases.set('g:bad', { hello: 'world' });
    const { KeyvCaseStore } = await import('../../src/adapters/storage/KeyvCaseStore.ts');
    const invalid: string[] = [];
    const store = new KeyvCaseStore({
      cases,
      markers: backend.open('bad-open'),
      onInvalid: (k) => invalid.push(k),
    });
    await expect(store.get('g:bad')).rejects.toMatchObject({ code: 'store_unavailable' });
    expect(invalid).toEqual(['g:bad']);
  });

  it('GIVEN an empty or malformed namespace THEN the backend refuses to open it', () => {
    const backend = openKeyvBackend({ kind: 'memory' });
    expect(() => backend.open('')).toThrow(/namespace/);
    expect(() => backend.open('A:b')).toThrow(/namespace/);
  });
});

describe('KeyvCaseStore on SQLite across restarts', () => {
  it('GIVEN a case written by one process WHEN the store is reopened on the same file THEN the case and its open marker are there', async () => {
    const url = `sqlite://${join(dir, 'restart.sqlite')}`;
    const first = createCaseStore({ url, namespace: 'restart' });
    await first.put(caseFixture('g:r'), DAY);
    await first.close();
    const second = createCaseStore({ url, namespace: 'restart' });
    expect((await second.get('g:r'))?.key).toBe('g:r');
    expect(await second.openKeys()).toEqual(['g:r']);
    await second.close();
  });
});

describe('KeyvCaseStore on Redis during an outage', () => {
  it('GIVEN Redis goes down THEN reads and writes fail with store_unavailable quickly, and work again once it is back', async () => {
    const server = await startRedis();
    const store = createCaseStore({ url: server.url, namespace: 'outage', opTimeoutMs: 1_000 });
    try {
      const v0 = caseFixture('g:o');
      await store.put(v0, DAY);
      await server.stop(true);

      const started = Date.now();
      const read = await store.get('g:o').then(
        (v) => ({ ok: true as const, v }),
        (e: unknown) => ({ ok: false as const, e }),
      );
      expect(read.ok).toBe(false);
      expect(!read.ok && read.e instanceof PatientZeroError && read.e.code).toBe('store_unavailable');
      await expect(store.put(nextVersion(v0), DAY)).rejects.toMatchObject({ code: 'store_unavailable' });
      expect(Date.now() - started).toBeLessThan(5_000);

      await server.restart();
      // data was not persisted (no AOF in this test server): the store answers again, truthfully empty
      let back: unknown = 'pending';
      for (let i = 0; i < 50 && back === 'pending'; i++) {
        back = await store.get('g:o').catch(() => 'pending');
        if (back === 'pending') await new Promise((r) => setTimeout(r, 100));
      }
      expect(back).toBeUndefined();
    } finally {
      await store.close();
      await server.close();
    }
  });
});
