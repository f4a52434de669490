/** The `patient-zero` command line: one binary, stable subcommands (contract in DESIGN.md). */
import { Command, CommanderError } from 'commander';
import { type Io, processIo } from './cli/io.ts';
import { ontologyCheck } from './cli/ontologyCheck.ts';

/** Builds the program; every action stores its exit code in `result.code`. */
export function buildProgram(io: Io, result: { code: number }): Command {
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

  return program;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const result = { code: 0 };
  const program = buildProgram(io, result);
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
