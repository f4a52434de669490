import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Io } from '../../src/app/cli/io.ts';
import { main } from '../../src/app/main.ts';
import { PatientRecord } from '../../src/domain/record.ts';

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
  const code = await main(['generate', ...args], io, {});
  return { code, lines: io.stdout.join('\n').split('\n').filter(Boolean), stderr: io.stderr.join('\n') };
};

describe('patient-zero generate', () => {
  it('GIVEN a count and a seed THEN writes that many valid records as JSON lines, reproducibly', async () => {
    const a = await run(['--specialty', 'cardiology', '--count', '3', '--seed', '7']);
    const b = await run(['--specialty', 'cardiology', '--count', '3', '--seed', '7']);
    expect(a.code).toBe(0);
    expect(a.lines).toHaveLength(3);
    for (const line of a.lines) expect(() => PatientRecord.parse(JSON.parse(line))).not.toThrow();
    expect(a.lines).toEqual(b.lines);
    expect(JSON.parse(a.lines[1] ?? '{}').seed).toBe('7:1');
  });

  it('GIVEN an unknown specialty THEN exits 2 listing the valid specialties', async () => {
    const r = await run(['--specialty', 'cardio', '--seed', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown specialty "cardio"\. Valid specialties: .*cardiology/);
    expect(r.lines).toEqual([]);
  });

  it('GIVEN an unknown condition or difficulty THEN exits 2 listing the valid values', async () => {
    const c = await run(['--specialty', 'cardiology', '--condition', 'nope', '--seed', '1']);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/Valid conditions: .*stemi/);
    const d = await run(['--specialty', 'cardiology', '--difficulty', 'extreme', '--seed', '1']);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('Valid difficulties: easy, medium, hard');
  });

  it('GIVEN a bad count or format THEN exits 2', async () => {
    expect((await run(['--specialty', 'cardiology', '--count', '0'])).code).toBe(2);
    expect((await run(['--specialty', 'cardiology', '--format', 'xml'])).code).toBe(2);
  });

  it('GIVEN --condition and --difficulty THEN every record is that condition at that difficulty', async () => {
    const r = await run([
      '--specialty',
      'cardiology',
      '--condition',
      'stemi',
      '--difficulty',
      'hard',
      '--count',
      '5',
      '--seed',
      '2',
    ]);
    expect(r.code).toBe(0);
    for (const line of r.lines)
      expect(JSON.parse(line)).toMatchObject({ condition: { id: 'stemi' }, difficulty: 'hard' });
  });

  it('GIVEN --format fhir and --out THEN writes one FHIR Bundle per line to the file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pz-')), 'out.ndjson');
    const r = await run([
      '--specialty',
      'respiratory',
      '--count',
      '4',
      '--seed',
      '3',
      '--format',
      'fhir',
      '--out',
      file,
    ]);
    expect(r.code).toBe(0);
    expect(r.lines).toEqual([]);
    const bundles = readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(bundles).toHaveLength(4);
    for (const b of bundles) expect(b).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  });

  it('GIVEN no seed THEN picks one and prints it on stderr so the run can be repeated', async () => {
    const r = await run(['--specialty', 'cardiology']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/seed: \S+/);
  });

  it('GIVEN a large count THEN reports progress on stderr', async () => {
    const r = await run([
      '--specialty',
      'respiratory',
      '--count',
      '10000',
      '--seed',
      '4',
      '--out',
      join(mkdtempSync(join(tmpdir(), 'pz-')), 'big.jsonl'),
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/generated 10000\/10000 \(100%\)/);
  }, 120_000);
});
