/**
 * The one source of randomness of the generator: xoroshiro128+ from pure-rand, seeded with the full
 * 128 bits of a string hash so distinct seeds ("7:0", "7:1", ...) never share a stream. Every step
 * draws from the Rng it is given, so the same seed always yields the same record.
 */
import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';
import { hashString } from './hashString.ts';

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** A float in [min, max). */
  float(min: number, max: number): number;
  /** One item, uniformly; the list must not be empty. */
  pick<T>(items: readonly T[]): T;
  /** One item with probability proportional to its weight; the total weight must be positive. */
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  /**
   * An index with probability proportional to its weight (the same draw as `weighted` over the same
   * weights); the total weight must be positive.
   */
  weightedIndex(weights: readonly number[]): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** An independent stream for one purpose, so changes in one step do not shift another's draws. */
  fork(label: string): Rng;
}

class PureRng implements Rng {
  constructor(private readonly source: RandomGenerator) {}

  next(): number {
    return uniformFloat64(this.source);
  }

  int(min: number, max: number): number {
    if (max <= min) return min;
    return uniformInt(this.source, min, max);
  }

  float(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  weighted<T>(items: readonly T[], weight: (item: T) => number): T {
    let total = 0;
    for (const item of items) total += Math.max(0, weight(item));
    if (!(total > 0)) throw new RangeError('weighted pick with no positive weight');
    let target = this.next() * total;
    let last: T | undefined;
    for (const item of items) {
      const w = Math.max(0, weight(item));
      if (w === 0) continue;
      last = item;
      target -= w;
      if (target < 0) return item;
    }
    return last as T; // rounding: the last item with weight
  }

  weightedIndex(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += Math.max(0, w);
    if (!(total > 0)) throw new RangeError('weighted pick with no positive weight');
    let target = this.next() * total;
    let last = -1;
    for (let i = 0; i < weights.length; i++) {
      const w = Math.max(0, weights[i] ?? 0);
      if (w === 0) continue;
      last = i;
      target -= w;
      if (target < 0) return i;
    }
    return last; // rounding: the last index with weight
  }

  chance(p: number): boolean {
    if (p <= 0) return false;
    if (p >= 1) return true;
    return this.next() < p;
  }

  fork(label: string): Rng {
    const [a, b, c, d] = labelHash(label);
    return fromWords([
      a ^ this.source.next(),
      b ^ this.source.next(),
      c ^ this.source.next(),
      d ^ this.source.next(),
    ]);
  }
}

// fork labels are a handful of constants ("name", ...): hash each once
const labelHashes = new Map<string, readonly [number, number, number, number]>();

function labelHash(label: string): readonly [number, number, number, number] {
  let hash = labelHashes.get(label);
  if (!hash) {
    hash = hashString(label);
    if (labelHashes.size < 1000) labelHashes.set(label, hash);
  }
  return hash;
}

function fromWords(words: [number, number, number, number]): Rng {
  // xoroshiro must not start from the all-zero state
  const [a, b, c, d] = words;
  const source = xoroshiro128plusFromState(
    a === 0 && b === 0 && c === 0 && d === 0 ? [1, 0, 0, 0] : [a | 0, b | 0, c | 0, d | 0],
  );
  // discard a few outputs so similar seeds diverge before the first draw
  for (let i = 0; i < 4; i++) source.next();
  return new PureRng(source);
}

/** A seeded Rng: the same seed always gives the same sequence. */
export function createRng(seed: string): Rng {
  return fromWords(hashString(seed));
}
