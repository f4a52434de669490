/** The CLI's streams, injected so commands run in-process under test. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** Lines of standard input, for `interview`. */
  lines(): AsyncIterable<string>;
}

export function processIo(): Io {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    lines: async function* () {
      const { createInterface } = await import('node:readline');
      const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of rl) yield line;
    },
  };
}
