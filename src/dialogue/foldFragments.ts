/**
 * Clauses that only set up or illustrate the question beside them ask nothing of their own: "and the
 * breathlessness - when did that start?" names the subject the next clause asks about; "does anything
 * help - painkillers, lying down in a dark room?" lists examples of what the last clause asked, as
 * "any allergies? hayfever, food, drugs?" lists allergens.
 */
import type { Query } from '../domain/query.ts';
import type { ReadClause } from './absorbSummary.ts';
import { asksQuestion } from './asksQuestion.ts';

const INTRODUCER =
  /^(?:(?:and|so|now|okay|right|then) )*(?:(?:(?:what|how) about |moving on to |about |regarding )?(?:the|your|this|that|those|these) |you (?:have )?(?:mentioned|said|described|talked about|told me about|brought up|were (?:saying|telling me|talking) about) |(?:pt|patient|the patient) (?:c o|complains? of|complaining of|presents? with|presenting with) )/;
const FACTORS: ReadonlySet<string | undefined> = new Set(['relieving', 'exacerbating']);

const bareSymptoms = (queries: readonly Query[]): boolean =>
  queries.length > 0 && queries.every((q) => q.topic === 'symptom' && q.attribute === undefined);

/** The queries of each clause, set-ups and examples emptied. */
export function foldFragments(clauses: readonly ReadClause[]): ReadClause[] {
  return clauses.map((c, i) => {
    if (asksQuestion(c.clause)) return c;
    const next = clauses[i + 1]?.queries ?? [];
    const introduces =
      INTRODUCER.test(c.clause) &&
      bareSymptoms(c.queries) &&
      next.some((q) => q.attribute !== undefined && c.queries.some((b) => b.target === q.target));
    const previous = clauses[i - 1];
    // "any allergies? hayfever, food, drugs?", "what reaction did you have - a rash, swelling?": what
    // follows an allergy question lists allergens or reactions, it asks nothing of its own
    const illustrates =
      (previous?.queries.some((q) => q.topic === 'symptom' && FACTORS.has(q.attribute)) === true ||
        previous?.queries.some((q) => q.topic === 'allergies') === true) &&
      c.queries.every((q) => q.topic !== 'unknown');
    return introduces || illustrates ? { clause: c.clause, queries: [] } : c;
  });
}
