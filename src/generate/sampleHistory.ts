/**
 * Step 3: risk factors and history. Past conditions, allergies, social history and pregnancy come
 * first because medications depend on all of them (usual drugs of each condition, minus allergy
 * classes and sex-specific drugs); then operations and family history.
 */
import { PREGNANCY_EXPOSURE } from '../ontology/pregnancy.ts';
import type { DemographicsContext, HistoryContext } from './context.ts';
import type { Rng } from './rng.ts';
import { sampleAllergies } from './sampleAllergies.ts';
import { sampleFamilyHistory } from './sampleFamilyHistory.ts';
import { sampleMedications } from './sampleMedications.ts';
import { samplePastConditions } from './samplePastConditions.ts';
import { samplePregnancy } from './samplePregnancy.ts';
import { sampleSocialHistory } from './sampleSocialHistory.ts';
import { sampleSurgeries } from './sampleSurgeries.ts';

/** Step 3 of the pipeline: adds the past medical, drug, allergy, family and social history. */
export function sampleHistory(ctx: DemographicsContext, rng: Rng): HistoryContext {
  const past = samplePastConditions(ctx, rng);
  const allergies = sampleAllergies(ctx, rng);
  const own = new Set<string>();
  for (const p of past) own.add(p.def.id);
  const { social, pregnancy } = sampleSocialHistory(ctx, own, rng);
  const pregnant = samplePregnancy(ctx.demographics.sex, ctx.demographics.age, pregnancy);
  const medications = sampleMedications(ctx, past, allergies, pregnant, rng);
  const has = new Set<string>(own);
  for (const m of medications) has.add(m.id);
  const surgeries = sampleSurgeries(
    ctx,
    { has, pregnancy: pregnant === true || social.exposures.some((e) => e.id === PREGNANCY_EXPOSURE) },
    rng,
  );
  const family = sampleFamilyHistory(ctx, rng);
  return {
    ontology: ctx.ontology,
    request: ctx.request,
    condition: ctx.condition,
    difficulty: ctx.difficulty,
    demographics: ctx.demographics,
    history:
      pregnant === undefined
        ? { conditions: past.map((p) => p.entry), surgeries, medications, allergies, family, social }
        : {
            conditions: past.map((p) => p.entry),
            surgeries,
            medications,
            allergies,
            family,
            social,
            pregnant,
          },
  };
}
