/**
 * The case lifecycle: start, ask, examine, order, vitals, hint, diagnose, reveal, end, transcript.
 * One turn at a time per case (in-process mutex plus a versioned write for other processes), and
 * idempotent per source id: a message delivered twice is answered once.
 */

import type { Lexicon } from '../dialogue/buildLexicon.ts';
import { respondOffline } from '../dialogue/respondOffline.ts';
import { CASE_SCHEMA_VERSION, type CaseState, type TranscriptEntry } from '../domain/case.ts';
import { emptyMemory } from '../domain/dialogue.ts';
import { PatientZeroError } from '../domain/errors.ts';
import { coverageKey } from '../domain/query.ts';
import { fail, ok, type Result } from '../domain/result.ts';
import { generatePatient } from '../generate/generatePatient.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { rankNames } from '../text/matchName.ts';
import { buildDebrief } from './buildDebrief.ts';
import type { CaseApi, Debrief, Reply, Started, StartRequest, TurnDetails, Where } from './CaseApi.ts';
import type { CaseStore } from './CaseStore.ts';
import { caseTitle, patientName, triageNote } from './describeCase.ts';
import { examineSystem } from './examineSystem.ts';
import { formatVitals } from './formatVitals.ts';
import { giveHint } from './giveHint.ts';
import { KeyedMutex } from './KeyedMutex.ts';
import { orderableTests, orderTest } from './orderTest.ts';
import type { Phraser } from './Phraser.ts';
import { phraseReply, preparePhrasing } from './phraseReply.ts';
import { RecordCache } from './RecordCache.ts';
import { renderTranscript } from './renderTranscript.ts';

/** Longest message a student may send in one turn (Discord allows 2,000; a question is far shorter). */
export const MAX_INPUT_CHARS = 1_500;
/** How many answered source ids a case remembers for de-duplication. */
const PROCESSED_LIMIT = 500;
/** How many recent exchanges the model sees. */
const RECENT_TURNS = 6;

export interface CaseServiceDeps {
  store: CaseStore;
  ontology: Ontology;
  lexicon: Lexicon;
  /** The model path; absent = offline replies only. */
  phraser?: Phraser | undefined;
  clock?: () => number;
  /** How long a case is kept after its last write. */
  retentionMs: number;
  /** Deadline for one model-phrased turn. */
  turnDeadlineMs?: number;
  /** Seed for cases started without one. */
  newSeed?: () => string;
}

const EXAMINER = 'Examiner';

type Mutation = { state: CaseState; reply: Reply } | { failure: Result<never> };

export class CaseService implements CaseApi {
  private readonly mutex = new KeyedMutex();
  private readonly records = new RecordCache();
  private readonly clock: () => number;
  private readonly newSeed: () => string;

  constructor(private readonly deps: CaseServiceDeps) {
    this.clock = deps.clock ?? Date.now;
    this.newSeed = deps.newSeed ?? (() => globalThis.crypto.randomUUID().slice(0, 8));
  }

  async start(req: StartRequest): Promise<Result<Started>> {
    const { ontology } = this.deps;
    const specialty = ontology.specialties.get(req.specialty);
    if (specialty && !specialty.enabled) {
      return fail('specialty_disabled', { valid: ontology.playableSpecialties().map((s) => s.id) });
    }
    const generated = req.record
      ? ok(req.record)
      : generatePatient(ontology, {
          specialty: req.specialty,
          seed: req.seed ?? this.newSeed(),
          ...(req.difficulty ? { difficulty: req.difficulty } : {}),
          ...(req.condition ? { condition: req.condition } : {}),
        });
    if (!generated.ok) return generated;
    const record = generated.value;
    const now = this.clock();
    const triage = triageNote(record, ontology);
    const state: CaseState = {
      schemaVersion: CASE_SCHEMA_VERSION,
      key: req.key,
      ...(req.guildId ? { guildId: req.guildId } : {}),
      ...(req.channelId ? { channelId: req.channelId } : {}),
      ...(req.threadId ? { threadId: req.threadId } : {}),
      createdBy: req.userId,
      createdAt: now,
      updatedAt: now,
      status: 'open',
      record,
      memory: emptyMemory(),
      transcript: [{ at: now, kind: 'triage', author: 'system', text: triage }],
      coverage: {},
      diagnoses: [],
      hintsGiven: 0,
      processed: req.sourceId ? [req.sourceId] : [],
      version: 0,
    };
    return this.mutex.run(req.key, async () => {
      try {
        const existing = await this.deps.store.get(req.key);
        if (existing && existing.status === 'open') return fail('case_exists');
        const replacing = existing ? { ...state, version: existing.version + 1 } : state;
        if (!(await this.deps.store.put(replacing, this.deps.retentionMs))) return fail('busy');
        this.records.set(req.key, record);
        if (this.deps.phraser) preparePhrasing(record, ontology);
        return ok({ state: replacing, title: caseTitle(record, ontology), triage });
      } catch (error) {
        return storeFailure(error);
      }
    });
  }

  async ask(req: Where & { text: string }): Promise<Result<Reply>> {
    const text = req.text.trim();
    if (text === '') return fail('empty_input');
    if (text.length > MAX_INPUT_CHARS) return fail('input_too_long', { max: MAX_INPUT_CHARS });
    return this.mutate(req, async (state) => {
      const { ontology, lexicon } = this.deps;
      const turn = respondOffline(text, { record: state.record, memory: state.memory, ontology, lexicon });
      let reply = turn.reply;
      let memory = turn.memory;
      const details: TurnDetails = {
        understood: turn.queries,
        disclosed: turn.disclosure.facts,
        source: 'offline',
        violations: [],
      };
      if (this.deps.phraser) {
        const phrased = await phraseReply({
          phraser: this.deps.phraser,
          record: state.record,
          memory: state.memory,
          disclosure: turn.disclosure,
          recent: recentExchanges(state.transcript),
          question: text,
          ontology,
          offlineReply: turn.reply,
          deadlineMs: this.deps.turnDeadlineMs ?? 20_000,
        });
        reply = phrased.reply;
        details.source = phrased.source;
        details.violations = phrased.violations.map(({ rule, code, message }) => ({ rule, code, message }));
        if (phrased.failure) details.failure = phrased.failure;
        if (phrased.improvised.length > 0) {
          const improvised = { ...memory.improvised };
          for (const { key, value } of phrased.improvised) improvised[key] ??= value;
          memory = { ...memory, improvised };
        }
      }
      const coverage = { ...state.coverage };
      for (const q of turn.queries) {
        if (q.topic === 'unknown') continue;
        const key = coverageKey(q);
        const who = coverage[key] ?? [];
        if (!who.includes(req.userId)) coverage[key] = [...who, req.userId];
      }
      const speaker = patientName(state.record);
      return {
        state: {
          ...state,
          memory,
          coverage,
          transcript: [
            ...state.transcript,
            this.entry('ask', req, text),
            this.entry('reply', req, reply, 'patient'),
          ],
        },
        reply: { text: reply, speaker, duplicate: false, turn: details },
      };
    });
  }

  async examine(req: Where & { system: string }): Promise<Result<Reply>> {
    return this.mutate(req, async (state) => {
      const exam = examineSystem(state.record, this.deps.ontology, req.system);
      if (!exam.ok) return { failure: exam };
      return this.examinerSays(state, req, 'exam', exam.value.text, `exam:${exam.value.system}`);
    });
  }

  async order(req: Where & { test: string }): Promise<Result<Reply>> {
    return this.mutate(req, async (state) => {
      const result = orderTest(state.record, this.deps.ontology, req.test);
      if (!result.ok) return { failure: result };
      return this.examinerSays(state, req, 'order', result.value.text, `order:${result.value.id}`);
    });
  }

  async vitals(req: Where): Promise<Result<Reply>> {
    return this.mutate(req, async (state) =>
      this.examinerSays(state, req, 'vitals', formatVitals(state.record.vitals), 'vitals'),
    );
  }

  async hint(req: Where): Promise<Result<Reply>> {
    return this.mutate(req, async (state) => {
      const text = giveHint(state, this.deps.ontology);
      const said = this.examinerSays(state, req, 'hint', text);
      return { ...said, state: { ...said.state, hintsGiven: state.hintsGiven + 1 } };
    });
  }

  async diagnose(req: Where & { text: string }): Promise<Result<Reply>> {
    const text = req.text.trim();
    if (text === '') return fail('empty_input');
    if (text.length > 200) return fail('input_too_long', { max: 200 });
    return this.mutate(req, async (state) => {
      const confirmation = `Your diagnosis “${text}” is recorded. It stays private until the instructor reveals the case.`;
      const said = this.examinerSays(state, req, 'diagnose', text);
      return {
        state: {
          ...said.state,
          diagnoses: [...state.diagnoses, { userId: req.userId, text, at: this.clock() }],
        },
        reply: { text: confirmation, speaker: EXAMINER, duplicate: false },
      };
    });
  }

  async reveal(req: Where): Promise<Result<Debrief>> {
    let debrief: Debrief | undefined;
    const result = await this.mutate(
      req,
      async (state) => {
        const revealed: CaseState = { ...state, status: 'revealed' };
        debrief = buildDebrief(revealed, this.deps.ontology);
        return this.examinerSays(revealed, req, 'reveal', debrief.markdown);
      },
      { allowRevealed: true },
    );
    if (!result.ok) return result;
    // a repeated reveal (same source id, or a second instructor) rebuilds the same debrief
    if (!debrief) {
      const state = await this.get(req.key);
      if (!state.ok) return state;
      debrief = buildDebrief(state.value, this.deps.ontology);
    }
    return ok(debrief);
  }

  async end(req: Where): Promise<Result<Reply>> {
    return this.mutate(
      req,
      async (state) => {
        const said = this.examinerSays(state, req, 'end', 'The case has ended. Thank you for taking part.');
        return { ...said, state: { ...said.state, status: 'ended' } };
      },
      { allowRevealed: true },
    );
  }

  async transcript(req: Pick<Where, 'key'>): Promise<Result<{ markdown: string; json: string }>> {
    const state = await this.get(req.key);
    return state.ok ? ok(renderTranscript(state.value)) : state;
  }

  async get(key: string): Promise<Result<CaseState>> {
    try {
      const state = await this.deps.store.get(key);
      return state ? ok(state) : fail('case_not_found');
    } catch (error) {
      return storeFailure(error);
    }
  }

  suggestTests(prefix: string): string[] {
    const tests = orderableTests(this.deps.ontology);
    if (prefix.trim() === '') return tests.map((t) => t.names[0] ?? t.id).slice(0, 25);
    return rankNames(prefix, tests)
      .filter((m) => m.score > 0.3)
      .slice(0, 25)
      .map((m) => this.deps.ontology.investigation(m.id)?.name ?? m.id);
  }

  suggestConditions(specialty: string, prefix: string): { id: string; name: string }[] {
    const conditions = this.deps.ontology.conditionsOf(specialty).map((c) => ({ id: c.id, names: [c.name] }));
    const ranked =
      prefix.trim() === '' ? conditions.map((c) => ({ id: c.id })) : rankNames(prefix, conditions);
    return ranked
      .slice(0, 25)
      .map((m) => ({ id: m.id, name: this.deps.ontology.condition(m.id)?.name ?? m.id }));
  }

  // ------------------------------------------------------------------ internals

  private entry(
    kind: TranscriptEntry['kind'],
    req: Where,
    text: string,
    author = req.userId,
  ): TranscriptEntry {
    return { at: this.clock(), kind, author, text, ...(req.sourceId ? { sourceId: req.sourceId } : {}) };
  }

  /** A command answered by the examiner: logged, and counted in coverage under `coverKey`. */
  private examinerSays(
    state: CaseState,
    req: Where,
    kind: TranscriptEntry['kind'],
    text: string,
    coverKey?: string,
  ): { state: CaseState; reply: Reply } {
    const coverage = { ...state.coverage };
    if (coverKey) {
      const who = coverage[coverKey] ?? [];
      if (!who.includes(req.userId)) coverage[coverKey] = [...who, req.userId];
    }
    return {
      state: { ...state, coverage, transcript: [...state.transcript, this.entry(kind, req, text)] },
      reply: { text, speaker: EXAMINER, duplicate: false },
    };
  }

  /**
   * Load → (duplicate? answer again) → change → versioned write, one at a time per case.
   * A version conflict (another process wrote first) retries the whole turn once.
   */
  private mutate(
    req: Where,
    change: (state: CaseState) => Promise<Mutation>,
    options: { allowRevealed?: boolean } = {},
  ): Promise<Result<Reply>> {
    return this.mutex.run(req.key, async () => {
      for (let attempt = 0; attempt < 2; attempt++) {
        let state: CaseState | undefined;
        try {
          state = await this.deps.store.get(req.key);
        } catch (error) {
          return storeFailure(error);
        }
        if (!state) return fail('case_not_found');
        state = { ...state, record: this.records.same(req.key, state.record) };
        if (req.sourceId && state.processed.includes(req.sourceId)) {
          const previous = state.transcript.findLast((t) => t.sourceId === req.sourceId && t.kind !== 'ask');
          const speaker = previous?.author === 'patient' ? patientName(state.record) : EXAMINER;
          return ok({ text: previous?.text ?? '', speaker, duplicate: true });
        }
        if (state.status === 'ended' || (state.status === 'revealed' && !options.allowRevealed)) {
          return fail('case_closed', { status: state.status });
        }
        const outcome = await change(state);
        if ('failure' in outcome) return outcome.failure;
        const processed = req.sourceId
          ? [...state.processed, req.sourceId].slice(-PROCESSED_LIMIT)
          : state.processed;
        const next: CaseState = {
          ...outcome.state,
          memory: outcome.state.memory,
          processed,
          updatedAt: this.clock(),
          version: state.version + 1,
        };
        try {
          if (await this.deps.store.put(next, this.deps.retentionMs)) return ok(outcome.reply);
        } catch (error) {
          return storeFailure(error);
        }
      }
      return fail('busy');
    });
  }
}

function recentExchanges(
  transcript: readonly TranscriptEntry[],
): { role: 'doctor' | 'patient'; text: string }[] {
  return transcript
    .filter((t) => t.kind === 'ask' || t.kind === 'reply')
    .slice(-RECENT_TURNS * 2)
    .map((t) => ({ role: t.kind === 'ask' ? 'doctor' : 'patient', text: t.text }));
}

function storeFailure<T>(error: unknown): Result<T> {
  if (error instanceof PatientZeroError) return fail(error.code);
  return fail('store_unavailable', { reason: error instanceof Error ? error.name : 'unknown' });
}
