/** Step 5: vital signs, examination findings by system, and investigation results with units and flags. */
import type { FindingsContext, PresentationContext } from './context.ts';
import { DIFFICULTY_PROFILES } from './difficultyProfile.ts';
import { indexOntology } from './indexOntology.ts';
import type { Rng } from './rng.ts';
import { sampleExamination } from './sampleExamination.ts';
import { sampleInvestigations } from './sampleInvestigations.ts';
import { sampleVitals } from './sampleVitals.ts';

/** Step 5 of the pipeline: adds vitals, examination findings and investigation results. */
export function sampleFindings(ctx: PresentationContext, rng: Rng): FindingsContext {
  return {
    ontology: ctx.ontology,
    request: ctx.request,
    condition: ctx.condition,
    difficulty: ctx.difficulty,
    demographics: ctx.demographics,
    history: ctx.history,
    variant: ctx.variant,
    presentation: ctx.presentation,
    vitals: sampleVitals(
      indexOntology(ctx.ontology).findingsPlanFor(ctx.condition, ctx.variant).vitals,
      DIFFICULTY_PROFILES[ctx.difficulty].vitalsSpread,
      rng,
    ),
    examination: sampleExamination(ctx, rng),
    investigations: sampleInvestigations(ctx, rng),
  };
}
