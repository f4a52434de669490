import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/app/cli/io.ts';
import { main } from '../../src/app/main.ts';
import { Query } from '../../src/domain/query.ts';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (line) => {
      stdout.push(line);
    },
    err: (line) => {
      stderr.push(line);
    },
    prompt: () => {},
    lines: async function* () {},
  };
}

const run = async (args: string[]) => {
  const io = capture();
  const code = await main(['understand', ...args], io, {});
  return { code, stdout: io.stdout.join('\n'), stderr: io.stderr.join('\n') };
};

describe('patient-zero understand', () => {
  it('GIVEN a question THEN prints the queries as a JSON array of valid queries', async () => {
    const { code, stdout } = await run(['Any fever or cough? And do you smoke?']);
    expect(code).toBe(0);
    const queries = Query.array().parse(JSON.parse(stdout));
    expect(queries.map((q) => [q.topic, q.target])).toEqual([
      ['symptom', 'fever'],
      ['symptom', 'cough'],
      ['smoking', undefined],
    ]);
  });

  it('GIVEN --focus THEN reads a follow-up about that symptom', async () => {
    const { stdout } = await run(['does it go anywhere?', '--focus', 'chest-pain']);
    expect(JSON.parse(stdout)).toMatchObject([
      { topic: 'symptom', target: 'chest-pain', attribute: 'radiation' },
    ]);
  });

  it('GIVEN an unknown focus symptom THEN fails with a usage exit code and says why', async () => {
    const { code, stderr } = await run(['where is it?', '--focus', 'no-such-symptom']);
    expect(code).toBe(2);
    expect(stderr).toContain('no-such-symptom');
  });
});
