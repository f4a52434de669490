/**
 * A case: one virtual patient played in one place (a Discord thread or a terminal), with everything
 * needed to resume it after a restart. Stored as JSON through the CaseStore port and parsed back here.
 */
import { z } from 'zod';
import { Memory } from './dialogue.ts';
import { PatientRecord } from './record.ts';

export const CASE_SCHEMA_VERSION = 1;

export const CaseStatus = z.enum(['open', 'revealed', 'ended']);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const TranscriptKind = z.enum([
  'triage',
  'ask',
  'reply',
  'exam',
  'order',
  'vitals',
  'hint',
  'diagnose',
  'reveal',
  'end',
]);
export type TranscriptKind = z.infer<typeof TranscriptKind>;

export const TranscriptEntry = z.strictObject({
  at: z.number().int(),
  kind: TranscriptKind,
  /** Discord user id (never a display name) or `patient` / `system`. */
  author: z.string(),
  text: z.string(),
  /** The Discord message or interaction id this entry answers, for idempotency. */
  sourceId: z.string().optional(),
});
export type TranscriptEntry = z.infer<typeof TranscriptEntry>;

export const SubmittedDiagnosis = z.strictObject({
  userId: z.string(),
  text: z.string(),
  at: z.number().int(),
});
export type SubmittedDiagnosis = z.infer<typeof SubmittedDiagnosis>;

export const CaseState = z.strictObject({
  schemaVersion: z.literal(CASE_SCHEMA_VERSION),
  key: z.string(),
  /** Where the case lives: guild and thread ids on Discord, absent in the sandbox. */
  guildId: z.string().optional(),
  channelId: z.string().optional(),
  threadId: z.string().optional(),
  createdBy: z.string(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  status: CaseStatus,
  record: PatientRecord,
  memory: Memory,
  transcript: z.array(TranscriptEntry),
  /** Coverage key → ids of the users who asked it (first asker first). */
  coverage: z.record(z.string(), z.array(z.string())),
  diagnoses: z.array(SubmittedDiagnosis),
  hintsGiven: z.number().int().min(0),
  /** Source ids (Discord message ids) already answered, newest last, bounded. */
  processed: z.array(z.string()),
  /** Incremented on every write; a write with a stale version is refused. */
  version: z.number().int().min(0),
});
export type CaseState = z.infer<typeof CaseState>;
