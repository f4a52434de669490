/**
 * A small CaseApi for adapter tests that must control timing or failures (slow turns, store outages),
 * storing real CaseState through a real CaseStore. The end-to-end tests use the real CaseService.
 */
import type { CaseApi, Debrief, Reply, Started, StartRequest, Where } from '../../src/cases/CaseApi.ts';
import type { CaseStore } from '../../src/cases/CaseStore.ts';
import type { CaseState } from '../../src/domain/case.ts';
import { PatientZeroError } from '../../src/domain/errors.ts';
import { fail, ok, type Result } from '../../src/domain/result.ts';
import { caseFixture } from '../storage/caseFixture.ts';

export class StubCaseApi implements CaseApi {
  /** Milliseconds each `ask` takes (a model call, say). */
  askDelayMs = 0;
  readonly asked: { key: string; userId: string; text: string; sourceId?: string }[] = [];

  constructor(private readonly store: CaseStore) {}

  private async load(key: string): Promise<Result<CaseState>> {
    try {
      const state = await this.store.get(key);
      return state ? ok(state) : fail('case_not_found');
    } catch (error) {
      return fail(error instanceof PatientZeroError ? error.code : 'store_unavailable');
    }
  }

  private async say(
    req: Where,
    kind: 'ask' | 'exam' | 'order' | 'vitals' | 'hint' | 'diagnose' | 'end',
    text: string,
    answer: string,
    speaker = 'Examiner',
  ): Promise<Result<Reply>> {
    const loaded = await this.load(req.key);
    if (!loaded.ok) return loaded;
    const state = loaded.value;
    if (req.sourceId && state.processed.includes(req.sourceId)) {
      return ok({ text: answer, speaker, duplicate: true });
    }
    if (state.status !== 'open') return fail('case_closed');
    const next: CaseState = {
      ...state,
      status: kind === 'end' ? 'ended' : state.status,
      transcript: [
        ...state.transcript,
        {
          at: Date.now(),
          kind,
          author: req.userId,
          text,
          ...(req.sourceId ? { sourceId: req.sourceId } : {}),
        },
      ],
      processed: req.sourceId ? [...state.processed, req.sourceId] : state.processed,
      version: state.version + 1,
    };
    try {
      if (!(await this.store.put(next, 86_400_000))) return fail('busy');
    } catch (error) {
      return fail(error instanceof PatientZeroError ? error.code : 'store_unavailable');
    }
    return ok({ text: answer, speaker, duplicate: false });
  }

  async start(req: StartRequest): Promise<Result<Started>> {
    if (req.specialty !== 'cardiology') return fail('unknown_specialty', { valid: ['cardiology'] });
    const state = caseFixture(req.key, {
      createdBy: req.userId,
      ...(req.guildId ? { guildId: req.guildId } : {}),
      ...(req.threadId ? { threadId: req.threadId } : {}),
      processed: req.sourceId ? [req.sourceId] : [],
    });
    try {
      if (!(await this.store.put(state, 86_400_000))) return fail('case_exists');
    } catch (error) {
      return fail(error instanceof PatientZeroError ? error.code : 'store_unavailable');
    }
    return ok({ state, title: 'Frank Doyle, 58 — chest pain', triage: '**Triage note** — Frank Doyle, 58.' });
  }

  async ask(req: Where & { text: string }): Promise<Result<Reply>> {
    this.asked.push({
      key: req.key,
      userId: req.userId,
      text: req.text,
      ...(req.sourceId ? { sourceId: req.sourceId } : {}),
    });
    if (this.askDelayMs > 0) await new Promise((r) => setTimeout(r, this.askDelayMs));
    const answer =
      req.text === 'tell me everything' ? `I will. ${'And then… '.repeat(600)}` : `You asked: ${req.text}`;
    return this.say(req, 'ask', req.text, answer, 'Frank Doyle');
  }
  async examine(req: Where & { system: string }): Promise<Result<Reply>> {
    if (req.system === 'nonsense') return fail('unknown_system', { suggestions: ['Cardiovascular system'] });
    return this.say(req, 'exam', req.system, `Examination of ${req.system}: normal.`);
  }
  order(req: Where & { test: string }): Promise<Result<Reply>> {
    return this.say(req, 'order', req.test, `${req.test}: normal.`);
  }
  vitals(req: Where): Promise<Result<Reply>> {
    return this.say(req, 'vitals', '', 'HR 80');
  }
  hint(req: Where): Promise<Result<Reply>> {
    return this.say(req, 'hint', '', 'Ask about the pain.');
  }
  diagnose(req: Where & { text: string }): Promise<Result<Reply>> {
    return this.say(req, 'diagnose', req.text, `Recorded: ${req.text}`);
  }
  async reveal(req: Where): Promise<Result<Debrief>> {
    const loaded = await this.load(req.key);
    if (!loaded.ok) return loaded;
    await this.store.put(
      { ...loaded.value, status: 'revealed', version: loaded.value.version + 1 },
      86_400_000,
    );
    return ok({
      diagnosis: 'STEMI',
      icd10: 'I21.3',
      variant: 'typical',
      teachingPoints: [],
      redFlags: [],
      mustAsk: [],
      niceToAsk: [],
      diagnoses: [],
      scoreboard: [],
      markdown: '## Diagnosis: STEMI\nTypical.',
    });
  }
  end(req: Where): Promise<Result<Reply>> {
    return this.say(req, 'end', '', 'The case has ended.');
  }
  async transcript(req: Pick<Where, 'key'>): Promise<Result<{ markdown: string; json: string }>> {
    const loaded = await this.load(req.key);
    return loaded.ok
      ? ok({ markdown: '# Transcript', json: JSON.stringify(loaded.value.transcript) })
      : loaded;
  }
  get(key: string): Promise<Result<CaseState>> {
    return this.load(key);
  }
  suggestTests(prefix: string): string[] {
    return ['ECG', 'Troponin'].filter((t) => t.toLowerCase().startsWith(prefix.toLowerCase()));
  }
  suggestConditions(): { id: string; name: string }[] {
    return [{ id: 'stemi', name: 'STEMI' }];
  }
}
