/**
 * Finds the lexicon's phrases in a clause: its terms (see matchTerms), refined symptoms (see
 * refineSymptoms) and the few whole-clause patterns. Overlaps within one kind are settled longest
 * first, so "coughing up blood" is haemoptysis, not cough; a term shared by several symptoms
 * ("indigestion") means every one of them unless the clause names one of them itself; a name used as
 * a modifier ("flu jab") and a symptom that is only the setting of another ("walk before you get
 * chest pain") are dropped.
 */
import type { Lexicon, PhraseKind } from './buildLexicon.ts';
import { matchTerms } from './matchTerms.ts';
import { isDropped } from './phraseStems.ts';
import { refineSymptoms } from './refineSymptoms.ts';
import { stemWord } from './stemWord.ts';
import { preferByWording } from './symptomByWording.ts';

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
  /** An exposure term that is also another topic's word ("surgery"): it needs a recency cue. */
  weak?: boolean;
  /** Read as a base symptom in a setting (see refineSymptoms), not written as a term. */
  refined?: boolean;
}

/** A name used as a modifier of what is really asked about: "flu jab", "covid vaccine". */
const MODIFIER_OF = /^ (?:jabs?|vaccin\w*|immuni[sz]\w*|boosters?|injections?|shots?)\b/;
/** "how far can you walk before you get chest pain?": the first symptom is the setting of the second. */
const SETTING_BEFORE = /^ (?:\w+ ){0,2}?(?:before|until|till)\b/;

/** Tokens of a clause with their offsets (the clause is single-spaced words). */
export function clauseTokens(text: string): ClauseToken[] {
  const out: ClauseToken[] = [];
  for (const m of text.matchAll(/[a-z0-9]+/g)) {
    out.push({ word: m[0], stem: stemWord(m[0]), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * Keeps, of several ids read from one span, those the clause also names elsewhere ("heartburn or
 * indigestion") or the symptom under discussion ("the swelling in both legs" when ankles are discussed).
 */
function settleShared(
  text: string,
  kept: PhraseHit[],
  focus: string | undefined,
  lexicon: Lexicon,
): PhraseHit[] {
  const spanKey = (h: PhraseHit): string => `${h.kind}:${h.start}:${h.end}`;
  const bySpan = new Map<string, PhraseHit[]>();
  for (const h of kept) bySpan.set(spanKey(h), [...(bySpan.get(spanKey(h)) ?? []), h]);
  return kept.filter((h) => {
    const group = bySpan.get(spanKey(h)) ?? [];
    if (group.length < 2) return true;
    const named = (id: string): boolean =>
      (h.kind === 'symptom' && id === focus) ||
      kept.some((o) => o.kind === h.kind && o.id === id && spanKey(o) !== spanKey(h));
    if (group.some((g) => named(g.id))) return named(h.id);
    // "any harsh noisy breathing when you breathe in?": the rest of the clause may say which one
    if (h.kind !== 'symptom') return true;
    let rest = text;
    for (const o of kept)
      if (o.kind === 'symptom')
        rest = rest.slice(0, o.start) + ' '.repeat(o.end - o.start) + rest.slice(o.end);
    const preferred = preferByWording(
      rest,
      group.map((g) => g.id),
      lexicon.wordings,
    );
    return preferred === undefined || preferred === h.id;
  });
}

export function findPhrases(
  text: string,
  tokens: readonly ClauseToken[],
  lexicon: Lexicon,
  focus?: string,
): PhraseHit[] {
  const words = tokens.map((t) => t.word);
  const content = tokens.filter((_, i) => !isDropped(words, i));
  const candidates = matchTerms(content, lexicon);
  for (const p of lexicon.patterns) {
    const m = p.re.exec(text);
    if (m)
      candidates.push({ kind: p.kind, id: p.id, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  candidates.push(...refineSymptoms(text, candidates, lexicon));
  // longest first within a kind; a hit overlapping a longer one of its kind is dropped
  candidates.sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.start - b.start ||
      Number(a.weak ?? false) - Number(b.weak ?? false) ||
      Number(a.refined ?? false) - Number(b.refined ?? false),
  );
  const kept: PhraseHit[] = [];
  for (const c of candidates) {
    if (MODIFIER_OF.test(text.slice(c.end))) continue;
    // a term written out ("stop breathing in your sleep") beats a reading of the same words as a setting
    if (
      c.refined &&
      kept.some((k) => k.kind === c.kind && !k.refined && k.start === c.start && k.end === c.end)
    )
      continue;
    // the same symptom said again in adjoining words ("legs gone cold and pale") is one mention
    const same = kept.find((k) => k.kind === c.kind && k.id === c.id && c.start < k.end && k.start < c.end);
    if (same) {
      same.start = Math.min(same.start, c.start);
      same.end = Math.max(same.end, c.end);
      continue;
    }
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
  const settled = settleShared(text, kept, focus, lexicon).filter(
    (p, _, all) =>
      !(
        p.kind === 'symptom' &&
        SETTING_BEFORE.test(text.slice(p.end)) &&
        all.some((o) => o.kind === 'symptom' && o.start > p.end)
      ),
  );
  return settled.sort((a, b) => a.start - b.start);
}
