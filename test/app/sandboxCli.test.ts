import { describe, expect, it } from 'vitest';
import { main } from '../../src/app/main.ts';

function captureIo(input: string[]): { io: Parameters<typeof main>[1]; out: string[]; err: string[] } {
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

describe('patient-zero sandbox', () => {
  it('GIVEN a terminal case THEN the triage names the commands as typed here, and the patient answers', async () => {
    const { io, out } = captureIo(['What brings you in today?', '/vitals', '/quit']);
    expect(
      await main(['sandbox', 'cardiology', '--seed', 'sandbox-test'], io, { STORE_URL: 'memory://' }),
    ).toBe(0);
    const shown = out.join('\n');
    expect(shown).toContain('Triage note');
    expect(shown).toContain('/exam');
    expect(shown).toContain('/diagnose');
    expect(shown).not.toContain('/patient');
    expect(shown).toMatch(/\n\w+> .+/);
  });
});
