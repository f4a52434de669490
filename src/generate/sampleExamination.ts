/**
 * Examination findings from the condition, each present with its probability as the difficulty shapes
 * it, only those the patient's sex allows, ordered by body system. Systems without a listed finding
 * examine normally (the system's `normalExam` text), which the case layer supplies.
 */
import type { PatientRecord } from '../domain/record.ts';
import type { PresentationContext } from './context.ts';
import { DIFFICULTY_PROFILES } from './difficultyProfile.ts';
import { indexOntology } from './indexOntology.ts';
import type { Rng } from './rng.ts';

/** The abnormal examination findings, ordered by body system. */
export function sampleExamination(ctx: PresentationContext, rng: Rng): PatientRecord['examination'] {
  const profile = DIFFICULTY_PROFILES[ctx.difficulty];
  const { sex } = ctx.demographics;
  const { findings, findingsBySystem } = indexOntology(ctx.ontology).findingsPlanFor(
    ctx.condition,
    ctx.variant,
  );
  // drawn in the condition's order, listed by body system (then in the condition's order)
  const present: boolean[] = [];
  for (const { def, probability } of findings) {
    present.push((def.sex === undefined || def.sex === sex) && rng.chance(profile.presence(probability)));
  }
  const out: PatientRecord['examination'] = [];
  for (const i of findingsBySystem) {
    const def = findings[i]?.def;
    if (def && present[i] === true) out.push({ system: def.system, id: def.id, text: def.text });
  }
  return out;
}
