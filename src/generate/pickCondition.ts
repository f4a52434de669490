/**
 * Step 1: the condition, weighted by its relative frequency within the specialty (only those playable
 * at the requested difficulty), and the difficulty, weighted among those the condition allows.
 */
import type { ConditionContext, StartContext } from './context.ts';
import { DIFFICULTY_PROFILES } from './difficultyProfile.ts';
import type { Rng } from './rng.ts';

/** Step 1 of the pipeline: adds the condition and the difficulty to the context. */
export function pickCondition(ctx: StartContext, rng: Rng): ConditionContext {
  const { request } = ctx;
  const wanted = request.difficulty;
  const condition =
    request.condition ??
    rng.weighted(
      ctx.ontology
        .conditionsOf(request.specialty.id)
        .filter((c) => wanted === undefined || c.difficulty.includes(wanted)),
      (c) => c.frequency,
    );
  const difficulty = wanted ?? rng.weighted(condition.difficulty, (d) => DIFFICULTY_PROFILES[d].weight);
  return { ontology: ctx.ontology, request, condition, difficulty };
}
