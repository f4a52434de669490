/** A command line's input and output in memory: what it printed (out, err) and the lines it reads. */
import type { Io } from '../../src/app/cli/io.ts';

export function captureIo(input: readonly string[] = []): { io: Io; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: {
      out: (l) => out.push(l),
      err: (l) => err.push(l),
      prompt: () => undefined,
      lines: async function* () {
        yield* input;
      },
    },
  };
}
