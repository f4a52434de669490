/**
 * A living situation the patient is old enough for. Situations typical of the young (halls, parents'
 * home, house shares: minimum age under 25) become rare from 60, since the vocabulary has no maximum age.
 */
import type { Ontology } from '../ontology/Ontology.ts';
import { indexOntology } from './indexOntology.ts';
import type { Rng } from './rng.ts';

/** A living situation for a patient of this age. */
export function pickLiving(ontology: Ontology, age: number, rng: Rng): string {
  const { options, weights } = indexOntology(ontology).livingAt(age);
  if (options.length === 0) return 'not recorded';
  return options[rng.weightedIndex(weights)] ?? 'not recorded';
}
