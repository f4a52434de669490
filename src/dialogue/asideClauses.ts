/**
 * Clauses the rules could not place that ask nothing of their own beside a clause they could: a remark
 * ("the nurse said you came in by ambulance - what happened?"), a list of examples ("does it spread -
 * your arm, your jaw?"), a reassurance ("no judgement, it just helps us"), or the other half of a
 * choice whose first half was read ("did it come on suddenly, or has it crept up?"). They are dropped
 * as asides; an unclear clause that asks a question of its own stays an honest `unknown`.
 */
import type { ReadClause } from './absorbSummary.ts';
import { asksQuestion } from './asksQuestion.ts';
import { asksNoPatient } from './outOfScope.ts';
import type { ClausePart } from './splitClauses.ts';

const unread = (r: ReadClause | undefined): boolean =>
  r === undefined || r.queries.every((q) => q.topic === 'unknown');

/** The spans of the unread clauses that are asides (an out-of-scope request never is one). */
export function asideSpans(parts: readonly ClausePart[], read: readonly ReadClause[]): Set<string> {
  const asides = new Set<string>();
  read.forEach((r, i) => {
    if (!unread(r) || asksNoPatient(r.clause)) return;
    const choice = parts[i]?.alternative === true && !unread(read[i - 1]);
    if (choice || !asksQuestion(r.clause)) asides.add(r.clause);
  });
  return asides;
}
