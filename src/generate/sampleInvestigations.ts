/**
 * Investigation results the condition produces, each with its probability (easy cases show every
 * usual result). Tests the record does not hold come back normal through `resultFor`.
 */
import type { PatientRecord } from '../domain/record.ts';
import { buildResult } from './buildResult.ts';
import type { PresentationContext } from './context.ts';
import { DIFFICULTY_PROFILES } from './difficultyProfile.ts';
import type { Rng } from './rng.ts';

/** The investigation results the condition produces for this patient. */
export function sampleInvestigations(ctx: PresentationContext, rng: Rng): PatientRecord['investigations'] {
  const profile = DIFFICULTY_PROFILES[ctx.difficulty];
  const out: PatientRecord['investigations'] = [];
  for (const inv of ctx.condition.investigations) {
    const def = ctx.ontology.investigation(inv.id);
    if (!def || out.some((r) => r.id === inv.id)) continue;
    if (rng.chance(profile.resultPresence(inv.probability))) {
      out.push(buildResult(def, ctx.demographics, inv, rng));
    }
  }
  return out;
}
