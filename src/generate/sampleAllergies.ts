/** Allergies by their prevalence, each with one reaction the patient describes. */
import type { PatientRecord } from '../domain/record.ts';
import { BACKGROUND } from './backgroundRates.ts';
import type { DemographicsContext } from './context.ts';
import { indexOntology } from './indexOntology.ts';
import type { Rng } from './rng.ts';

/** The patient's allergies (at most three), each with the reaction they describe. */
export function sampleAllergies(ctx: DemographicsContext, rng: Rng): PatientRecord['history']['allergies'] {
  const out: PatientRecord['history']['allergies'] = [];
  for (const def of indexOntology(ctx.ontology).allergies) {
    if (out.length >= BACKGROUND.maxAllergies) break;
    if (rng.chance(def.prevalence)) {
      out.push({ id: def.id, substance: def.substance, reaction: rng.pick(def.reactions) });
    }
  }
  return out;
}
