/**
 * Step 2: age and sex from the condition's distribution, then a name, occupation and living situation
 * that fit them.
 */
import type { ConditionContext, DemographicsContext } from './context.ts';
import { DIFFICULTY_PROFILES } from './difficultyProfile.ts';
import { pickLiving } from './pickLiving.ts';
import { pickName } from './pickName.ts';
import { pickOccupation } from './pickOccupation.ts';
import type { Rng } from './rng.ts';
import { sampleAge } from './sampleAge.ts';

/** Step 2 of the pipeline: adds age, sex, name, occupation and living situation. */
export function sampleDemographics(ctx: ConditionContext, rng: Rng): DemographicsContext {
  const { condition, ontology } = ctx;
  const age = sampleAge(condition.age, DIFFICULTY_PROFILES[ctx.difficulty].ageSpread, rng);
  const sex = rng.chance(condition.maleProbability) ? 'male' : 'female';
  // names draw a varying number of values: a forked stream keeps later steps stable
  const { givenName, familyName } = pickName(ontology, sex, age, rng.fork('name'));
  const occupation = pickOccupation(ontology, age, rng);
  const living = pickLiving(ontology, age, rng);
  return {
    ontology,
    request: ctx.request,
    condition,
    difficulty: ctx.difficulty,
    demographics: { givenName, familyName, age, sex, occupation, living },
  };
}
