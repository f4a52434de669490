/**
 * Lumps with no place named are read by the system the message is about: "any problems with your
 * skin, and any lumps or bumps you've noticed?" asks about skin lumps (a skin lesion), while "any
 * lumps or bumps anywhere?" alone, or "lumps in your neck", asks about swollen glands.
 */
import type { Query } from '../domain/query.ts';
import type { ReadClause } from './absorbSummary.ts';
import type { Lexicon } from './buildLexicon.ts';

/** Where swollen glands are: a lump there is a gland. */
const GLAND_SITE = /\b(?:neck|armpits?|under your arms?|groin|glands?|nodes?|throat|jaw|collarbone)\b/;

/** Whether a clause is about the skin: the skin swept, or a skin symptom asked about. */
function aboutSkin(r: ReadClause, lexicon: Lexicon): boolean {
  return r.queries.some(
    (q) =>
      (q.topic === 'ros' && q.target === 'skin') ||
      (q.topic === 'symptom' && lexicon.symptoms.get(q.target ?? '')?.system === 'skin'),
  );
}

/** The clauses with lumps at no gland site read as skin lumps when the message is about the skin. */
export function lumpsContext(read: readonly ReadClause[], lexicon: Lexicon): ReadClause[] {
  if (!lexicon.symptoms.has('skin-lesion') || !read.some((r) => aboutSkin(r, lexicon))) return [...read];
  const toSkin =
    (r: ReadClause) =>
    (q: Query): Query =>
      q.topic === 'symptom' && q.target === 'lymph-node-swelling' && !GLAND_SITE.test(r.clause)
        ? { ...q, target: 'skin-lesion' }
        : q;
  return read.map((r) => ({ ...r, queries: r.queries.map(toSkin(r)) }));
}
