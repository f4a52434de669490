import { describe, expect, it } from 'vitest';
import { main } from '../../src/app/main.ts';
import { captureIo } from '../fakes/captureIo.ts';

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
