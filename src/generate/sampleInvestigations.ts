/**
 * Investigation results the condition produces, each with its probability (easy cases show every
 * usual result), as the patient's own history shifts them (see historyEffectOn). Tests the record does
 * not hold come back through `resultFor`: normal, or as the history sets them.
 */
import type { PatientRecord } from '../domain/record.ts';
import { combinedRange, historyEffectsOf } from '../ontology/historyEffectOn.ts';
import type { HistoryEffect, Range } from '../ontology/schema.ts';
import { buildResult } from './buildResult.ts';
import type { PresentationContext } from './context.ts';
import { DIFFICULTY_PROFILES } from './difficultyProfile.ts';
import { indexOntology } from './indexOntology.ts';
import type { Rng } from './rng.ts';

/**
 * What a listed result is drawn from once the patient's own history is counted: a report the history
 * forces (known HIV: positive), or the overlap of the condition's range with the history's (a diabetic's
 * glucose in STEMI).
 */
function withHistory(
  inv: { value: Range } | { text: readonly string[] },
  effect: HistoryEffect | undefined,
): { value: Range } | { text: readonly string[] } {
  if (!effect) return inv;
  if ('text' in effect) return 'text' in inv ? { text: effect.text } : inv;
  return 'value' in inv ? { value: combinedRange(inv.value, effect.value) } : inv;
}

/** The investigation results the condition produces for this patient. */
export function sampleInvestigations(ctx: PresentationContext, rng: Rng): PatientRecord['investigations'] {
  const profile = DIFFICULTY_PROFILES[ctx.difficulty];
  const out: PatientRecord['investigations'] = [];
  const effects = historyEffectsOf(ctx.history, ctx.ontology);
  for (const { def, listed } of indexOntology(ctx.ontology).findingsPlanFor(ctx.condition, ctx.variant)
    .investigations) {
    if (out.some((r) => r.id === listed.id)) continue;
    if (rng.chance(profile.resultPresence(listed.probability))) {
      out.push(buildResult(def, ctx.demographics, withHistory(listed, effects.get(listed.id)), rng));
    }
  }
  return out;
}
