/**
 * Understanding's last resort, for what the rules could not place: the whole message when nothing in
 * it was placed, else each unplaced clause of four words or more beside the placed ones ("does it go
 * anywhere - your arm, neck, jaw or back?"). Each is read like the nearest labelled question of the
 * knowledge base (nearestExample) when one is close enough; an instruction, a request about the
 * exercise or a textbook question never is, and a message of one or two words is too little to compare.
 */
import type { Query } from '../domain/query.ts';
import type { Lexicon } from './buildLexicon.ts';
import { nearestExample } from './nearestExample.ts';
import { asksNoPatient } from './outOfScope.ts';

/** Three words or more: a shorter message ("okay.", "and?") is too little to compare with examples. */
function longEnough(text: string): boolean {
  return (text.match(/[A-Za-z0-9]+/g) ?? []).length >= 3;
}

/**
 * The queries of the nearest example for `text` (the whole message, none of whose normalized clauses
 * the rules placed), or undefined.
 */
export function messageByExample(
  text: string,
  clauses: readonly string[],
  symptom: string | undefined,
  lexicon: Lexicon,
): Query[] | undefined {
  if (!longEnough(text) || clauses.some(asksNoPatient)) return undefined;
  return nearestExample(lexicon.examples, text, symptom)?.queries;
}

/** Placed queries with each unplaced clause (an `unknown` with its span) read by example where one is close. */
export function clausesByExample(
  placed: readonly Query[],
  unplaced: readonly Query[],
  symptom: string | undefined,
  lexicon: Lexicon,
): Query[] {
  const out = [...placed];
  for (const u of unplaced) {
    const span = u.span ?? '';
    const found = messageByExample(span, [span], symptom, lexicon) ?? [u];
    for (const q of found)
      if (!out.some((o) => o.topic === q.topic && o.target === q.target && o.attribute === q.attribute))
        out.push(q);
  }
  return out;
}
