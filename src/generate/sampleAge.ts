/**
 * An age from a condition's distribution: triangular over [min, max] peaking at the mode, with a share
 * drawn uniformly from the whole range (more at hard difficulty: the young MI, the elderly asthmatic).
 */
import type { ConditionDef } from '../ontology/schema.ts';
import type { Rng } from './rng.ts';

/** An integer age within the range, triangular around the mode, `uniformShare` of the time uniform. */
export function sampleAge(age: ConditionDef['age'], uniformShare: number, rng: Rng): number {
  const { min, max } = age;
  if (max <= min) return min;
  const mode = Math.min(max, Math.max(min, age.mode));
  let x: number;
  if (rng.chance(uniformShare)) {
    x = rng.float(min, max + 1);
  } else {
    const u = rng.next();
    const split = (mode - min) / (max - min);
    x =
      u < split
        ? min + Math.sqrt(u * (max - min) * (mode - min))
        : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
    x += 0.5; // round to the nearest year rather than down
  }
  return Math.min(max, Math.max(min, Math.floor(x)));
}
