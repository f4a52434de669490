import { describe, expect, it } from 'vitest';
import { globalCopy } from '../../src/dialogue/globalCopy.ts';
import { rulesOnly } from './knowledge.ts';

describe('globalCopy', () => {
  it('gives one global copy per pattern and leaves the pattern itself without state', () => {
    const re = /\bstairs?\b/;
    const copy = globalCopy(re);
    expect(copy.flags).toBe('g');
    expect(globalCopy(re)).toBe(copy);
    expect([...'the stairs, more stairs'.matchAll(copy)]).toHaveLength(2);
    expect(re.lastIndex).toBe(0);
  });

  it("keeps the lexicon's refinement settings without the g flag, so .test() on them keeps no state", () => {
    for (const r of rulesOnly().refinements) {
      expect(r.setting.global, r.id).toBe(false);
    }
  });
});
