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
  const { condition, ontology } = ctx;
  const { age, sex } = ctx.demographics;
  const index = indexOntology(ontology);
  const chosen = new Map<string, ChronicConditionDef>();

  const riskIds = new Set<string>();
  for (const r of condition.riskFactors) {
    if (r.type !== 'condition') continue;
    riskIds.add(r.id);
    const def = ontology.chronicConditions.get(r.id);
    if (def && fitsPatient(def, age, sex) && rng.chance(r.probability)) chosen.set(def.id, def);
  }

  let background = 0;
  const scale = ageScale(age);
  const excluded = index.excludedFor(condition);
  for (const def of index.ownConditions) {
    if (background >= BACKGROUND.maxBackgroundConditions) break;
    if (chosen.has(def.id) || riskIds.has(def.id) || !fitsPatient(def, age, sex) || excluded.has(def.id))
      continue;
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
