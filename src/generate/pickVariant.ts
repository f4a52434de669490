/**
 * The presentation variant: `typical`, or one of the condition's atypical presentations that applies
 * to this patient (age, sex, comorbidity). Easy cases are always typical; hard cases use an applicable
 * atypical variant most of the time.
 */

import { appliesTo } from '../ontology/appliesTo.ts';
import type { AtypicalPresentation } from '../ontology/schema.ts';
import type { HistoryContext } from './context.ts';
import { DIFFICULTY_PROFILES } from './difficultyProfile.ts';
import type { Rng } from './rng.ts';

/** The atypical presentation to use, or undefined for the typical one. */
export function pickVariant(ctx: HistoryContext, rng: Rng): AtypicalPresentation | undefined {
  const { age, sex } = ctx.demographics;
  const own = new Set(ctx.history.conditions.map((c) => c.id));
  const eligible = ctx.condition.atypical.filter(
    (v) => v.probability > 0 && appliesTo(v.when, age, sex, own),
  );
  if (eligible.length === 0) return undefined;
  const sum = eligible.reduce((s, v) => s + v.probability, 0);
  if (!rng.chance(DIFFICULTY_PROFILES[ctx.difficulty].atypicalChance(sum))) return undefined;
  return rng.weighted(eligible, (v) => v.probability);
}
