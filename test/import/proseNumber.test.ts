import { describe, expect, it } from 'vitest';
import { proseNumber } from '../../src/import/proseNumber.ts';

describe('proseNumber', () => {
  it.each([
    ['4', 4],
    ['2.5', 2.5],
    ['an', 1],
    ['Twelve', 12],
    ['a couple of', 2],
    ['several', 3],
    [' a few ', 3],
  ])('GIVEN "%s" THEN %d', (text, n) => {
    expect(proseNumber(text)).toBe(n);
  });

  it.each(['', 'many', '4x', 'twenty-six'])('GIVEN "%s" THEN no number (never a guess)', (text) => {
    expect(proseNumber(text)).toBeUndefined();
  });
});
