/**
 * How close a submitted diagnosis is: the condition itself (any synonym, tolerant of spelling) scores 1,
 * one of its listed differentials 0.5 (a reasonable thought, not the answer), anything else 0.
 */
import type { Ontology } from '../ontology/Ontology.ts';
import { matchName } from '../text/matchName.ts';

export interface DiagnosisScore {
  score: number;
  verdict: 'correct' | 'differential' | 'incorrect';
  /** The diagnosis it was matched to, if any. */
  matched?: string;
}

export function scoreDiagnosis(text: string, conditionId: string, ontology: Ontology): DiagnosisScore {
  const names = ontology.diagnosisNames(conditionId);
  if (matchName(text, [{ id: conditionId, names }], 0.82)) {
    return { score: 1, verdict: 'correct', matched: names[0] ?? conditionId };
  }
  const differentials = ontology.condition(conditionId)?.differentials ?? [];
  const match = matchName(
    text,
    differentials.map((id) => ({ id, names: ontology.diagnosisNames(id) })),
    0.82,
  );
  if (match) {
    return { score: 0.5, verdict: 'differential', matched: ontology.diagnosisNames(match.id)[0] ?? match.id };
  }
  return { score: 0, verdict: 'incorrect' };
}
