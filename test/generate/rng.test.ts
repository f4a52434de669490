import { describe, expect, it } from 'vitest';
import { createRng } from '../../src/generate/rng.ts';

describe('createRng', () => {
  it('GIVEN the same seed THEN yields the same sequence', () => {
    const a = createRng('7:0');
    const b = createRng('7:0');
    const draw = (r: ReturnType<typeof createRng>) => [
      r.next(),
      r.int(1, 6),
      r.pick(['a', 'b', 'c']),
      r.chance(0.5),
    ];
    expect(draw(a)).toEqual(draw(b));
  });

  it('GIVEN neighbouring seeds THEN yields different sequences', () => {
    const firsts = new Set(Array.from({ length: 1000 }, (_, i) => createRng(`7:${i}`).next()));
    expect(firsts.size).toBe(1000);
  });

  it('GIVEN an integer range THEN draws every value, both ends included, and nothing outside', () => {
    const r = createRng('ints');
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) seen.add(r.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  it('GIVEN weights THEN picks in proportion to them and never a zero weight', () => {
    const r = createRng('weights');
    const counts = { a: 0, b: 0, z: 0 };
    const items = [
      { id: 'a' as const, w: 3 },
      { id: 'z' as const, w: 0 },
      { id: 'b' as const, w: 1 },
    ];
    for (let i = 0; i < 20_000; i++) counts[r.weighted(items, (x) => x.w).id]++;
    expect(counts.z).toBe(0);
    expect(counts.a / 20_000).toBeCloseTo(0.75, 1);
  });

  it('GIVEN an empty list or no positive weight THEN refuses instead of inventing a value', () => {
    const r = createRng('empty');
    expect(() => r.pick([])).toThrow(RangeError);
    expect(() => r.weighted([1, 2], () => 0)).toThrow(RangeError);
  });

  it('GIVEN a fork THEN the fork is reproducible and independent of later parent draws', () => {
    const a = createRng('fork');
    const b = createRng('fork');
    const fa = a.fork('name');
    const fb = b.fork('name');
    b.next();
    expect(fa.next()).toBe(fb.next());
    expect(createRng('fork').fork('name').next()).not.toBe(createRng('fork').fork('other').next());
  });
});
