/**
 * What a review of systems takes in: "anything going on neurologically, weakness, numbness, that sort
 * of thing?" sweeps the nervous system, and the symptoms listed after it, asking nothing of their own,
 * are examples of what it sweeps; "CVS review - anything else?" asks for anything else in that system,
 * not for anything else at all.
 */
import type { ReadClause } from './absorbSummary.ts';
import { asksQuestion } from './asksQuestion.ts';
import type { Lexicon } from './buildLexicon.ts';

export function reviewExamples(clauses: readonly ReadClause[], lexicon: Lexicon): ReadClause[] {
  const swept = new Set<string>();
  return clauses.map((c) => {
    const reviewed = c.queries.filter((q) => q.topic === 'ros' && q.target !== undefined);
    if (reviewed.length > 0) {
      for (const q of reviewed) swept.add(q.target as string);
      return { ...c, queries: c.queries.filter((q) => q.topic !== 'anything-else') };
    }
    if (swept.size === 0) return c;
    if (c.queries.length > 0 && c.queries.every((q) => q.topic === 'anything-else'))
      return { ...c, queries: [] };
    if (asksQuestion(c.clause)) return c;
    const example = (q: ReadClause['queries'][number]): boolean =>
      (q.topic === 'symptom' &&
        q.attribute === undefined &&
        swept.has(lexicon.symptoms.get(q.target ?? '')?.system ?? '')) ||
      q.topic === 'anything-else';
    return c.queries.length > 0 && c.queries.every(example) ? { ...c, queries: [] } : c;
  });
}
