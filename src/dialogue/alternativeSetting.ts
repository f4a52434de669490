/**
 * The other half of a choice takes its setting from the first half: "do you manage the stairs all
 * right, or do you get puffed?" asks whether the patient gets breathless on the stairs (breathlessness
 * on exertion), "can you lie flat, or do you get breathless?" whether they do lying flat (orthopnoea).
 * A base symptom asked bare in the "or" half, with the setting of one of its refinements in the half
 * before, is the refined symptom.
 */
import type { Query } from '../domain/query.ts';
import type { ReadClause } from './absorbSummary.ts';
import type { Lexicon } from './buildLexicon.ts';

/** The queries of an "or" half, its bare base symptoms refined by the setting of the half before. */
export function alternativeSetting(before: ReadClause, half: ReadClause, lexicon: Lexicon): ReadClause {
  const refine = (q: Query): Query => {
    if (q.topic !== 'symptom' || q.target === undefined || q.attribute !== undefined) return q;
    const base = q.target;
    // a setting that must stand right by its base ("nearly passed out") cannot come from the other half
    const refined = lexicon.refinements.find(
      (r) => r.within === undefined && r.base.includes(base) && r.setting.test(before.clause),
    );
    return refined === undefined ? q : { ...q, target: refined.id };
  };
  return { ...half, queries: half.queries.map(refine) };
}
