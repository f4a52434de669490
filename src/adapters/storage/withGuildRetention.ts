/**
 * A CaseStore decorator that keeps each case as long as its guild's retention setting says, instead of
 * the one retention period the case service was built with.
 */
import type { CaseStore } from '../../cases/CaseStore.ts';
import type { CaseState } from '../../domain/case.ts';

const DAY_MS = 24 * 3_600_000;

/** `retentionDaysOf` answers per guild (undefined = keep the service's default). */
export function withGuildRetention(
  store: CaseStore,
  retentionDaysOf: (guildId: string) => Promise<number | undefined>,
): CaseStore {
  return {
    get: (key) => store.get(key),
    put: async (state: CaseState, ttlMs: number) => {
      const days = state.guildId === undefined ? undefined : await retentionDaysOf(state.guildId);
      return store.put(state, days === undefined ? ttlMs : days * DAY_MS);
    },
    delete: (key) => store.delete(key),
    openKeys: () => store.openKeys(),
    close: () => store.close(),
  };
}
