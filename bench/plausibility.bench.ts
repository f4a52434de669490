/**
 * The model path and its reply checker, end to end over the real openai SDK and a local fake
 * OpenAI-compatible server (test/fakes/fakeOpenAi.ts):
 * - a leaky/contradicting model (half its replies purpose-bad, every kind in turn) over 2,000+ turns:
 *   share of bad replies blocked or replaced, diagnosis strings in any output;
 * - an honest model phrasing the plan many ways over 2,000+ turns: false alarms;
 * - 200+ prompt-injection attempts (test/fixtures/injections.yaml) answered by the leaky model;
 * - checker cost per reply, and a turn's overhead outside the model call (offline engine + prompt +
 *   checks), p50/p99;
 * - prompt shape: share that is a stable, cacheable prefix, and tokens per turn (estimated as chars/4).
 * Plans come from the real offline engine (understand + plan) on the labelled question set, over
 * generated patients of every condition.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { OpenAiPhraser } from '../src/adapters/llm/OpenAiPhraser.ts';
import { loadKnowledge } from '../src/app/loadKnowledge.ts';
import type { PhraseInput } from '../src/cases/Phraser.ts';
import { phraseReply, preparePhrasing } from '../src/cases/phraseReply.ts';
import { buildPrompt } from '../src/dialogue/buildPrompt.ts';
import { respondOffline } from '../src/dialogue/respondOffline.ts';
import { emptyMemory, type Memory } from '../src/domain/dialogue.ts';
import type { PatientRecord } from '../src/domain/record.ts';
import { fail, ok } from '../src/domain/result.ts';
import { generatePatient } from '../src/generate/generatePatient.ts';
import { checkReply } from '../src/plausibility/checkReply.ts';
import { leakCodes, leakTerms, namesDiagnosis } from '../src/plausibility/leakTerms.ts';
import { behave, FakeOpenAi, type PatientModel, type RecordedRequest } from '../test/fakes/fakeOpenAi.ts';
import { honestModel } from '../test/fakes/patientModel/honestModel.ts';
import { leakyModel } from '../test/fakes/patientModel/leakyModel.ts';
import { loadQuestionSet } from '../test/fixtures/questionSet.ts';
import type { BenchSection } from './run.ts';
import { fmt, summarize } from './stats.ts';

const TURNS = 2_000;
const TURNS_PER_CASE = 16;
const Injections = z.array(z.strictObject({ category: z.string(), text: z.string() }));

interface Turn {
  record: PatientRecord;
  question: string;
  /** What the turn was given, to re-run it without the model (timing). */
  input: {
    memory: Memory;
    disclosure: Parameters<typeof phraseReply>[0]['disclosure'];
    recent: { role: 'doctor' | 'patient'; text: string }[];
    offlineReply: string;
  };
  first: boolean;
  /** The fake's requests served during this turn. */
  served: RecordedRequest['served'][];
  reply: string;
  source: string;
  violations: string[];
  offlineMs: number;
  overheadMs: number;
  calls: number;
}

interface Run {
  turns: Turn[];
  /** Checker time measured inline, between HTTP calls. */
  checkerMs: number[];
  /** Every model reply with its context, to time the checker alone afterwards. */
  checked: { reply: string; ctx: Parameters<typeof checkReply>[1] }[];
  prompts: { stable: number; total: number; sharedWithPrevious: number; completion: number }[];
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

async function play(
  fake: FakeOpenAi,
  phraser: OpenAiPhraser,
  knowledge: {
    ontology: Parameters<typeof respondOffline>[1]['ontology'];
    lexicon: Parameters<typeof respondOffline>[1]['lexicon'];
  },
  cases: { record: PatientRecord; questions: string[] }[],
  model: (record: () => PatientRecord) => PatientModel,
): Promise<Run> {
  const { ontology, lexicon } = knowledge;
  const run: Run = { turns: [], checkerMs: [], checked: [], prompts: [] };
  let current: PatientRecord | undefined;
  fake.setFallback(behave.model(model(() => current as PatientRecord)));
  for (const { record, questions } of cases) {
    current = record;
    // what CaseService does when a case starts: the case's indexes are built before its first turn
    preparePhrasing(record, ontology);
    let memory: Memory = emptyMemory();
    const recent: { role: 'doctor' | 'patient'; text: string }[] = [];
    let previousPrompt = '';
    for (const question of questions) {
      const before = fake.requests.length;
      const t0 = performance.now();
      const offline = respondOffline(question, { record, memory, ontology, lexicon });
      const offlineMs = performance.now() - t0;
      const out = await phraseReply({
        phraser,
        record,
        memory,
        disclosure: offline.disclosure,
        recent: recent.slice(-12),
        ontology,
        offlineReply: offline.reply,
        deadlineMs: 10_000,
        question,
        clock: () => performance.now(),
      });
      const requests = fake.requests.slice(before);
      for (const r of requests) {
        const text = r.body.messages.map((m) => m.content).join('\n');
        const stable = r.body.messages[0]?.content.length ?? 0;
        run.prompts.push({
          stable,
          total: text.length,
          sharedWithPrevious: commonPrefix(previousPrompt, text),
          completion: (r.served.reply ?? '').length + 40,
        });
        previousPrompt = text;
        if (r.served.reply !== undefined) {
          const ctx = { record, memory, disclosure: offline.disclosure, ontology };
          const s = performance.now();
          checkReply(r.served.reply, ctx);
          run.checkerMs.push(performance.now() - s);
          run.checked.push({ reply: r.served.reply, ctx });
        }
      }
      run.turns.push({
        record,
        question,
        input: {
          memory,
          disclosure: offline.disclosure,
          recent: recent.slice(-12),
          offlineReply: offline.reply,
        },
        first: recent.length === 0,
        served: requests.map((r) => r.served),
        reply: out.reply,
        source: out.source,
        violations: out.violations.map((v) => `${v.rule}/${v.code}`),
        offlineMs,
        overheadMs: out.timing.overheadMs,
        calls: out.timing.calls,
      });
      memory = {
        ...offline.memory,
        improvised: {
          ...offline.memory.improvised,
          ...Object.fromEntries(out.improvised.map((d) => [d.key, d.value])),
        },
      };
      recent.push({ role: 'doctor', text: question }, { role: 'patient', text: out.reply });
    }
  }
  return run;
}

/** Writes checked replies with their contexts as JSON (records once each), for profiling the checker alone. */
function dumpChecked(file: string, checked: Run['checked']): void {
  const records = new Map<PatientRecord, number>();
  const items = checked.map(({ reply, ctx }) => {
    if (!records.has(ctx.record)) records.set(ctx.record, records.size);
    return { record: records.get(ctx.record), reply, memory: ctx.memory, disclosure: ctx.disclosure };
  });
  writeFileSync(file, JSON.stringify({ records: [...records.keys()], items }));
}

/** The fastest of `runs` timings of a synchronous call (ms). */
function fastest(call: () => unknown, runs = 3): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    call();
    best = Math.min(best, performance.now() - s);
  }
  return best;
}

/**
 * One turn's work outside the model call (offline engine, prompt, checks, details), the fastest of 3
 * runs: the turn is replayed with the model's recorded answers returned at once.
 */
async function fastestTurn(
  t: Turn,
  knowledge: {
    ontology: Parameters<typeof respondOffline>[1]['ontology'];
    lexicon: Parameters<typeof respondOffline>[1]['lexicon'];
  },
): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    let k = 0;
    const phraser = {
      phrase: async (input: PhraseInput) => {
        buildPrompt(input);
        const reply = t.served[k++]?.reply;
        return reply === undefined
          ? fail<{ reply: string; improvised: [] }>('llm_unavailable', { reason: 'malformed' })
          : ok({ reply, improvised: [] });
      },
    };
    const s = performance.now();
    respondOffline(t.question, {
      record: t.record,
      memory: t.input.memory,
      ontology: knowledge.ontology,
      lexicon: knowledge.lexicon,
    });
    await phraseReply({
      phraser,
      record: t.record,
      memory: t.input.memory,
      disclosure: t.input.disclosure,
      recent: t.input.recent,
      ontology: knowledge.ontology,
      offlineReply: t.input.offlineReply,
      deadlineMs: 10_000,
      question: t.question,
    });
    best = Math.min(best, performance.now() - s);
  }
  return best;
}

/** Generated patients of every condition, each with a slice of the labelled questions. */
function makeCases(
  ontology: Parameters<typeof generatePatient>[0],
  questions: readonly string[],
  turns: number,
  salt: string,
): { record: PatientRecord; questions: string[] }[] {
  const conditions = [...ontology.conditions.values()].sort((a, b) => a.id.localeCompare(b.id));
  const cases: { record: PatientRecord; questions: string[] }[] = [];
  let planned = 0;
  for (let i = 0; planned < turns; i++) {
    const c = conditions[i % conditions.length];
    if (!c) break;
    const made = generatePatient(ontology, { specialty: c.specialty, seed: `${salt}-${i}`, condition: c.id });
    if (!made.ok) continue;
    const qs = Array.from(
      { length: TURNS_PER_CASE },
      (_, k) => questions[(i * 37 + k * 11) % questions.length] ?? 'How are you?',
    );
    cases.push({ record: made.value, questions: qs });
    planned += qs.length;
  }
  return cases;
}

/** Whether a reply names the diagnosis (plainly, by code) or holds a planted disguise verbatim. */
function leaked(
  reply: string,
  record: PatientRecord,
  ontology: Parameters<typeof leakTerms>[1],
  planted: string[],
): boolean {
  if (namesDiagnosis(reply, leakTerms(record, ontology))) return true;
  if (leakCodes(record).some((c) => reply.includes(c))) return true;
  return planted.some((p) => p.trim().length > 2 && reply.includes(p.trim()));
}

export async function run(): Promise<BenchSection> {
  const knowledge = loadKnowledge();
  if (!knowledge.ok) throw new Error(knowledge.problems.join('\n'));
  const { ontology } = knowledge.value;
  const questions = loadQuestionSet('dev').map((q) => q.q);
  const injections = Injections.parse(
    parse(readFileSync(fileURLToPath(new URL('../test/fixtures/injections.yaml', import.meta.url)), 'utf8')),
  );
  const fake = await new FakeOpenAi().start();
  const phraser = new OpenAiPhraser({
    baseURL: fake.baseURL,
    model: 'fake',
    timeoutMs: 5_000,
    maxRetries: 1,
  });
  try {
    // warm-up: knowledge-base indexes and JIT, not measured
    await play(fake, phraser, knowledge.value, makeCases(ontology, questions, 64, 'warm'), () => honestModel);

    const leaky = await play(
      fake,
      phraser,
      knowledge.value,
      makeCases(ontology, questions, TURNS, 'leaky'),
      (record) => leakyModel({ record, ontology, share: 0.5, seed: 11 }),
    );
    const honest = await play(
      fake,
      phraser,
      knowledge.value,
      makeCases(ontology, questions, TURNS, 'honest'),
      () => honestModel,
    );
    const injectionCases = makeCases(ontology, questions, injections.length, 'inject').map((c, i) => ({
      record: c.record,
      questions: injections.slice(i * TURNS_PER_CASE, (i + 1) * TURNS_PER_CASE).map((x) => x.text),
    }));
    const injected = await play(
      fake,
      phraser,
      knowledge.value,
      injectionCases.filter((c) => c.questions.length > 0),
      (record) => leakyModel({ record, ontology, share: 0, seed: 5, leakOn: () => true }),
    );

    // leaky model: every purpose-bad answer must be blocked (never the posted reply), no diagnosis anywhere
    const badServed = leaky.turns.flatMap((t) => t.served.filter((s) => s.bad).map((s) => ({ t, s })));
    const badPassed = badServed.filter(({ t, s }) => t.reply === s.reply);
    const leakyLeaks = leaky.turns.filter((t) =>
      leaked(
        t.reply,
        t.record,
        ontology,
        t.served.flatMap((s) => (s.bad ? [s.bad.planted] : [])),
      ),
    );
    const byKind = new Map<string, number>();
    for (const { s } of badServed) byKind.set(s.bad?.kind ?? '?', (byKind.get(s.bad?.kind ?? '?') ?? 0) + 1);

    // honest model: a false alarm is a first answer refused
    const falseAlarms = honest.turns.filter((t) => t.source !== 'llm');
    const falseCodes = new Map<string, number>();
    for (const t of falseAlarms)
      for (const v of t.violations) falseCodes.set(v, (falseCodes.get(v) ?? 0) + 1);

    // injections
    const injectionBad = injected.turns.flatMap((t) => t.served.filter((s) => s.bad).map((s) => ({ t, s })));
    const injectionPassed = injectionBad.filter(({ t, s }) => t.reply === s.reply);
    const injectionLeaks = injected.turns.filter((t) =>
      leaked(
        t.reply,
        t.record,
        ontology,
        t.served.flatMap((s) => (s.bad ? [s.bad.planted] : [])),
      ),
    );

    const all = [...leaky.turns, ...honest.turns];
    const inline = summarize([...leaky.checkerMs, ...honest.checkerMs]);
    // the checker alone, over the same replies and contexts, with no HTTP in between
    const isolatedMs: number[] = [];
    for (const { reply, ctx } of [...leaky.checked, ...honest.checked]) {
      const s = performance.now();
      checkReply(reply, ctx);
      isolatedMs.push(performance.now() - s);
    }
    const checker = summarize(isolatedMs);
    // the same checks, each the fastest of 3 runs: the checker's own cost without scheduling and GC noise
    const fastestMs = [...leaky.checked, ...honest.checked].map(({ reply, ctx }) =>
      fastest(() => checkReply(reply, ctx)),
    );
    const checkerFastest = summarize(fastestMs);
    // PLAUSIBILITY_DUMP=file keeps the checked replies with their contexts, to profile the checker alone
    if (process.env.PLAUSIBILITY_DUMP)
      dumpChecked(process.env.PLAUSIBILITY_DUMP, [...leaky.checked, ...honest.checked]);
    // a turn's work outside the model call, re-run with the model's recorded answers returned at once
    const overheadFastest: number[] = [];
    for (const t of all) overheadFastest.push(await fastestTurn(t, knowledge.value));
    const turnFastest = summarize(overheadFastest);
    const firstTurns = summarize(all.filter((t) => t.first).map((t) => t.offlineMs + t.overheadMs));
    const overhead = summarize(all.map((t) => t.offlineMs + t.overheadMs));
    const offline = summarize(all.map((t) => t.offlineMs));
    const phraseOverhead = summarize(all.map((t) => t.overheadMs));
    const honestPrompts = honest.prompts;
    const stableShare =
      honestPrompts.reduce((n, p) => n + p.stable, 0) /
      Math.max(
        1,
        honestPrompts.reduce((n, p) => n + p.total, 0),
      );
    const sharedShare =
      honestPrompts.reduce((n, p) => n + p.sharedWithPrevious, 0) /
      Math.max(
        1,
        honestPrompts.reduce((n, p) => n + p.total, 0),
      );
    const tokensPerTurn = (r: Run): number =>
      r.prompts.reduce((n, p) => n + p.total + p.completion, 0) / 4 / Math.max(1, r.turns.length);
    const callsPerTurn = (r: Run): number =>
      r.turns.reduce((n, t) => n + t.calls, 0) / Math.max(1, r.turns.length);
    const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(2)}%`;
    const conditions = new Set(all.map((t) => t.record.condition.id)).size;
    const kinds = [...byKind.entries()].sort((a, b) => b[1] - a[1]);

    const markdown = `
Every reply from the model goes through \`checkReply\` before anyone sees it; a refused reply gets one retry with the
violations as feedback, then the offline reply. The model here is a fake OpenAI-compatible HTTP server on 127.0.0.1
driven through the real openai SDK (\`OpenAiPhraser\`), so a turn includes JSON-schema structured output, zod
re-validation and HTTP. Plans come from the real offline engine on the labelled questions
(\`ontology/questions/questions.dev.yaml\`), over generated patients of all ${conditions} conditions, ${TURNS_PER_CASE} questions a case.

| measure | result | budget |
|---|---|---|
| leaky model: turns | ${leaky.turns.length} | ≥ 2,000 |
| leaky model: purpose-bad replies served | ${badServed.length} (${kinds.length} kinds) | |
| bad replies blocked or replaced | ${pct(badServed.length - badPassed.length, badServed.length)} (${badPassed.length} passed) | 100% |
| turns whose posted reply names the diagnosis (plain, code or planted disguise) | ${leakyLeaks.length} | 0 |
| honest model: turns | ${honest.turns.length} | ≥ 2,000 |
| honest model: first answers refused (false alarms) | ${pct(falseAlarms.length, honest.turns.length)} (${falseAlarms.length}) | ≤ 1% |
| prompt injections (leaky model obeys every one) | ${injected.turns.length} attempts, ${injectionBad.length} leaking answers, ${injectionPassed.length} passed | ≥ 200 |
| injection turns whose posted reply names the diagnosis | ${injectionLeaks.length} | 0 |
| checker, per reply (ms), each the fastest of 3 runs, ${fastestMs.length} replies | p50 ${fmt(checkerFastest.p50)}, p99 ${fmt(checkerFastest.p99)}, max ${fmt(checkerFastest.max)} | p99 < 1 |
| checker, per reply (ms), single run timed alone | p50 ${fmt(checker.p50)}, p99 ${fmt(checker.p99)}, max ${fmt(checker.max)} | |
| checker, per reply (ms), timed inline between HTTP calls | p50 ${fmt(inline.p50)}, p99 ${fmt(inline.p99)} | |
| turn overhead outside the model call (ms), each turn the fastest of 3 runs | p50 ${fmt(turnFastest.p50)}, p99 ${fmt(turnFastest.p99)}, max ${fmt(turnFastest.max)} | p99 < 5 |
| turn overhead outside the model call (ms), as it happened (one run, between HTTP calls) | p50 ${fmt(overhead.p50)}, p99 ${fmt(overhead.p99)}, max ${fmt(overhead.max)} | |
| … first turn of a case (after \`preparePhrasing\` at case start) | p50 ${fmt(firstTurns.p50)}, p99 ${fmt(firstTurns.p99)} | |
| … of which offline engine (understand, plan, render) | p50 ${fmt(offline.p50)}, p99 ${fmt(offline.p99)} | |
| … of which prompt, checks, memory details | p50 ${fmt(phraseOverhead.p50)}, p99 ${fmt(phraseOverhead.p99)} | |
| model calls per turn | honest ${callsPerTurn(honest).toFixed(3)}, leaky ${callsPerTurn(leaky).toFixed(3)} | 1 on the happy path |
| prompt: stable first message (system rules + patient view) | ${(100 * stableShare).toFixed(1)}% of prompt characters | |
| prompt: prefix identical to the previous call of the case (what a prefix cache reuses) | ${(100 * sharedShare).toFixed(1)}% | |
| tokens per turn, prompt + completion (estimated as characters / 4) | honest ${tokensPerTurn(honest).toFixed(0)}, leaky ${tokensPerTurn(leaky).toFixed(0)} | |

Bad kinds served (leaky run): ${kinds.map(([k, n]) => `\`${k}\` ${n}`).join(', ')}.

${
  falseAlarms.length === 0
    ? 'No false alarms.'
    : `False alarms by rule: ${[...falseCodes.entries()].map(([k, n]) => `\`${k}\` ${n}`).join(', ')}. Examples: ${falseAlarms
        .slice(0, 5)
        .map(
          (t) =>
            `"${t.question}" → ${t.served.map((s) => `"${s.reply}"`).join(' / ')} (${t.violations.join(', ')})`,
        )
        .join('; ')}.`
}
${
  badPassed.length === 0
    ? ''
    : `Bad replies that passed: ${badPassed
        .slice(0, 5)
        .map(({ s }) => `${s.bad?.kind}: "${s.reply}"`)
        .join('; ')}.`
}

Caveats: the leaky and honest models are fakes written with the checker, so these numbers show the checker holds on
the defects and phrasings they produce (including ${kinds.filter(([k]) => k.startsWith('leak:')).length} leak disguises), not on every phrasing a real model
could find; timings are wall-clock on a shared machine (load average at the end ${(await import('node:os')).loadavg()[0]?.toFixed(1)}).
`;
    return { title: 'Model path: reply checker against leaky and honest models', markdown };
  } finally {
    await fake.close();
  }
}
