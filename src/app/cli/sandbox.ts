/** `patient-zero sandbox [specialty]`: play a case in the terminal with the same engine and commands as Discord. */
import type { Difficulty } from '../../ontology/schema.ts';
import type { Config } from '../config.ts';
import { describeError } from '../describeError.ts';
import type { Knowledge } from '../loadKnowledge.ts';
import type { Io } from './io.ts';
import { openCase } from './openCase.ts';
import { runCaseLine } from './runCaseLine.ts';

export interface SandboxOptions {
  seed?: string;
  difficulty?: Difficulty;
  condition?: string;
  engine: 'offline' | 'llm';
}

export async function sandbox(
  io: Io,
  knowledge: Knowledge,
  config: Config,
  specialty: string,
  options: SandboxOptions,
): Promise<number> {
  const opened = await openCase(knowledge, config, { specialty, ...options });
  if (!opened.ok) {
    io.err(describeError(opened.error));
    return 2;
  }
  const { service, started, close } = opened.value;
  const patient = `${started.state.record.demographics.givenName}`;
  io.out(`\n=== ${started.title} ===`);
  // the triage note names Discord's commands ("/patient exam"); here they are typed bare ("/exam")
  io.out(
    started.triage
      .replace(/\*\*/g, '')
      .replace(/`/g, '')
      .replace(/\/patient (\w+)/g, '/$1'),
  );
  io.out(
    `\n(${options.engine === 'llm' ? 'model replies, checked' : 'offline engine'}; seed ${started.state.record.seed}; /help for commands, /quit to leave)\n`,
  );
  let n = 0;
  try {
    io.prompt('you> ');
    for await (const raw of io.lines()) {
      const line = raw.trim();
      if (line !== '') {
        n += 1;
        const outcome = await runCaseLine(service, line, `line-${n}`);
        if (outcome.kind === 'quit') break;
        if (outcome.kind === 'help') io.out(outcome.text);
        else if (outcome.kind === 'unknown-command') io.out(outcome.text);
        else if (!outcome.result.ok) io.out(`! ${describeError(outcome.result.error)}`);
        else if (outcome.kind === 'reveal')
          io.out(`\n${outcome.result.value.markdown.replace(/<@terminal>/g, 'you')}\n`);
        else if (outcome.kind === 'transcript') io.out(outcome.result.value.markdown);
        else {
          const r = outcome.result.value;
          io.out(r.speaker === 'Examiner' ? `[examiner] ${r.text}` : `${patient}> ${r.text}`);
        }
      }
      io.prompt('you> ');
    }
  } finally {
    await close();
  }
  io.out('Goodbye.');
  return 0;
}
