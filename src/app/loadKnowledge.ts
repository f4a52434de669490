/** Loads and checks the knowledge base once at start, and builds what understanding needs from it. */
import { buildLexicon, type Lexicon } from '../dialogue/buildLexicon.ts';
import { loadOntology } from '../ontology/loadOntology.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { formatProblem } from '../ontology/problem.ts';

export interface Knowledge {
  ontology: Ontology;
  lexicon: Lexicon;
}

export type KnowledgeResult = { ok: true; value: Knowledge } | { ok: false; problems: string[] };

/** Fails fast on a broken knowledge base: a case must never be played from inconsistent data. */
export function loadKnowledge(dir?: string): KnowledgeResult {
  const { ontology, problems } = loadOntology(dir);
  if (problems.length > 0) return { ok: false, problems: problems.map(formatProblem) };
  return { ok: true, value: { ontology, lexicon: buildLexicon(ontology) } };
}
