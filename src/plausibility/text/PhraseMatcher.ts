/**
 * Finds known phrases in tokenized text. A phrase is kept as the stems of its meaningful words; it
 * matches either as a sequence (those stems in order, with at most two small words between them:
 * "pain in my chest" for "pain in the chest") or as a bag (all of them in one sentence, any order: how
 * a patient's own sentence "my chest really hurts" is recognised). Indexed by the rarest stem so a
 * reply is matched against the few phrases that can apply, not all of them.
 */
import { stem } from './stem.ts';
import { expandContractions, type Tokens } from './tokenize.ts';
import { NEGATORS, STOPWORDS } from './wordLists.ts';

export interface PhraseMatch<T> {
  /** Everything the phrase stands for (one phrase may name several things; merged matches unite). */
  values: T[];
  /** What the longest single phrase of the match stands for: the most specific reading. */
  core: T[];
  /** First and last word index of the match. */
  start: number;
  end: number;
  mode: 'sequence' | 'bag';
  /** The phrase itself holds a negation ("can't catch my breath"): a "not" inside it is no denial. */
  negated: boolean;
  /** Meaningful words in the longest phrase (small words like "out of" in "out of breath" not counted). */
  size: number;
}

interface Phrase<T> {
  stems: string[];
  /** Small words included: the words must follow each other exactly. */
  exact: boolean;
  /** Words in the phrase as written (a bag's words may spread that far, plus a little). */
  words: number;
  mode: 'sequence' | 'bag';
  values: T[];
  key: string;
  negated: boolean;
  /** Its meaningful stems: how specific it is ("out of breath" is one, "breath ... walking ... stairs" three). */
  size: number;
  /** The word before the phrase's own negation ("can" in "can't lie flat"): a denial ("haven't") is not it. */
  negationLead?: string;
}

/** The stems of the words of a phrase that carry meaning (stop words dropped). */
export function contentStems(text: string): string[] {
  const words = expandContractions(text.toLowerCase()).match(/[a-z0-9]+/g) ?? [];
  const content = words.filter((w) => !STOPWORDS.has(w)).map(stem);
  return content.length > 0 ? content : words.map(stem);
}

/**
 * The stems a phrase is matched by. Sequences keep their small words when those carry the meaning
 * ("can't go", "feeling down", "not eating"); bags keep a negation word, so that "I can't get my shoes
 * on" matches as one claim and its "not" is not read as a denial of it.
 */
function phraseStems(
  text: string,
  mode: 'sequence' | 'bag',
  keepNegation: boolean,
): { stems: string[]; exact: boolean; lead?: string } | undefined {
  const words: string[] = expandContractions(text.toLowerCase()).match(/[a-z0-9]+/g) ?? [];
  const content = words.filter((w) => !STOPWORDS.has(w));
  // the negation that carries the meaning: the last one ("No, I can lie flat without any bother")
  const negation = words.findLast((w) => NEGATORS.has(w));
  if (mode === 'bag') {
    if (content.length < 2) return undefined;
    const at = negation ? words.lastIndexOf(negation) : -1;
    const lead = at > 0 ? words[at - 1] : undefined;
    return {
      stems: [...content.map(stem), ...(negation && keepNegation ? [negation] : [])],
      exact: false,
      ...(negation && keepNegation && lead ? { lead } : {}),
    };
  }
  if (words.length === 0) return undefined;
  if (content.length === words.length) return { stems: content.map(stem), exact: false };
  if (content.length <= 1 || negation) return { stems: words.map(stem), exact: true };
  return { stems: content.map(stem), exact: false };
}

export class PhraseMatcher<T> {
  private readonly phrases = new Map<string, Phrase<T>>();
  private readonly byStem = new Map<string, Phrase<T>[]>();
  private readonly stemCount = new Map<string, number>();
  private indexed = false;
  private readonly answers = new WeakMap<Tokens, PhraseMatch<T>[]>();

  /**
   * Adds a phrase for `value`; the same words added again only gain the value. `keepNegation: false`
   * for sentences whose negation is their point (denials), read by the caller.
   */
  add(text: string, value: T, mode: 'sequence' | 'bag' = 'sequence', keepNegation = true): void {
    const read = phraseStems(text, mode, keepNegation);
    if (!read || read.stems.length === 0) return;
    const { stems, exact } = read;
    const key = `${mode}:${stems.join(' ')}`;
    const existing = this.phrases.get(key);
    if (existing) {
      if (!existing.values.includes(value)) existing.values.push(value);
      return;
    }
    this.phrases.set(key, {
      stems,
      exact,
      words: (text.match(/[A-Za-z0-9]+/g) ?? []).length,
      mode,
      values: [value],
      key,
      negated: stems.some((x) => NEGATORS.has(x)),
      size: stems.filter((x) => !STOPWORDS.has(x)).length || stems.length,
      ...(read.lead ? { negationLead: read.lead } : {}),
    });
    for (const s of new Set(stems)) this.stemCount.set(s, (this.stemCount.get(s) ?? 0) + 1);
    this.indexed = false;
  }

  private index(): void {
    this.byStem.clear();
    for (const p of this.phrases.values()) {
      let rarest = p.stems[0] ?? '';
      for (const s of p.stems)
        if ((this.stemCount.get(s) ?? 0) < (this.stemCount.get(rarest) ?? 0)) rarest = s;
      const list = this.byStem.get(rarest) ?? [];
      list.push(p);
      this.byStem.set(rarest, list);
    }
    this.indexed = true;
  }

  /** Every match, in reading order; overlapping matches merged. */
  match(tokens: Tokens): PhraseMatch<T>[] {
    // several rules ask the same matcher about the same reply: answer once
    const cached = this.answers.get(tokens);
    if (cached) return cached;
    const answer = this.matchUncached(tokens);
    this.answers.set(tokens, answer);
    return answer;
  }

  private matchUncached(tokens: Tokens): PhraseMatch<T>[] {
    if (!this.indexed) this.index();
    const present = positions(tokens).at;
    const found: PhraseMatch<T>[] = [];
    // each phrase is listed under one stem only (its rarest), so no phrase is tried twice
    for (const s of present.keys()) {
      const candidates = this.byStem.get(s);
      if (!candidates) continue;
      for (const p of candidates) {
        if (!hasAll(p.stems, present)) continue;
        const spans =
          p.mode === 'sequence'
            ? matchSequence(p.stems, tokens, p.exact ? 1 : 3)
            : matchBag(p.stems, tokens, p.words + 3, p.negationLead);
        for (const [start, end] of spans) {
          found.push({
            values: [...p.values],
            core: [...p.values],
            start,
            end,
            mode: p.mode,
            negated: p.negated,
            size: p.size,
          });
        }
      }
    }
    return dropContained(found);
  }
}

function hasAll(stems: readonly string[], present: ReadonlyMap<string, unknown>): boolean {
  for (const x of stems) if (!present.has(x)) return false;
  return true;
}

/** Where each stem occurs in a text, and each sentence's stems: built once per text, shared by matchers. */
interface Positions {
  at: Map<string, number[]>;
  sentenceStems: Map<number, Set<string>>;
}

const positionsOf = new WeakMap<Tokens, Positions>();

function positions(tokens: Tokens): Positions {
  const hit = positionsOf.get(tokens);
  if (hit) return hit;
  const at = new Map<string, number[]>();
  const sentenceStems = new Map<number, Set<string>>();
  for (let i = 0; i < tokens.stems.length; i++) {
    const s = tokens.stems[i] as string;
    const list = at.get(s);
    if (list) list.push(i);
    else at.set(s, [i]);
    const n = tokens.sentence[i] ?? 0;
    const set = sentenceStems.get(n);
    if (set) set.add(s);
    else sentenceStems.set(n, new Set([s]));
  }
  const made = { at, sentenceStems };
  positionsOf.set(tokens, made);
  return made;
}

function matchSequence(stems: readonly string[], tokens: Tokens, reach: number): [number, number][] {
  const out: [number, number][] = [];
  for (const i of positions(tokens).at.get(stems[0] ?? '') ?? []) {
    let at = i;
    let ok = true;
    for (let k = 1; k < stems.length && ok; k++) {
      ok = false;
      for (let j = at + 1; j <= at + reach && j < tokens.stems.length; j++) {
        if (tokens.clause[j] !== tokens.clause[i]) break;
        if (tokens.stems[j] === stems[k]) {
          at = j;
          ok = true;
          break;
        }
        if (!STOPWORDS.has(tokens.words[j] ?? '')) break;
      }
    }
    if (ok) out.push([i, at]);
  }
  return out;
}

/** All the stems within one sentence, close together. */
function matchBag(
  stems: readonly string[],
  tokens: Tokens,
  window: number,
  negationLead?: string,
): [number, number][] {
  const { at, sentenceStems } = positions(tokens);
  const out: [number, number][] = [];
  for (const [sentence, present] of sentenceStems) {
    if (!stems.every((s) => present.has(s))) continue;
    let start = Number.POSITIVE_INFINITY;
    let end = -1;
    let all = true;
    for (const s of stems) {
      const found = (at.get(s) ?? []).find(
        (i) =>
          tokens.sentence[i] === sentence &&
          (negationLead === undefined || !NEGATORS.has(s) || tokens.words[i - 1] === negationLead),
      );
      if (found === undefined) {
        all = false;
        break;
      }
      start = Math.min(start, found);
      end = Math.max(end, found);
    }
    if (all && end - start <= Math.max(2 * stems.length + 4, window)) out.push([start, end]);
  }
  return out;
}

/**
 * One match per stretch of words: overlapping matches are merged (their values united), since they
 * are one claim read two ways ("out of breath walking up the stairs").
 */
function dropContained<T>(matches: PhraseMatch<T>[]): PhraseMatch<T>[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PhraseMatch<T>[] = [];
  for (const m of sorted) {
    const last = out.at(-1);
    if (last && m.start <= last.end) {
      last.end = Math.max(last.end, m.end);
      last.negated ||= m.negated;
      if (m.size > last.size) {
        last.size = m.size;
        last.core = [...m.values];
      }
      if (m.mode === 'sequence') last.mode = 'sequence';
      for (const v of m.values) if (!last.values.includes(v)) last.values.push(v);
    } else {
      out.push({ ...m, values: [...m.values], core: [...m.core] });
    }
  }
  return out;
}
