/**
 * Opens one case for the terminal tools (sandbox, interview): the real case service over an in-memory
 * Keyv store, offline or with the configured model.
 */
import { readFileSync } from 'node:fs';
import { createCaseStore } from '../../adapters/storage/createCaseStore.ts';
import type { Started } from '../../cases/CaseApi.ts';
import { CaseService } from '../../cases/CaseService.ts';
import { PatientRecord } from '../../domain/record.ts';
import { fail, type Result } from '../../domain/result.ts';
import type { Difficulty } from '../../ontology/schema.ts';
import { type Config, llmEnabled } from '../config.ts';
import { createPhraser } from '../createPhraser.ts';
import type { Knowledge } from '../loadKnowledge.ts';

export interface OpenCaseOptions {
  specialty?: string;
  seed?: string;
  difficulty?: Difficulty;
  condition?: string;
  /** Path of one record as JSON, as `generate` writes it. */
  recordFile?: string;
  engine: 'offline' | 'llm';
}

export const TERMINAL_USER = 'terminal';
export const TERMINAL_CASE = 'terminal:case';

export async function openCase(
  knowledge: Knowledge,
  config: Config,
  options: OpenCaseOptions,
): Promise<Result<{ service: CaseService; started: Started; close: () => Promise<void> }>> {
  let record: PatientRecord | undefined;
  if (options.recordFile) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(options.recordFile, 'utf8').trim().split('\n')[0] ?? '');
    } catch (error) {
      return fail('invalid_record', { reason: error instanceof Error ? error.message : String(error) });
    }
    const parsed = PatientRecord.safeParse(raw);
    if (!parsed.success) {
      return fail('invalid_record', {
        reason: parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`),
      });
    }
    record = parsed.data;
  }
  if (options.engine === 'llm' && !llmEnabled(config)) {
    return fail('llm_unavailable', { reason: 'set OPENAI_API_KEY or OPENAI_BASE_URL to use --engine llm' });
  }
  const store = createCaseStore({ url: 'memory://', namespace: 'terminal' });
  const service = new CaseService({
    store,
    ontology: knowledge.ontology,
    lexicon: knowledge.lexicon,
    phraser: options.engine === 'llm' ? createPhraser(config) : undefined,
    retentionMs: 24 * 3600_000,
    turnDeadlineMs: config.TURN_DEADLINE_MS,
  });
  const started = await service.start({
    key: TERMINAL_CASE,
    userId: TERMINAL_USER,
    specialty: record?.specialty ?? options.specialty ?? 'cardiology',
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.difficulty ? { difficulty: options.difficulty } : {}),
    ...(options.condition ? { condition: options.condition } : {}),
    ...(record ? { record } : {}),
  });
  if (!started.ok) {
    await store.close();
    return started;
  }
  return { ok: true, value: { service, started: started.value, close: () => store.close() } };
}
