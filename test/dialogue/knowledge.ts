/** The real knowledge base and its lexicon, loaded once per test file. */
import { buildLexicon, type Lexicon } from '../../src/dialogue/buildLexicon.ts';
import { indexExamples } from '../../src/dialogue/nearestExample.ts';
import { loadOntology } from '../../src/ontology/loadOntology.ts';
import type { Ontology } from '../../src/ontology/Ontology.ts';

let cached: { ontology: Ontology; lexicon: Lexicon } | undefined;

export function knowledge(): { ontology: Ontology; lexicon: Lexicon } {
  if (!cached) {
    const { ontology } = loadOntology();
    cached = { ontology, lexicon: buildLexicon(ontology) };
  }
  return cached;
}

/**
 * The lexicon without labelled examples: understanding by its rules alone, the nearest-example
 * fallback left out (that is tested in nearestExample.test.ts).
 */
export function rulesOnly(): Lexicon {
  return { ...knowledge().lexicon, examples: indexExamples([]) };
}
