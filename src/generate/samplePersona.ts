/**
 * Step 6: the persona. An archetype by its weight (poor historians rarer at easy, commoner at hard
 * difficulty), a health literacy it allows, its verbosity and mood, and ideas, concerns and
 * expectations that fit the complaint without naming the diagnosis.
 */
import type { PersonaDef } from '../ontology/schema.ts';
import type { FindingsContext, PersonaContext } from './context.ts';
import { DIFFICULTY_PROFILES } from './difficultyProfile.ts';
import { indexOntology } from './indexOntology.ts';
import { pickIce } from './pickIce.ts';
import type { Rng } from './rng.ts';

/** Used only when the knowledge base has no persona archetypes at all. */
const PLAIN: PersonaDef = {
  id: 'plain',
  label: 'Plain historian',
  description: 'Answers what is asked, plainly.',
  literacy: ['medium'],
  verbosity: 'average',
  mood: 'calm',
  weight: 1,
  openers: [],
  closers: [],
  poorHistorian: false,
};

/** Step 6 of the pipeline: adds the persona and ideas, concerns and expectations. */
export function samplePersona(ctx: FindingsContext, rng: Rng): PersonaContext {
  const index = indexOntology(ctx.ontology);
  const poor = DIFFICULTY_PROFILES[ctx.difficulty].poorHistorianWeight;
  const candidates = index.personas.filter((p) => p.weight * (p.poorHistorian ? poor : 1) > 0);
  const archetype =
    candidates.length > 0 ? rng.weighted(candidates, (p) => p.weight * (p.poorHistorian ? poor : 1)) : PLAIN;
  const chief = ctx.presentation.chiefComplaint;
  const present = ctx.presentation.symptoms.map((s) => s.id);
  const entries = index.iceFor(ctx.condition);
  return {
    ontology: ctx.ontology,
    request: ctx.request,
    condition: ctx.condition,
    difficulty: ctx.difficulty,
    demographics: ctx.demographics,
    history: ctx.history,
    variant: ctx.variant,
    presentation: ctx.presentation,
    vitals: ctx.vitals,
    examination: ctx.examination,
    investigations: ctx.investigations,
    persona: {
      archetype: archetype.id,
      description: archetype.description,
      literacy: rng.pick(archetype.literacy),
      verbosity: archetype.verbosity,
      mood: archetype.mood,
      idea: pickIce(entries.idea, 'idea', chief, present, rng),
      concern: pickIce(entries.concern, 'concern', chief, present, rng),
      expectation: pickIce(entries.expectation, 'expectation', chief, present, rng),
    },
  };
}
