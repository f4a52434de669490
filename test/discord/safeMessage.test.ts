import { describe, expect, it } from 'vitest';
import { clampText, LIMITS, safeEmbeds, toSafePayload } from '../../src/adapters/discord/safeMessage.ts';

describe('the safe message helper', () => {
  it('GIVEN text over 2,000 characters THEN it is cut to exactly 2,000 with an ellipsis', () => {
    const payload = toSafePayload({ content: 'a'.repeat(5_000) });
    expect(payload.content).toHaveLength(2_000);
    expect(payload.content.endsWith('…')).toBe(true);
  });

  it('GIVEN a cut that would split an emoji THEN no lone surrogate is left', () => {
    const text = `${'a'.repeat(1_998)}😀😀`;
    const cut = clampText(text, 2_000);
    expect(cut.length).toBeLessThanOrEqual(2_000);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(cut)).toBe(false);
  });

  it('GIVEN any message THEN mentions notify nobody', () => {
    expect(toSafePayload({ content: '@everyone <@123>' }).allowedMentions).toEqual({
      parse: [],
      repliedUser: false,
    });
  });

  it('GIVEN an empty message THEN something is still sent (Discord refuses empty messages)', () => {
    expect(toSafePayload({}).content).toBe('…');
  });

  it('GIVEN oversized embeds THEN each field and the total stay within Discord limits', () => {
    const huge = 'x'.repeat(5_000);
    const embeds = safeEmbeds(
      Array.from({ length: 12 }, () => ({
        title: huge,
        description: huge,
        fields: Array.from({ length: 30 }, () => ({ name: huge, value: huge })),
        footer: { text: huge },
      })),
    );
    expect(embeds.length).toBeLessThanOrEqual(LIMITS.embeds);
    let total = 0;
    for (const e of embeds) {
      expect(e.title?.length ?? 0).toBeLessThanOrEqual(LIMITS.title);
      expect(e.description?.length ?? 0).toBeLessThanOrEqual(LIMITS.description);
      expect(e.fields?.length ?? 0).toBeLessThanOrEqual(LIMITS.fields);
      for (const f of e.fields ?? []) {
        expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
        expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
        total += f.name.length + f.value.length;
      }
      total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
    }
    expect(total).toBeLessThanOrEqual(LIMITS.embedTotal);
  });

  it('GIVEN small embeds THEN they pass unchanged', () => {
    const embed = { title: 'Diagnosis', description: 'Typical presentation.', color: 1 };
    expect(safeEmbeds([embed])).toEqual([embed]);
  });
});
