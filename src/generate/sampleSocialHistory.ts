/**
 * Social history: smoking, alcohol, recreational drugs and exposures (travel, immobilisation, ...) from
 * the condition's risk factors. Pregnancy-related exposures only for women of reproductive age.
 */
import type { PatientRecord } from '../domain/record.ts';
import { PREGNANCY_EXPOSURE, REPRODUCTIVE_AGE } from '../ontology/pregnancy.ts';
import type { DemographicsContext } from './context.ts';
import type { Rng } from './rng.ts';
import { sampleAlcohol } from './sampleAlcohol.ts';
import { sampleSmoking } from './sampleSmoking.ts';

/** Smoking, alcohol, recreational drugs and exposures. */
export function sampleSocialHistory(ctx: DemographicsContext, rng: Rng): PatientRecord['history']['social'] {
  const { condition } = ctx;
  const { age, sex } = ctx.demographics;
  const smoking = sampleSmoking(condition, age, rng);
  const alcoholUnitsPerWeek = sampleAlcohol(condition, rng);
  const drugs: PatientRecord['history']['social']['drugs'] = [];
  const exposures: PatientRecord['history']['social']['exposures'] = [];
  const canBePregnant = sex === 'female' && age >= REPRODUCTIVE_AGE.low && age <= REPRODUCTIVE_AGE.high;
  for (const r of condition.riskFactors) {
    if (r.type === 'drug' && age >= 16 && rng.chance(r.probability)) {
      drugs.push({ id: r.id, name: r.name, lay: r.lay });
    } else if (r.type === 'exposure') {
      if (r.id === PREGNANCY_EXPOSURE && !canBePregnant) continue;
      if (!ctx.ontology.exposures.has(r.id) || exposures.some((e) => e.id === r.id)) continue;
      if (rng.chance(r.probability)) exposures.push({ id: r.id, text: r.text });
    }
  }
  return { smoking, alcoholUnitsPerWeek, drugs, exposures };
}
