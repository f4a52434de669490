/** The CLI's streams, injected so commands run in-process under test. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** A prompt without a newline, shown only when a person is typing (stdin is a terminal). */
  prompt(text: string): void;
  /** Lines of standard input, for `interview`. */
  lines(): AsyncIterable<string>;
}

export function processIo(): Io {
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    prompt: (text) => {
      if (process.stdin.isTTY) process.stdout.write(text);
    },
    lines: async function* () {
      const { createInterface } = await import('node:readline');
      const rl = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of rl) yield line;
    },
  };
}
