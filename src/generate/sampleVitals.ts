/**
 * Vital signs inside the condition's pattern: uniform over the range (its central part at easy
 * difficulty, the textbook middle), whole numbers except temperature (one decimal).
 */
import type { Vitals } from '../domain/record.ts';
import type { Range, VitalsPattern } from '../ontology/schema.ts';
import type { Rng } from './rng.ts';

function within(range: Range, spread: number, decimals: number, rng: Rng): number {
  const mid = (range.low + range.high) / 2;
  const half = ((range.high - range.low) / 2) * spread;
  const scale = 10 ** decimals;
  const low = Math.ceil(range.low * scale);
  const high = Math.floor(range.high * scale);
  if (high < low) return Math.round(mid * scale) / scale;
  const value = Math.round(rng.float(mid - half, mid + half) * scale);
  return Math.min(high, Math.max(low, value)) / scale;
}

/** Vital signs within the pattern, `spread` being the central share of each range used. */
export function sampleVitals(pattern: VitalsPattern, spread: number, rng: Rng): Vitals {
  return {
    heartRate: within(pattern.heartRate, spread, 0, rng),
    systolic: within(pattern.systolic, spread, 0, rng),
    diastolic: within(pattern.diastolic, spread, 0, rng),
    respiratoryRate: within(pattern.respiratoryRate, spread, 0, rng),
    spo2: within(pattern.spo2, spread, 0, rng),
    temperature: within(pattern.temperature, spread, 1, rng),
  };
}
