/**
 * Step 4: the presentation. The variant (typical or atypical), the symptoms with concrete attributes,
 * the chief complaint in the patient's own words with its timeline, and the pertinent negatives the
 * patient will deny (only symptoms they do not have and their sex can have).
 */
import { composeOpeningWords } from './composeOpeningWords.ts';
import type { HistoryContext, PresentationContext } from './context.ts';
import { pickVariant } from './pickVariant.ts';
import type { Rng } from './rng.ts';
import { sampleSymptoms } from './sampleSymptoms.ts';

/** Step 4 of the pipeline: adds the variant and the presentation. */
export function samplePresentation(ctx: HistoryContext, rng: Rng): PresentationContext {
  const variant = pickVariant(ctx, rng);
  const symptoms = sampleSymptoms(ctx, variant, rng);
  const chief = symptoms[0];
  const def = chief ? ctx.ontology.symptom(chief.id) : undefined;
  const words = def ? composeOpeningWords(rng.pick(def.lay), chief?.attributes.started) : '';
  const present = new Set(symptoms.map((s) => s.id));
  const { sex } = ctx.demographics;
  const negatives = ctx.condition.pertinentNegatives.filter((id) => {
    const d = ctx.ontology.symptom(id);
    return d !== undefined && !present.has(id) && (d.sex === undefined || d.sex === sex);
  });
  return {
    ontology: ctx.ontology,
    request: ctx.request,
    condition: ctx.condition,
    difficulty: ctx.difficulty,
    demographics: ctx.demographics,
    history: ctx.history,
    variant: variant?.id ?? 'typical',
    presentation: { chiefComplaint: chief?.id ?? '', words, symptoms, negatives },
  };
}
