/**
 * Social history: smoking, alcohol, recreational drugs and exposures (travel, immobilisation, ...) from
 * the condition's risk factors. Pregnancy-related exposures only for women of reproductive age.
 */
import type { PatientRecord } from '../domain/record.ts';
import { appliesTo } from '../ontology/appliesTo.ts';
import { PREGNANCY_EXPOSURE, REPRODUCTIVE_AGE } from '../ontology/pregnancy.ts';
import type { DemographicsContext } from './context.ts';
import { indexOntology } from './indexOntology.ts';
import type { Rng } from './rng.ts';
import { sampleAlcohol } from './sampleAlcohol.ts';
import type { PregnancyAccount } from './samplePregnancy.ts';
import { sampleSmoking } from './sampleSmoking.ts';

export interface SocialHistory {
  social: PatientRecord['history']['social'];
  /** What the pregnancy exposure, when drawn, says: a current pregnancy or recent childbirth. */
  pregnancy: PregnancyAccount;
}

/**
 * Smoking, alcohol, recreational drugs and exposures. An exposure is drawn only when its `when` applies
 * to the patient (age, sex, and any of the chronic conditions in `own`, the past conditions drawn so far).
 */
export function sampleSocialHistory(
  ctx: DemographicsContext,
  own: ReadonlySet<string>,
  rng: Rng,
): SocialHistory {
  const { condition } = ctx;
  const { age, sex } = ctx.demographics;
  const plan = indexOntology(ctx.ontology).planFor(condition);
  const smoking = sampleSmoking(plan.smoking, age, rng);
  const alcoholUnitsPerWeek = sampleAlcohol(plan.alcohol, rng);
  const drugs: PatientRecord['history']['social']['drugs'] = [];
  const exposures: PatientRecord['history']['social']['exposures'] = [];
  const canBePregnant = sex === 'female' && age >= REPRODUCTIVE_AGE.low && age <= REPRODUCTIVE_AGE.high;
  let pregnancy: PregnancyAccount;
  for (const r of condition.riskFactors) {
    if (r.type === 'drug' && age >= 16 && rng.chance(r.probability)) {
      drugs.push({ id: r.id, name: r.name, lay: r.lay });
    } else if (r.type === 'exposure') {
      if (r.id === PREGNANCY_EXPOSURE && !canBePregnant) continue;
      if (!ctx.ontology.exposures.has(r.id) || exposures.some((e) => e.id === r.id)) continue;
      if (!appliesTo(r.when, age, sex, own)) continue;
      if (rng.chance(r.probability)) {
        exposures.push({ id: r.id, text: r.text });
        if (r.id === PREGNANCY_EXPOSURE) pregnancy = r.pregnancy;
      }
    }
  }
  return { social: { smoking, alcoholUnitsPerWeek, drugs, exposures }, pregnancy };
}
