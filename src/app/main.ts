/** The `patient-zero` command line: one binary, stable subcommands (contract in DESIGN.md). */
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { Difficulty } from '../ontology/schema.ts';
import { type Io, processIo } from './cli/io.ts';
import { ontologyCheck } from './cli/ontologyCheck.ts';
import { type Config, loadConfig } from './config.ts';
import type { Knowledge } from './loadKnowledge.ts';

/** Builds the program; every action stores its exit code in `result.code`. */
export function buildProgram(
  io: Io,
  result: { code: number },
  env: Record<string, string | undefined> = process.env,
): Command {
  /** Config and knowledge base for commands that play cases; prints every problem and returns undefined. */
  // Commands import their modules lazily: `ontology check` must not pay for (or depend on) the engine.
  const prepare = async (): Promise<{ config: Config; knowledge: Knowledge } | undefined> => {
    const config = loadConfig(env);
    if (!config.ok) {
      for (const p of config.problems) io.err(`config: ${p}`);
      result.code = 2;
      return undefined;
    }
    const { loadKnowledge } = await import('./loadKnowledge.ts');
    const knowledge = loadKnowledge(config.config.ONTOLOGY_DIR);
    if (!knowledge.ok) {
      for (const p of knowledge.problems) io.err(p);
      io.err('The knowledge base has problems; run `patient-zero ontology check` for the list.');
      result.code = 1;
      return undefined;
    }
    return { config: config.config, knowledge: knowledge.value };
  };
  const difficulty = (value: string): Difficulty => {
    const parsed = Difficulty.safeParse(value);
    if (!parsed.success) throw new InvalidArgumentError('use easy, medium or hard');
    return parsed.data;
  };
  const engine = (value: string): 'offline' | 'llm' => {
    if (value !== 'offline' && value !== 'llm') throw new InvalidArgumentError('use offline or llm');
    return value;
  };

  const program = new Command('patient-zero')
    .description('Virtual patients for history-taking practice: Discord bot, terminal sandbox and tools.')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.trimEnd()),
      writeErr: (s) => io.err(s.trimEnd()),
    });

  const ontology = program.command('ontology').description('work with the knowledge base');
  ontology
    .command('check')
    .description('validate every knowledge-base file and cross-reference; lists every problem')
    .argument('[dir]', 'knowledge-base directory (default: the shipped ./ontology)')
    .action((dir?: string) => {
      result.code = ontologyCheck(io, dir);
    });

  program
    .command('sandbox')
    .description('play a case in the terminal: same engine and commands as Discord, no Discord needed')
    .argument('[specialty]', 'specialty id (cardiology, respiratory, ...)', 'cardiology')
    .option('--difficulty <level>', 'easy | medium | hard', difficulty)
    .option('--condition <id>', 'play this condition (instructor mode)')
    .option('--seed <seed>', 'replay a case exactly')
    .option('--engine <engine>', 'offline | llm', engine, 'offline')
    .action(
      async (
        specialty: string,
        opts: { difficulty?: Difficulty; condition?: string; seed?: string; engine: 'offline' | 'llm' },
      ) => {
        const ready = await prepare();
        const { sandbox } = await import('./cli/sandbox.ts');
        if (ready) result.code = await sandbox(io, ready.knowledge, ready.config, specialty, opts);
      },
    );

  program
    .command('interview')
    .description('non-interactive interview: one doctor line per stdin line, one JSON line per reply')
    .option('--specialty <id>', 'specialty of the generated patient')
    .option('--seed <seed>', 'seed of the generated patient')
    .option('--record <file>', 'play this record (JSON, as `generate` writes it)')
    .option('--difficulty <level>', 'easy | medium | hard', difficulty)
    .option('--condition <id>', 'condition id')
    .option('--engine <engine>', 'offline | llm', engine, 'offline')
    .action(
      async (opts: {
        specialty?: string;
        seed?: string;
        record?: string;
        difficulty?: Difficulty;
        condition?: string;
        engine: 'offline' | 'llm';
      }) => {
        const ready = await prepare();
        const { interview } = await import('./cli/interview.ts');
        if (ready) result.code = await interview(io, ready.knowledge, ready.config, opts);
      },
    );

  return program;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(
  argv: string[],
  io: Io = processIo(),
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  const result = { code: 0 };
  const program = buildProgram(io, result, env);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version exit 0; usage errors exit 2 (the contract for bad input)
      return error.exitCode === 0 ? 0 : 2;
    }
    throw error;
  }
  return result.code;
}
