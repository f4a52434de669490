/** The port through which cases are stored; adapters implement it over Keyv (memory, SQLite, Redis). */
import type { CaseState } from '../domain/case.ts';

export interface CaseStore {
  /** The case, or undefined when there is none. Throws PatientZeroError('store_unavailable') on outage. */
  get(key: string): Promise<CaseState | undefined>;
  /**
   * Writes the case if the stored version is still `state.version - 1` (or absent for version 0).
   * Returns false on a version conflict. `ttlMs` is the retention period.
   */
  put(state: CaseState, ttlMs: number): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Keys of cases that are open, for catch-up after a restart (best effort). */
  openKeys(): Promise<string[]>;
  close(): Promise<void>;
}
