/**
 * The persona of an imported patient. OSCE cases describe no personality, so every imported patient
 * gets the same calm, medium-literacy archetype, and ideas, concerns and expectations from the
 * general entries of the ICE vocabulary (those tied to no symptom, so none can hint at a diagnosis).
 */
import type { PatientRecord } from '../domain/record.ts';
import type { Rng } from '../generate/rng.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import type { IceDef } from '../ontology/schema.ts';

type Persona = PatientRecord['persona'];

/** Said when the vocabulary has no general entry of a kind: neutral, naming no diagnosis. */
const FALLBACK: Readonly<Record<IceDef['kind'], string>> = {
  idea: "I'm not sure what's causing it.",
  concern: "I'm worried it might be something serious.",
  expectation: "I'd like to find out what's going on.",
};

function ice(ontology: Ontology, kind: IceDef['kind'], rng: Rng): string {
  const general = ontology.ice.filter((e) => e.kind === kind && e.symptoms.length === 0);
  return general.length > 0 ? rng.fork(kind).pick(general).text : FALLBACK[kind];
}

/** A calm, medium-literacy, average-verbosity persona; ICE picked by `rng` from general entries. */
export function importPersona(ontology: Ontology, rng: Rng): Persona {
  const archetype = [...ontology.personas.values()]
    .filter((p) => p.mood === 'calm' && p.literacy.includes('medium') && !p.poorHistorian)
    .sort(
      (a, b) =>
        (a.verbosity === 'average' ? 0 : 1) - (b.verbosity === 'average' ? 0 : 1) || a.id.localeCompare(b.id),
    )[0];
  return {
    archetype: archetype?.id ?? 'plain',
    description: archetype?.description ?? 'Answers what is asked, plainly.',
    literacy: 'medium',
    verbosity: archetype?.verbosity ?? 'average',
    mood: 'calm',
    idea: ice(ontology, 'idea', rng),
    concern: ice(ontology, 'concern', rng),
    expectation: ice(ontology, 'expectation', rng),
  };
}
