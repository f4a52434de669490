/**
 * What a doctor's message asks: one or more queries, read clause by clause with the dialogue focus
 * carried forward ("where is the pain? does it go anywhere?"). Unknown wording gives an honest
 * `unknown` query, never a confident guess.
 */
import type { Memory } from '../domain/dialogue.ts';
import type { Query } from '../domain/query.ts';
import type { Lexicon } from './buildLexicon.ts';
import { normalizeText } from './normalizeText.ts';
import { splitClauses } from './splitClauses.ts';
import { understandClause } from './understandClause.ts';

/** Reads a message into queries; pure and fast (no I/O, lexicon precomputed). */
export function understand(text: string, focus: Memory['focus'], lexicon: Lexicon): Query[] {
  const clauses = splitClauses(normalizeText(text.slice(0, 2000)));
  let symptom = focus.symptom;
  let topic = focus.topic;
  const all: Query[] = [];
  for (const clause of clauses) {
    const queries = understandClause(clause, { symptom, topic }, lexicon);
    for (const q of queries) {
      if (all.some((o) => o.topic === q.topic && o.target === q.target && o.attribute === q.attribute))
        continue;
      all.push(q);
      if (q.topic === 'symptom' && q.target !== undefined) symptom = q.target;
      if (q.topic !== 'unknown') topic = q.topic;
    }
  }
  const understood = all.filter((q) => q.topic !== 'unknown');
  // a stray unclear fragment next to clear questions is dropped only when it is short (a tag, an aside)
  const unknown = all.filter((q) => q.topic === 'unknown' && (q.span ?? '').split(' ').length > 3);
  if (understood.length === 0) return all.length > 0 ? [all[0] as Query] : [];
  return [...understood, ...unknown];
}
