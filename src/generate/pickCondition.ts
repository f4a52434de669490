/**
 * Step 1: the condition, weighted by its relative frequency within the specialty (only those playable
 * at the requested difficulty), and the difficulty, weighted among those the condition allows.
 */
import type { ConditionDef, Difficulty } from '../ontology/schema.ts';
import type { ConditionContext, StartContext } from './context.ts';
import { indexOntology } from './indexOntology.ts';
import type { Rng } from './rng.ts';

/** Step 1 of the pipeline: adds the condition and the difficulty to the context. */
export function pickCondition(ctx: StartContext, rng: Rng): ConditionContext {
  const { request } = ctx;
  const wanted = request.difficulty;
  const index = indexOntology(ctx.ontology);
  let condition = request.condition;
  if (!condition) {
    const { conditions, frequencies } = index.candidates(request.specialty, wanted);
    condition = conditions[rng.weightedIndex(frequencies)] as ConditionDef;
  }
  const difficulty =
    wanted ??
    (condition.difficulty[rng.weightedIndex(index.planFor(condition).difficultyWeights)] as Difficulty);
  return { ontology: ctx.ontology, request, condition, difficulty };
}
