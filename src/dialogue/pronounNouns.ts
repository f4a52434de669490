/**
 * "It" or "them" after a bodily substance named earlier in the clause stands for that substance:
 * "any blood in your wee or pain passing it?" is pain passing wee (dysuria), "any blood in your poo,
 * or has it gone black?" is black poo (melaena). The pronoun takes the noun's word and stem, at its
 * own place, so the terms of the symptom can match across it.
 */
import type { ClauseToken } from './findPhrases.ts';

/** What a pronoun can stand for here: what the patient passes, coughs up or brings up. */
const SUBSTANCES: ReadonlySet<string> = new Set([
  'wee',
  'urine',
  'pee',
  'water',
  'poo',
  'stool',
  'stools',
  'motions',
  'phlegm',
  'sputum',
  'vomit',
]);
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'them']);
/** The pronoun must come in a later part of the clause: "blood in your wee [or] pain passing it". */
const JOINS: ReadonlySet<string> = new Set(['or', 'and']);

/** The clause's content tokens with each pronoun after a substance and a join read as that substance. */
export function withAntecedents(content: readonly ClauseToken[]): ClauseToken[] {
  let noun: ClauseToken | undefined;
  let joined = false;
  return content.map((t) => {
    if (SUBSTANCES.has(t.word)) {
      noun = t;
      joined = false;
    } else if (noun !== undefined && JOINS.has(t.word)) joined = true;
    else if (noun !== undefined && joined && PRONOUNS.has(t.word))
      return { ...t, word: noun.word, stem: noun.stem };
    return t;
  });
}
