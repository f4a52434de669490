/**
 * What the Discord adapter and the terminal sandbox may do with cases. Every method returns a Result:
 * expected failures (case not found, unknown test, store down, ...) are values with a stable code.
 * Authorization (who is an instructor) is decided by the caller, which knows the platform's roles.
 */
import type { CaseState } from '../domain/case.ts';
import type { DisclosedFact } from '../domain/dialogue.ts';
import type { Query } from '../domain/query.ts';
import type { PatientRecord } from '../domain/record.ts';
import type { Result } from '../domain/result.ts';
import type { Difficulty } from '../ontology/schema.ts';

export interface Where {
  /** The case's key: `<guildId>:<threadId>` on Discord, anything unique elsewhere. */
  key: string;
  /** Discord user id of who acts (never a display name). */
  userId: string;
  /** Discord message or interaction id: the same id twice is answered once. */
  sourceId?: string;
}

export interface StartRequest extends Where {
  specialty: string;
  difficulty?: Difficulty;
  /** Instructors only (the caller checks): a fixed condition id and/or seed. */
  condition?: string;
  seed?: string;
  /** Play this record instead of generating one (imports, `interview --record`). */
  record?: PatientRecord;
  guildId?: string;
  channelId?: string;
  threadId?: string;
}

export interface Started {
  state: CaseState;
  /** Thread title: the patient's name, age and complaint; never the diagnosis. */
  title: string;
  /** The triage note posted first in the thread. */
  triage: string;
}

export interface Reply {
  /** What the patient (or the examiner, for commands) says. */
  text: string;
  /** Who speaks: the patient's display name for patient replies, else "Examiner". */
  speaker: string;
  /** True when this source id was already answered: nothing new was said, `text` repeats the answer. */
  duplicate: boolean;
  /** For patient replies: what was understood and disclosed, and how the reply was made (tools, tests). */
  turn?: TurnDetails;
}

export interface TurnDetails {
  understood: Query[];
  disclosed: DisclosedFact[];
  /** `offline` (templates), `llm` (model, first try), `llm-retry` (model, after feedback). */
  source: 'offline' | 'llm' | 'llm-retry';
  /** Checker violations of rejected model replies this turn (empty when the first reply passed). */
  violations: { rule: string; code: string; message: string }[];
  /** Set when the model path failed and the offline reply was used. */
  failure?: string;
}

export interface Debrief {
  diagnosis: string;
  icd10: string;
  variant: string;
  teachingPoints: string[];
  redFlags: string[];
  /** Must-ask history points and who covered them (user ids), empty = missed. */
  mustAsk: { text: string; coveredBy: string[] }[];
  niceToAsk: { text: string; coveredBy: string[] }[];
  /** Each submitted diagnosis with a 0–1 closeness score and why. */
  diagnoses: {
    userId: string;
    text: string;
    score: number;
    verdict: 'correct' | 'differential' | 'incorrect';
  }[];
  /** Per user: questions asked, must-ask points covered, best diagnosis score. */
  scoreboard: { userId: string; questions: number; mustAsk: number; diagnosis: number }[];
  /** The full debrief in Markdown (fits in Discord embeds when split by section). */
  markdown: string;
}

export interface CaseApi {
  start(req: StartRequest): Promise<Result<Started>>;
  ask(req: Where & { text: string }): Promise<Result<Reply>>;
  examine(req: Where & { system: string }): Promise<Result<Reply>>;
  order(req: Where & { test: string }): Promise<Result<Reply>>;
  vitals(req: Where): Promise<Result<Reply>>;
  hint(req: Where): Promise<Result<Reply>>;
  /** Records a diagnosis privately; the reply is for the submitter only. */
  diagnose(req: Where & { text: string }): Promise<Result<Reply>>;
  /** Instructors only (the caller checks). Marks the case revealed. */
  reveal(req: Where): Promise<Result<Debrief>>;
  end(req: Where): Promise<Result<Reply>>;
  transcript(req: Pick<Where, 'key'>): Promise<Result<{ markdown: string; json: string }>>;
  get(key: string): Promise<Result<CaseState>>;
  /** Autocomplete: investigation names matching what was typed so far. */
  suggestTests(prefix: string): string[];
  /** Autocomplete: condition ids/names of a specialty matching what was typed so far. */
  suggestConditions(specialty: string, prefix: string): { id: string; name: string }[];
}
