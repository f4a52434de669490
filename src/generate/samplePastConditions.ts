/**
 * Past medical history: the condition's own risk-factor comorbidities, background comorbidity by
 * age-scaled prevalence, and at hard difficulty comorbidities that resemble a differential diagnosis
 * (GORD in a chest-pain case) to distract.
 */
import type { PatientRecord } from '../domain/record.ts';
import type { ChronicConditionDef } from '../ontology/schema.ts';
import { ageScale, BACKGROUND } from './backgroundRates.ts';
import type { DemographicsContext } from './context.ts';
import { DIFFICULTY_PROFILES } from './difficultyProfile.ts';
import { fitsPatient } from './fitsPatient.ts';
import { indexOntology } from './indexOntology.ts';
import type { Rng } from './rng.ts';

export interface PastCondition {
  def: ChronicConditionDef;
  entry: PatientRecord['history']['conditions'][number];
}

/** Past conditions with how long the patient has had them. */
export function samplePastConditions(ctx: DemographicsContext, rng: Rng): PastCondition[] {
  const { condition } = ctx;
  const { age, sex } = ctx.demographics;
  const index = indexOntology(ctx.ontology);
  const chosen = new Map<string, ChronicConditionDef>();

  const plan = index.planFor(condition);
  for (const { def, probability } of plan.riskConditions) {
    if (fitsPatient(def, age, sex) && rng.chance(probability)) chosen.set(def.id, def);
  }

  let background = 0;
  const scale = ageScale(age);
  const excluded = index.excludedFor(condition);
  // the plan's background list already leaves out risk factors (the only conditions chosen so far) and exclusions
  for (const def of plan.background) {
    if (background >= BACKGROUND.maxBackgroundConditions) break;
    if (!fitsPatient(def, age, sex)) continue;
    if (rng.chance(def.prevalence * scale)) {
      chosen.set(def.id, def);
      background++;
    }
  }

  for (let i = 0; i < DIFFICULTY_PROFILES[ctx.difficulty].distractors; i++) {
    const options = index
      .distractorsOf(condition)
      .filter((d) => !chosen.has(d.id) && !excluded.has(d.id) && fitsPatient(d, age, sex));
    if (options.length === 0) break;
    const def = rng.pick(options);
    chosen.set(def.id, def);
  }

  return [...chosen.values()].map((def) => {
    const longest = Math.max(0, Math.min(40, age - Math.max(def.minAge, 16)));
    return {
      def,
      entry: { id: def.id, name: def.name, lay: def.lay, sinceYears: rng.int(Math.min(1, longest), longest) },
    };
  });
}
