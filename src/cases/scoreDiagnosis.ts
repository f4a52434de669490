/**
 * How close a submitted diagnosis is. The text is matched against every diagnosis the knowledge base
 * knows (typo-tolerant), so "NSTEMI" for a STEMI case is read as NSTEMI, not as a misspelt STEMI.
 * The case's condition scores 1; one of its listed differentials 0.5 (a reasonable thought, not the
 * answer); anything else 0.
 */
import type { Ontology } from '../ontology/Ontology.ts';
import { type Named, rankNames } from '../text/matchName.ts';

export interface DiagnosisScore {
  score: number;
  verdict: 'correct' | 'differential' | 'incorrect';
  /** The diagnosis it was read as, if any. */
  matched?: string;
}

const THRESHOLD = 0.82;
const cache = new WeakMap<Ontology, Named[]>();

function allDiagnoses(ontology: Ontology): Named[] {
  let list = cache.get(ontology);
  if (!list) {
    const ids = [...ontology.conditions.keys(), ...ontology.otherDiagnoses.keys()];
    list = ids.map((id) => ({ id, names: ontology.diagnosisNames(id) }));
    cache.set(ontology, list);
  }
  return list;
}

/**
 * @param condition the case's diagnosis as the record holds it; an imported condition unknown to the
 *   knowledge base is matched by its own name
 */
export function scoreDiagnosis(
  text: string,
  condition: { id: string; name: string },
  ontology: Ontology,
): DiagnosisScore {
  const conditionId = condition.id;
  const known = ontology.conditions.has(conditionId) || ontology.otherDiagnoses.has(conditionId);
  const candidates = known
    ? allDiagnoses(ontology)
    : [...allDiagnoses(ontology), { id: conditionId, names: [condition.name] }];
  const ranked = rankNames(text, candidates);
  const best = ranked[0];
  if (!best || best.score < THRESHOLD) return { score: 0, verdict: 'incorrect' };
  const display = (id: string) =>
    id === conditionId && !known ? condition.name : (ontology.diagnosisNames(id)[0] ?? id);
  // names shared by several diagnoses ("heart attack") count for the case's own condition
  const target = ranked.find((m) => m.id === conditionId);
  if (target && target.score >= best.score)
    return { score: 1, verdict: 'correct', matched: display(conditionId) };
  const differentials = new Set(ontology.condition(conditionId)?.differentials ?? []);
  const tied = ranked.filter((m) => m.score >= best.score);
  const differential = tied.find((m) => differentials.has(m.id));
  if (differential) return { score: 0.5, verdict: 'differential', matched: display(differential.id) };
  return { score: 0, verdict: 'incorrect', matched: display(best.id) };
}
