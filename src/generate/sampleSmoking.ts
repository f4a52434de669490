/**
 * Smoking history with consistent numbers: pack-years = cigarettes per day × years smoked / 20, never
 * started before 15, quit before today. A condition's smoking risk factor sets the chance and the
 * pack-year range; otherwise background UK rates apply.
 */
import type { Smoking } from '../domain/record.ts';
import type { Range, RiskFactor } from '../ontology/schema.ts';
import { BACKGROUND } from './backgroundRates.ts';
import type { Rng } from './rng.ts';

const START_AGE = 15;
const MAX_PER_DAY = 60;

function smoker(status: 'current' | 'ex', range: Range, age: number, rng: Rng): Smoking {
  const span = age - START_AGE;
  if (span < 1) return { status: 'never' };
  const quitYearsAgo = status === 'ex' ? rng.int(1, Math.max(1, Math.min(30, span - 1))) : 0;
  const maxYears = span - quitYearsAgo;
  if (maxYears < 1) return smoker('current', range, age, rng);
  const target = Math.max(0.5, rng.float(range.low, range.high));
  const minYears = Math.min(maxYears, Math.max(1, Math.ceil((target * 20) / 40)));
  const years = rng.int(minYears, maxYears);
  const perDay = Math.min(MAX_PER_DAY, Math.max(1, Math.round((target * 20) / years)));
  const packYears = Math.max(0.1, Math.round((perDay * years * 10) / 20) / 10);
  return status === 'current'
    ? { status, perDay, years, packYears }
    : { status, perDay, years, packYears, quitYearsAgo };
}

/** Smoking status, with cigarettes a day, years and pack-years for smokers and ex-smokers. */
export function sampleSmoking(
  risk: Extract<RiskFactor, { type: 'smoking' }> | undefined,
  age: number,
  rng: Rng,
): Smoking {
  if (risk) {
    if (!rng.chance(risk.probability)) return { status: 'never' };
    const status = rng.chance(BACKGROUND.riskSmokerStillSmoking) ? 'current' : 'ex';
    return smoker(status, risk.packYears, age, rng);
  }
  const u = rng.next();
  if (u < BACKGROUND.currentSmoker) return smoker('current', BACKGROUND.packYears, age, rng);
  if (u < BACKGROUND.currentSmoker + BACKGROUND.exSmoker) return smoker('ex', BACKGROUND.packYears, age, rng);
  return { status: 'never' };
}
