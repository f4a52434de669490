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

  program
    .command('generate')
    .description('simulated patient records as JSON lines (records, or FHIR R4 bundles with --format fhir)')
    .requiredOption('--specialty <id>', 'specialty id (cardiology, respiratory, ...)')
    .option('--count <n>', 'how many records', '1')
    .option('--seed <seed>', 'record i is generated from "<seed>:<i>" (default: random, printed on stderr)')
    .option('--difficulty <level>', 'easy | medium | hard (default: a weighted pick per record)')
    .option('--condition <id>', 'only this condition')
    .option('--format <format>', 'jsonl | fhir', 'jsonl')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--as-of <date>', 'FHIR only: the date the cases are set on (YYYY-MM-DD), for birth years')
    .option('--ontology <dir>', 'knowledge-base directory (default: the shipped ./ontology)')
    .action(async (opts: import('./cli/generate.ts').GenerateOptions) => {
      const { generateCommand } = await import('./cli/generate.ts');
      result.code = await generateCommand(io, opts);
    });

  program
    .command('understand')
    .description("print what the offline engine understands from a doctor's question, as JSON")
    .argument('<question>', 'the question, quoted')
    .option('--focus <symptom>', 'symptom under discussion, for follow-ups ("does it go anywhere?")')
    .option('--topic <topic>', 'topic under discussion ("how many a day?" after smoking)')
    .option('--ontology <dir>', 'knowledge-base directory (default: the shipped ./ontology)')
    .action(async (question: string, opts: { focus?: string; topic?: string; ontology?: string }) => {
      const { understandCommand } = await import('./cli/understand.ts');
      result.code = understandCommand(io, question, opts);
    });

  program
    .command('import')
    .description('convert AgentClinic OSCE cases (simulated, JSON lines) into playable records, one per line')
    .requiredOption('--from <source>', 'source format: agentclinic')
    .argument('<file>', 'AgentClinic OSCE cases, one JSON object per line (agentclinic_medqa.jsonl, ...)')
    .option('--out <file>', 'write the records to this file instead of standard output')
    .option('--ontology <dir>', 'knowledge-base directory (default: the shipped ./ontology)')
    .addHelpText(
      'after',
      '\nOnly the AgentClinic OSCE shape is accepted: simulated teaching cases. Never import real patient\nrecords; a case with identifying fields (name, MRN, date of birth, address, ...) is refused.\nA summary and per-case warnings go to standard error. Exit 0 if any case converted, 1 if none, 2 on bad usage.',
    )
    .action(async (file: string, opts: import('./cli/importCases.ts').ImportOptions) => {
      const { importCommand } = await import('./cli/importCases.ts');
      result.code = await importCommand(io, file, opts);
    });

  program
    .command('bot')
    .description('run the Discord bot (what `npm start` runs); needs DISCORD_TOKEN')
    .action(async () => {
      const { runBot } = await import('./bot.ts');
      result.code = await runBot(io, env);
    });

  program
    .command('deploy-commands')
    .description('register the /patient slash command with Discord (globally, or for one guild)')
    .option('--guild <id>', 'register in this guild only (shows up at once; for testing)')
    .action(async (opts: { guild?: string }) => {
      const { deployCommands } = await import('../../deploy/registerCommands.ts');
      result.code = await deployCommands(io, env, opts);
    });

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
