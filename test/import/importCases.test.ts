import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/app/main.ts';
import { PatientRecord } from '../../src/domain/record.ts';
import { captureIo } from '../fakes/captureIo.ts';
import { SAMPLE_PATH } from './agentClinicSample.ts';

const env = { STORE_URL: 'memory://' };
const dir = mkdtempSync(join(tmpdir(), 'pz-import-'));

describe('patient-zero import --from agentclinic', () => {
  it('GIVEN the sample THEN it prints one valid record per converted case and a summary on stderr, exit 0', async () => {
    const { io, out, err } = captureIo();
    expect(await main(['import', '--from', 'agentclinic', SAMPLE_PATH], io, env)).toBe(0);
    expect(out).toHaveLength(3);
    for (const line of out) expect(() => PatientRecord.parse(JSON.parse(line))).not.toThrow();
    const summary = err.join('\n');
    expect(summary).toMatch(/4 case\(s\) read, 3 converted, 1 skipped, \d+ warning\(s\)/);
    expect(summary).toContain('case 3 (line 4): invalid_json');
  });

  it('GIVEN --out THEN the records go to the file, not stdout', async () => {
    const file = join(dir, 'records.jsonl');
    const { io, out } = captureIo();
    expect(await main(['import', '--from', 'agentclinic', SAMPLE_PATH, '--out', file], io, env)).toBe(0);
    expect(out).toEqual([]);
    expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(3);
  });

  it('GIVEN an unknown --from THEN exit 2 naming the valid sources', async () => {
    const { io, err } = captureIo();
    expect(await main(['import', '--from', 'fhir', SAMPLE_PATH], io, env)).toBe(2);
    expect(err.join('\n')).toContain('Valid sources: agentclinic');
  });

  it('GIVEN no --from, or a file that does not exist THEN exit 2', async () => {
    expect(await main(['import', SAMPLE_PATH], captureIo().io, env)).toBe(2);
    expect(
      await main(['import', '--from', 'agentclinic', join(dir, 'missing.jsonl')], captureIo().io, env),
    ).toBe(2);
  });

  it('GIVEN a file where no case converts THEN exit 1 and nothing on stdout', async () => {
    const file = join(dir, 'broken.jsonl');
    writeFileSync(file, '{ "OSCE_Examination": \n{"question": "NEJM shape"}\n');
    const { io, out, err } = captureIo();
    expect(await main(['import', '--from', 'agentclinic', file], io, env)).toBe(1);
    expect(out).toEqual([]);
    expect(err.join('\n')).toContain('2 case(s) read, 0 converted, 2 skipped');
  });

  it('GIVEN --help THEN it says only simulated AgentClinic cases are accepted, never real records', async () => {
    const { io, out } = captureIo();
    expect(await main(['import', '--help'], io, env)).toBe(0);
    expect(out.join('\n')).toMatch(/simulated/);
    expect(out.join('\n')).toMatch(/Never import real patient/);
  });

  it('GIVEN an imported record THEN `interview --record` plays it: history, examination and tests', async () => {
    const file = join(dir, 'play.jsonl');
    expect(
      await main(['import', '--from', 'agentclinic', SAMPLE_PATH, '--out', file], captureIo().io, env),
    ).toBe(0);
    const { io, out, err } = captureIo([
      'What brings you in today?',
      'Do you smoke?',
      '/exam cardiovascular',
      '/order troponin',
    ]);
    expect(await main(['interview', '--record', file], io, env), err.join('\n')).toBe(0);
    const replies = out.slice(1).map((l) => JSON.parse(l) as { reply: string });
    expect(replies).toHaveLength(4);
    expect(replies[0]?.reply.toLowerCase()).toContain('chest');
    expect(replies[1]?.reply).toMatch(/twenty|20/);
    expect(replies[2]?.reply).toContain('Pale and sweaty');
    expect(replies[3]?.reply).toContain('Elevated');
  });
});
