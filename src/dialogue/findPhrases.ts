/**
 * Finds the lexicon's phrases in a clause: stem sequences from the phrase index plus the whole-clause
 * symptom patterns. Overlaps within one kind are settled longest-first, so "coughing up blood" is
 * haemoptysis, not cough.
 */
import type { Lexicon, PhraseKind } from './buildLexicon.ts';
import { DROPPED_WORDS } from './phraseStems.ts';
import { stemWord } from './stemWord.ts';

export interface ClauseToken {
  word: string;
  stem: string;
  /** Character offsets in the clause text. */
  start: number;
  end: number;
}

export interface PhraseHit {
  kind: PhraseKind;
  id: string;
  /** Character span in the clause text. */
  start: number;
  end: number;
  text: string;
}

/** Tokens of a clause with their offsets (the clause is single-spaced words). */
export function clauseTokens(text: string): ClauseToken[] {
  const out: ClauseToken[] = [];
  for (const m of text.matchAll(/[a-z0-9]+/g)) {
    out.push({ word: m[0], stem: stemWord(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function findPhrases(text: string, tokens: readonly ClauseToken[], lexicon: Lexicon): PhraseHit[] {
  const content = tokens.filter((t) => !DROPPED_WORDS.has(t.word));
  const candidates: PhraseHit[] = [];
  for (let i = 0; i < content.length; i++) {
    const first = content[i];
    if (first === undefined) continue;
    for (const entry of lexicon.phrases.get(first.stem) ?? []) {
      const n = entry.stems.length;
      if (i + n > content.length) continue;
      let ok = true;
      for (let k = 1; k < n; k++) {
        if (content[i + k]?.stem !== entry.stems[k]) {
          ok = false;
          break;
        }
      }
      const last = content[i + n - 1];
      // a one-word phrase needs the word itself, not a shorter form of it ("hear" is not "hearing")
      if (n === 1 && entry.word !== undefined && first.word.length < entry.word.length - 1) ok = false;
      if (ok && last !== undefined) {
        candidates.push({
          kind: entry.kind,
          id: entry.id,
          start: first.start,
          end: last.end,
          text: entry.text,
        });
      }
    }
  }
  for (const p of lexicon.patterns) {
    const m = p.re.exec(text);
    if (m)
      candidates.push({ kind: p.kind, id: p.id, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  // longest first within a kind; a hit overlapping a longer one of its kind is dropped
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PhraseHit[] = [];
  for (const c of candidates) {
    // an ambiguous phrase ("swollen legs": ankle or calf) keeps every id with exactly the same span
    const clash = kept.some(
      (k) =>
        k.kind === c.kind &&
        c.start < k.end &&
        k.start < c.end &&
        (k.id === c.id || k.start !== c.start || k.end !== c.end),
    );
    if (!clash) kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
