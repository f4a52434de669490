/**
 * A summary spans its message: "so to recap - chest pain for two days, worse on breathing in. is that
 * right?" restates symptoms and asks for confirmation; it asks nothing new about them. A reflection
 * ("so you've had the cough for six weeks") followed by a check ("is that right?", "anything else?")
 * is a summary too. Questions inside the message ("does it go anywhere?") still count.
 */
import type { Query } from '../domain/query.ts';
import { asksQuestion, LEAD } from './asksQuestion.ts';

export interface ReadClause {
  clause: string;
  queries: Query[];
}

const CHECK =
  '(?:is (?:that|this|it) (?:all )?(?:right|correct|accurate|fair|about right)|does (?:that|this|it) (?:all )?(?:sound|seem) (?:right|correct|about right|fair|accurate)|have i (?:got|understood) (?:that|this|it|everything|all that|all of that) (?:right|correctly)|did i get (?:that|this|it|everything) (?:right|correctly)|am i (?:right|correct)|correct me if i am wrong|(?:is that )?correct|yeah|right)';
const CONFIRM = new RegExp(`${LEAD}${CHECK}$`);
const ENDS_WITH_CHECK = new RegExp(`\\b${CHECK}$`);
// "so you've had…", "ok so palpitations on and off for two weeks…": "so" and a statement, not a question
const REFLECTION =
  /^(?:(?:okay|right|ok) )*so (?:basically |just |in short |in other words )?(?!(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|what|when|where|how|why|which|who|any|anything|tell)\b)\w/;

const summaryQuery = (span: string): Query => ({ topic: 'summary', confidence: 1, span });
const onlySymptoms = (c: ReadClause): boolean =>
  c.queries.every((q) => q.topic === 'symptom' || q.topic === 'unknown');

/** The queries of each clause, with what a summary restates folded into it. */
export function absorbSummary(clauses: readonly ReadClause[]): Query[][] {
  const reflective = (c: ReadClause): boolean =>
    REFLECTION.test(c.clause) && !asksQuestion(c.clause) && onlySymptoms(c);
  const checks = (c: ReadClause): boolean =>
    CONFIRM.test(c.clause) || c.queries.some((q) => q.topic === 'anything-else');
  const stated = clauses.some((c) => c.queries.some((q) => q.topic === 'summary'));
  // "so a few days of burning when you wee. and any fevers?": a reflection opening the message, with a
  // new question after it, restates the story before asking on
  const opensAndAsks = (c: ReadClause, i: number): boolean =>
    i === 0 &&
    c.queries.some((q) => q.topic === 'symptom') &&
    clauses.slice(1).some((o) => asksQuestion(o.clause) && o.queries.some((q) => q.topic !== 'unknown'));
  const reflected = clauses.some(
    (c, i) =>
      reflective(c) &&
      (ENDS_WITH_CHECK.test(c.clause) || clauses.some((o) => o !== c && checks(o)) || opensAndAsks(c, i)),
  );
  if (!stated && !reflected) return clauses.map((c) => c.queries);
  let summarised = stated;
  return clauses.map((c) => {
    if (c.queries.some((q) => q.topic === 'summary')) return c.queries;
    if (CONFIRM.test(c.clause)) return [];
    if (reflective(c)) {
      if (summarised) return [];
      summarised = true;
      return [summaryQuery(c.clause)];
    }
    // a statement restating what the patient said ("headache for a week, no vomiting") asks nothing;
    // after a summary announced ("let me read back what you told me"), nor does any statement
    // ("and your mum had a pacemaker")
    if (!asksQuestion(c.clause) && (onlySymptoms(c) || stated)) return [];
    return c.queries;
  });
}
