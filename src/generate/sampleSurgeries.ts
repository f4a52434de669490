/**
 * Past operations by lifetime prevalence, only those the patient's sex and age allow, done at an age
 * between the operation's minimum and maximum age (no caesarean section at 70).
 */
import type { PatientRecord } from '../domain/record.ts';
import { BACKGROUND } from './backgroundRates.ts';
import type { DemographicsContext } from './context.ts';
import { fitsPatient } from './fitsPatient.ts';
import { indexOntology } from './indexOntology.ts';
import type { Rng } from './rng.ts';

/** Past operations (at most two) with how long ago they were done. */
export function sampleSurgeries(ctx: DemographicsContext, rng: Rng): PatientRecord['history']['surgeries'] {
  const { age, sex } = ctx.demographics;
  const out: PatientRecord['history']['surgeries'] = [];
  for (const def of indexOntology(ctx.ontology).surgeries) {
    if (out.length >= BACKGROUND.maxSurgeries) break;
    if (!fitsPatient({ minAge: def.minAge, sex: def.sex }, age, sex) || !rng.chance(def.prevalence)) continue;
    const longest = age - def.minAge;
    const shortest = Math.max(Math.min(1, longest), def.maxAge === undefined ? 0 : age - def.maxAge);
    if (shortest > longest) continue;
    out.push({ id: def.id, name: def.name, lay: def.lay, yearsAgo: rng.int(shortest, longest) });
  }
  return out;
}
