/**
 * Past operations by lifetime prevalence, only those the patient's sex and age allow, done at an age
 * between the operation's minimum and maximum age (no caesarean section at 70), only with their reason
 * (`requires`: no CABG without ischaemic heart disease), never one that ends fertility in pregnancy,
 * and never one the condition excludes (no pacemaker in complete heart block).
 */
import type { PatientRecord } from '../domain/record.ts';
import { BACKGROUND } from './backgroundRates.ts';
import type { DemographicsContext } from './context.ts';
import { indexOntology } from './indexOntology.ts';
import type { Rng } from './rng.ts';

/** What the history already holds that decides which operations fit. */
export interface SurgeryReasons {
  /** Chronic-condition and medication ids the patient has. */
  has: ReadonlySet<string>;
  /** Pregnant now, or pregnant or postpartum by their own account. */
  pregnancy: boolean;
}

/** Past operations (at most two) with how long ago they were done. */
export function sampleSurgeries(
  ctx: DemographicsContext,
  reasons: SurgeryReasons,
  rng: Rng,
): PatientRecord['history']['surgeries'] {
  const { age, sex } = ctx.demographics;
  const index = indexOntology(ctx.ontology);
  const out: PatientRecord['history']['surgeries'] = [];
  // the plan leaves out the operations the condition excludes
  for (const def of index.planFor(ctx.condition).surgeries) {
    if (out.length >= BACKGROUND.maxSurgeries) break;
    if (def.endsFertility && reasons.pregnancy) continue;
    if (def.requires.length > 0 && !def.requires.some((r) => reasons.has.has(r))) continue;
    if ((def.sex !== undefined && def.sex !== sex) || age < def.minAge || !rng.chance(def.prevalence))
      continue;
    const longest = age - def.minAge;
    const shortest = Math.max(Math.min(1, longest), def.maxAge === undefined ? 0 : age - def.maxAge);
    if (shortest > longest) continue;
    out.push({ id: def.id, name: def.name, lay: def.lay, yearsAgo: rng.int(shortest, longest) });
  }
  return out;
}
