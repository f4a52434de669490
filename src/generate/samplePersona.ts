/**
 * Step 6: the persona. An archetype by its weight (poor historians rarer at easy, commoner at hard
 * difficulty), a health literacy it allows, its verbosity and mood, and ideas, concerns and
 * expectations that fit the complaint without naming the diagnosis.
 */
import type { Difficulty, PersonaDef } from '../ontology/schema.ts';
import type { FindingsContext, PersonaContext } from './context.ts';
import { DIFFICULTY_PROFILES } from './difficultyProfile.ts';
import { type GeneratorIndex, indexOntology } from './indexOntology.ts';
import { iceOfSymptoms, pickIce } from './pickIce.ts';
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

interface Archetypes {
  candidates: readonly PersonaDef[];
  weights: readonly number[];
}

const archetypes = new WeakMap<GeneratorIndex, Partial<Record<Difficulty, Archetypes>>>();

/** The archetypes possible at a difficulty with their weights (poor historians scaled), once per knowledge base. */
function archetypesAt(index: GeneratorIndex, difficulty: Difficulty): Archetypes {
  let byDifficulty = archetypes.get(index);
  if (!byDifficulty) {
    byDifficulty = {};
    archetypes.set(index, byDifficulty);
  }
  let entry = byDifficulty[difficulty];
  if (!entry) {
    const poor = DIFFICULTY_PROFILES[difficulty].poorHistorianWeight;
    const weightOf = (p: PersonaDef): number => p.weight * (p.poorHistorian ? poor : 1);
    const candidates = index.personas.filter((p) => weightOf(p) > 0);
    entry = { candidates, weights: candidates.map(weightOf) };
    byDifficulty[difficulty] = entry;
  }
  return entry;
}

/** Step 6 of the pipeline: adds the persona and ideas, concerns and expectations. */
export function samplePersona(ctx: FindingsContext, rng: Rng): PersonaContext {
  const index = indexOntology(ctx.ontology);
  const { candidates, weights } = archetypesAt(index, ctx.difficulty);
  const archetype = candidates.length > 0 ? (candidates[rng.weightedIndex(weights)] ?? PLAIN) : PLAIN;
  const chief = ctx.presentation.chiefComplaint;
  const present = ctx.presentation.symptoms.map((s) => s.id);
  const entries = index.iceFor(ctx.condition);
  const found = iceOfSymptoms(entries, present);
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
      idea: pickIce(entries, 'idea', chief, present, found, rng),
      concern: pickIce(entries, 'concern', chief, present, found, rng),
      expectation: pickIce(entries, 'expectation', chief, present, found, rng),
    },
  };
}
