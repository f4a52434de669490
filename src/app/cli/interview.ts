/**
 * `patient-zero interview`: non-interactive. One doctor line per stdin line (lines starting with `/` are
 * case commands); one JSON line per reply on stdout with what was understood, what was disclosed and
 * any checker violations. The contract tests and tools rely on (DESIGN.md).
 */
import type { Difficulty } from '../../ontology/schema.ts';
import type { Config } from '../config.ts';
import { describeError } from '../describeError.ts';
import type { Knowledge } from '../loadKnowledge.ts';
import type { Io } from './io.ts';
import { openCase } from './openCase.ts';
import { runCaseLine } from './runCaseLine.ts';

export interface InterviewOptions {
  specialty?: string;
  seed?: string;
  record?: string;
  difficulty?: Difficulty;
  condition?: string;
  engine: 'offline' | 'llm';
}

export async function interview(
  io: Io,
  knowledge: Knowledge,
  config: Config,
  options: InterviewOptions,
): Promise<number> {
  if (!options.record && (options.specialty === undefined || options.seed === undefined)) {
    io.err('interview needs --specialty and --seed, or --record FILE');
    return 2;
  }
  const opened = await openCase(knowledge, config, {
    engine: options.engine,
    ...(options.specialty !== undefined ? { specialty: options.specialty } : {}),
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.record !== undefined ? { recordFile: options.record } : {}),
    ...(options.difficulty ? { difficulty: options.difficulty } : {}),
    ...(options.condition ? { condition: options.condition } : {}),
  });
  if (!opened.ok) {
    io.err(describeError(opened.error));
    return 2;
  }
  const { service, started, close } = opened.value;
  io.out(
    JSON.stringify({
      case: {
        id: started.state.record.id,
        patient: `${started.state.record.demographics.givenName} ${started.state.record.demographics.familyName}`,
        title: started.title,
        triage: started.triage,
      },
    }),
  );
  let n = 0;
  let code = 0;
  try {
    for await (const raw of io.lines()) {
      const line = raw.trim();
      if (line === '') continue;
      n += 1;
      const outcome = await runCaseLine(service, line, `line-${n}`);
      if (outcome.kind === 'quit') break;
      if (outcome.kind === 'help' || outcome.kind === 'unknown-command') {
        io.out(JSON.stringify({ question: line, reply: outcome.text, understood: [], disclosed: [] }));
        continue;
      }
      if (!outcome.result.ok) {
        io.out(
          JSON.stringify({
            question: line,
            error: outcome.result.error.code,
            reply: describeError(outcome.result.error),
          }),
        );
        if (outcome.result.error.code === 'store_unavailable') code = 1;
        continue;
      }
      if (outcome.kind === 'reveal') {
        io.out(
          JSON.stringify({
            question: line,
            reply: outcome.result.value.markdown,
            debrief: outcome.result.value,
          }),
        );
      } else if (outcome.kind === 'transcript') {
        io.out(JSON.stringify({ question: line, reply: outcome.result.value.markdown }));
      } else {
        const r = outcome.result.value;
        io.out(
          JSON.stringify({
            question: line,
            command: outcome.command,
            speaker: r.speaker,
            reply: r.text,
            understood: r.turn?.understood ?? [],
            disclosed: r.turn?.disclosed ?? [],
            source: r.turn?.source ?? 'examiner',
            violations: r.turn?.violations ?? [],
            ...(r.turn?.failure ? { failure: r.turn.failure } : {}),
          }),
        );
      }
    }
  } finally {
    await close();
  }
  return code;
}
