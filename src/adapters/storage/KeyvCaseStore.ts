/**
 * The CaseStore port over Keyv (memory, SQLite or Redis). Writes are serialized per case and checked
 * against the stored version (Keyv has no compare-and-set); every failure of the backend surfaces as
 * PatientZeroError('store_unavailable'), never as "no case". Open cases are indexed by small marker
 * entries in a second namespace so a restarted bot can find the threads it must catch up on.
 */
import type { Keyv } from 'keyv';
import { z } from 'zod';
import type { CaseStore } from '../../cases/CaseStore.ts';
import { KeyedMutex } from '../../cases/KeyedMutex.ts';
import { CaseState, CaseStatus } from '../../domain/case.ts';
import { PatientZeroError } from '../../domain/errors.ts';

export interface KeyvCaseStoreOptions {
  /** Where cases live (namespaced). */
  cases: Keyv;
  /** Where open-case markers live (another namespace). */
  markers: Keyv;
  clock?: () => number;
  /** Deadline for one backend operation; a hung connection must not hang a turn. */
  opTimeoutMs?: number;
  /** Closes the backend (connections) when the store closes. */
  close?: () => Promise<void>;
  /** Told about stored cases that no longer parse (schema drift, corruption). */
  onInvalid?: (key: string, problems: string[]) => void;
}

/** Only what the version check needs, read from the stored JSON without parsing the whole case. */
const StoredHead = z.looseObject({ version: z.number().int(), status: CaseStatus });

export class KeyvCaseStore implements CaseStore {
  private readonly mutex = new KeyedMutex();
  /** Marker expiry this process last wrote, so markers are refreshed rarely rather than on every turn. */
  private readonly markerExpiry = new Map<string, number>();
  private readonly clock: () => number;
  private readonly opTimeoutMs: number;

  constructor(private readonly options: KeyvCaseStoreOptions) {
    this.clock = options.clock ?? Date.now;
    this.opTimeoutMs = options.opTimeoutMs ?? 3_000;
  }

  async get(key: string): Promise<CaseState | undefined> {
    const raw = await this.call('get', () => this.options.cases.get(key));
    if (raw === undefined || raw === null) return undefined;
    const parsed = CaseState.safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
      this.options.onInvalid?.(key, problems);
      throw new PatientZeroError('store_unavailable', `stored case ${key} does not parse`, {
        reason: 'invalid_state',
      });
    }
    return parsed.data;
  }

  put(state: CaseState, ttlMs: number): Promise<boolean> {
    return this.mutex.run(state.key, async () => {
      const rawPrevious = await this.call('get', () => this.options.cases.get(state.key));
      const previous =
        rawPrevious === undefined || rawPrevious === null ? undefined : StoredHead.safeParse(rawPrevious);
      if (previous && !previous.success) {
        throw new PatientZeroError('store_unavailable', `stored case ${state.key} has no version`, {
          reason: 'invalid_state',
        });
      }
      const head = previous?.data;
      const expected = head === undefined ? 0 : head.version + 1;
      if (state.version !== expected) return false;

      const now = this.clock();
      const wasOpen = head?.status === 'open';
      if (state.status === 'open') {
        // marker first: a crash between the two writes leaves a marker without a case (skipped), not the reverse
        const known = this.markerExpiry.get(state.key);
        if (!wasOpen || known === undefined || known < now + ttlMs / 2) {
          const expiresAt = now + ttlMs;
          await this.call('set', () => this.options.markers.set(state.key, expiresAt, ttlMs));
          this.markerExpiry.set(state.key, expiresAt);
        }
        await this.call('set', () => this.options.cases.set(state.key, state, ttlMs));
      } else {
        await this.call('set', () => this.options.cases.set(state.key, state, ttlMs));
        if (wasOpen || this.markerExpiry.has(state.key)) {
          await this.call('delete', () => this.options.markers.delete(state.key));
          this.markerExpiry.delete(state.key);
        }
      }
      return true;
    });
  }

  delete(key: string): Promise<void> {
    return this.mutex.run(key, async () => {
      await this.call('delete', () => this.options.cases.delete(key));
      await this.call('delete', () => this.options.markers.delete(key));
      this.markerExpiry.delete(key);
    });
  }

  async openKeys(): Promise<string[]> {
    const iterate = this.options.markers.iterator;
    if (!iterate) return [];
    const now = this.clock();
    const keys: string[] = [];
    await this.call(
      'iterate',
      async () => {
        for await (const [key, value] of iterate.call(this.options.markers, undefined)) {
          if (typeof key === 'string' && (typeof value !== 'number' || value > now)) keys.push(key);
        }
      },
      this.opTimeoutMs * 10,
    );
    return keys.sort();
  }

  async close(): Promise<void> {
    await this.options.close?.();
  }

  /** Runs one backend operation under a deadline, turning every failure into store_unavailable. */
  private async call<T>(operation: string, run: () => Promise<T>, timeoutMs = this.opTimeoutMs): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`store ${operation} timed out after ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([run(), deadline]);
    } catch (error) {
      if (error instanceof PatientZeroError) throw error;
      throw new PatientZeroError('store_unavailable', `store ${operation} failed`, {
        reason: error instanceof Error ? error.message : String(error),
      });
    } finally {
      clearTimeout(timer);
    }
  }
}
