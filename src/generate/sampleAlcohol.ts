/** Alcohol in UK units a week: the condition's alcohol risk factor when it applies, else background rates. */
import type { RiskFactor } from '../ontology/schema.ts';
import { BACKGROUND } from './backgroundRates.ts';
import type { Rng } from './rng.ts';

/** Alcohol intake in UK units a week. */
export function sampleAlcohol(risk: Extract<RiskFactor, { type: 'alcohol' }> | undefined, rng: Rng): number {
  if (risk && rng.chance(risk.probability)) {
    return rng.int(Math.ceil(risk.unitsPerWeek.low), Math.floor(risk.unitsPerWeek.high));
  }
  if (rng.chance(BACKGROUND.teetotal)) return 0;
  // a condition that lists heavy drinking as a risk keeps its other patients within moderate limits
  const heavy = !risk && rng.chance(BACKGROUND.heavyDrinker);
  const range = heavy ? BACKGROUND.heavyUnits : BACKGROUND.moderateUnits;
  return rng.int(range.low, range.high);
}
