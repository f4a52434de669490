/** A stored case around the shared fixture patient, for storage tests. */
import { CASE_SCHEMA_VERSION, type CaseState } from '../../src/domain/case.ts';
import { emptyMemory } from '../../src/domain/dialogue.ts';
import { mrChestPain } from '../fixtures/patients.ts';

export function caseFixture(key: string, overrides: Partial<CaseState> = {}): CaseState {
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    key,
    guildId: '100000000000000001',
    threadId: '100000000000000002',
    createdBy: '100000000000000003',
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    status: 'open',
    record: mrChestPain,
    memory: emptyMemory(),
    transcript: [{ at: 1_700_000_000_000, kind: 'triage', author: 'system', text: 'Triage note' }],
    coverage: {},
    diagnoses: [],
    hintsGiven: 0,
    processed: [],
    version: 0,
    ...overrides,
  };
}

/** The next version of `state`, as the case service writes it after a turn. */
export function nextVersion(state: CaseState, change: Partial<CaseState> = {}): CaseState {
  return { ...state, ...change, version: state.version + 1 };
}
