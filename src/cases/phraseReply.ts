/**
 * The model path of one turn: phrase the plan with the model, check the reply, retry once with the
 * violations as feedback, and otherwise fall back to the offline reply (valid by construction). At most
 * one model call on the happy path, two in all, always within the turn's deadline. Improvised personal
 * details are returned for memory only if the reply was accepted and the details are harmless.
 */
import { patientView } from '../dialogue/patientView.ts';
import { planExamples } from '../dialogue/planExamples.ts';
import { redactDiagnoses } from '../dialogue/redactDiagnoses.ts';
import type { Disclosure, Memory } from '../domain/dialogue.ts';
import type { ErrorCode } from '../domain/errors.ts';
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { checkImprovised } from '../plausibility/checkImprovised.ts';
import { checkReply, prepareReplyChecks } from '../plausibility/checkReply.ts';
import { type ReplyViolation, violation } from '../plausibility/ReplyViolation.ts';
import { OUTPUT_FAILURES, type PhraseInput, type Phraser, type RecentTurn } from './Phraser.ts';

export interface PhraseReplyRequest {
  phraser: Phraser;
  record: PatientRecord;
  memory: Memory;
  disclosure: Disclosure;
  /** The conversation before this turn, oldest first. */
  recent: readonly RecentTurn[];
  ontology: Ontology;
  /** The offline engine's reply to this turn: the fallback. */
  offlineReply: string;
  /** Budget for the whole model path, retry included. */
  deadlineMs: number;
  /** What the doctor just said. If absent: the last doctor turn of `recent`, else the plan's spans. */
  question?: string;
  clock?: () => number;
}

export interface PhrasedReply {
  reply: string;
  source: 'llm' | 'llm-retry' | 'offline';
  /** Every violation of every refused attempt (empty when the first answer was accepted). */
  violations: ReplyViolation[];
  /** Harmless new personal details to commit to `memory.improvised`. */
  improvised: { key: string; value: string }[];
  /** Set when the model could not be used at all (down, rate limited, out of time). */
  failure?: ErrorCode;
  /** Where the time went: in the model calls, and everything else (prompt, checks). */
  timing: { modelMs: number; overheadMs: number; calls: number };
}

/** Less time than this left after a refusal: go offline rather than start a second call. */
const MIN_RETRY_MS = 750;

/** Feedback for the retry, in words a model can act on. Never repeats leaked words back. */
export function describeViolations(violations: readonly ReplyViolation[]): string[] {
  const out = new Set<string>();
  // once a reply leaked, quoting any of it back could confirm the model's guess of the diagnosis
  const leaked = violations.some((v) => v.rule === 'leak');
  for (const v of violations) {
    out.add(leaked || v.evidence === '' ? v.message : `${v.message} (you wrote: "${v.evidence}")`);
  }
  return [...out];
}

function outputViolation(reason: string): ReplyViolation {
  const messages: Record<string, string> = {
    malformed: 'The answer was not valid JSON. Answer with the JSON object only.',
    schema: 'The answer did not have the required fields. Answer {"reply": "...", "improvised": null}.',
    refusal: 'The answer was a refusal. Stay in character and answer as the patient.',
    length: 'The answer was cut off. Keep the reply short.',
    empty: 'The answer was empty. Say something as the patient.',
  };
  return violation('character', `model_${reason}`, messages[reason] ?? 'The answer could not be used.', '');
}

function questionOf(req: PhraseReplyRequest): string {
  if (req.question !== undefined) return req.question;
  const last = req.recent.at(-1);
  if (last?.role === 'doctor') return last.text;
  return req.disclosure.queries
    .map((q) => q.span ?? '')
    .join(' ')
    .trim();
}

/** Runs the model path of one turn. Never throws, never exceeds the deadline by more than a tick. */
export async function phraseReply(req: PhraseReplyRequest): Promise<PhrasedReply> {
  const clock = req.clock ?? Date.now;
  const started = clock();
  const deadline = started + req.deadlineMs;
  let modelMs = 0;
  let calls = 0;
  const ctx = { record: req.record, memory: req.memory, disclosure: req.disclosure, ontology: req.ontology };
  const redact = (t: string): string => redactDiagnoses(t, req.record, req.ontology);
  const recent =
    req.question === undefined && req.recent.at(-1)?.role === 'doctor' ? req.recent.slice(0, -1) : req.recent;
  const input: PhraseInput = {
    view: patientView(req.record, req.ontology),
    memory: req.memory,
    recent: recent.map((t) => ({ role: t.role, text: redact(t.text) })),
    question: redact(questionOf(req)),
    disclosure: req.disclosure,
    examples: planExamples(req.disclosure, req.ontology),
  };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), Math.max(0, req.deadlineMs));
  const violations: ReplyViolation[] = [];
  const finish = (result: Omit<PhrasedReply, 'timing' | 'violations'>): PhrasedReply => {
    clearTimeout(timer);
    const total = clock() - started;
    return { ...result, violations, timing: { modelMs, overheadMs: Math.max(0, total - modelMs), calls } };
  };
  const offline = (failure?: ErrorCode): PhrasedReply =>
    finish({ reply: req.offlineReply, source: 'offline', improvised: [], ...(failure ? { failure } : {}) });

  for (let attempt = 0; attempt < 2; attempt++) {
    if (attempt === 1) {
      if (deadline - clock() < MIN_RETRY_MS) return offline();
      input.feedback = describeViolations(violations);
    }
    const callStarted = clock();
    calls++;
    const answer = await req.phraser.phrase(input, controller.signal).catch(() => undefined);
    modelMs += clock() - callStarted;
    if (!answer) return offline('llm_unavailable');
    if (!answer.ok) {
      const reason = String(answer.error.detail?.reason ?? '');
      if ((OUTPUT_FAILURES as readonly string[]).includes(reason)) {
        violations.push(outputViolation(reason));
        continue;
      }
      return offline(answer.error.code === 'rate_limited' ? 'rate_limited' : 'llm_unavailable');
    }
    const reply = answer.value.reply.trim();
    const found = checkReply(reply, ctx);
    if (found.length > 0) {
      violations.push(...found);
      continue;
    }
    const { accepted } = checkImprovised(answer.value.improvised, ctx);
    return finish({ reply, source: attempt === 0 ? 'llm' : 'llm-retry', improvised: accepted });
  }
  return offline();
}

/**
 * Builds what the model path of a case needs (patient view, redaction, reply-check indexes), so the
 * first turn of a case costs no more than the others. Call when a case starts; optional.
 */
export function preparePhrasing(record: PatientRecord, ontology: Ontology): void {
  patientView(record, ontology);
  // compiles the knowledge base's name pattern once (on first use) and builds this case's redaction
  redactDiagnoses('heart', record, ontology);
  prepareReplyChecks(record, ontology);
}
