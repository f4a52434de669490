/**
 * Finds the lexicon's terms in a clause's tokens. A term matches word for word (stems, determiners
 * dropped) or loosely: its own words in order with only filler words between them ("has your heart
 * been racing" is "heart racing"), one coordinated word skipped ("weakness in your arms or legs" is
 * also "weakness in legs"), and a two-word term without a particle in either order ("ankles swollen"
 * is "swollen ankles").
 */
import type { Lexicon, PhraseEntry } from './buildLexicon.ts';
import { coordinatedMatch, sharedSiteMatches } from './coordinatedTerms.ts';
import type { ClauseToken, PhraseHit } from './findPhrases.ts';
import { FILLER_WORDS } from './phraseStems.ts';
import { withAntecedents } from './pronounNouns.ts';

const CONJUNCTIONS: ReadonlySet<string> = new Set(['or', 'and']);
/** How many more tokens than its own words a loose match may span. */
const SLACK = 5;

function hit(entry: PhraseEntry, first: ClauseToken, last: ClauseToken): PhraseHit {
  const h: PhraseHit = {
    kind: entry.kind,
    id: entry.id,
    start: first.start,
    end: last.end,
    text: entry.text,
  };
  if (entry.weak === true) h.weak = true;
  return h;
}

const listed = (t: ClauseToken): boolean => !FILLER_WORDS.has(t.word);

/**
 * Whether the tokens skipped inside a loose match are fillers and at most one list of other words:
 * "weakness in your face, arms or legs" is weakness in each. The list is one run of at most two words
 * and one conjunction, inside the gap or just after the match ("face, arms" before "or legs").
 */
function gapAllowed(gap: readonly ClauseToken[], next: ClauseToken | undefined): boolean {
  const first = gap.findIndex(listed);
  if (first < 0) return true;
  const last = gap.findLastIndex(listed);
  const run = gap.slice(first, last + 1);
  if (!run.every(listed)) return false;
  const conjunctions = run.filter((t) => CONJUNCTIONS.has(t.word)).length;
  if (run.length - conjunctions > 2 || conjunctions > 1) return false;
  if (conjunctions === 1) return run.length > 1;
  return next !== undefined && CONJUNCTIONS.has(next.word);
}

function looseMatch(entry: PhraseEntry, content: readonly ClauseToken[], i: number): PhraseHit | undefined {
  const need = [...entry.content];
  let first = content[i];
  if (first === undefined) return undefined;
  const at = entry.reversible ? need.indexOf(first.stem) : need[0] === first.stem ? 0 : -1;
  if (at < 0) return undefined;
  need.splice(at, 1);
  const gap: ClauseToken[] = [];
  for (let j = i + 1; j < content.length && j - i <= entry.content.length + SLACK; j++) {
    const t = content[j] as ClauseToken;
    const k = entry.reversible ? need.indexOf(t.stem) : need[0] === t.stem ? 0 : -1;
    if (k >= 0) {
      // a reversed match ("ankles swollen") takes fillers only, never a coordinated word
      const reversed = entry.content.indexOf(t.stem) < entry.content.indexOf(first.stem);
      if (!gapAllowed(gap, content[j + 1]) || (reversed && gap.some(listed))) return undefined;
      need.splice(k, 1);
      if (need.length > 0) continue;
      // a list right after the first word makes that word an item of it: "pain or swelling in your
      // joints" claims "pain" and leaves "swelling in your joints" to its own term
      // ("any cough, or coughing up blood?" says the term again after the "or": no list of its items)
      if (CONJUNCTIONS.has(gap.find(listed)?.word ?? '') && !gap.some((g) => entry.content.includes(g.stem)))
        return hit(entry, first, first);
      // a match through a list claims only what follows it: "arms or legs" leaves "arms" to its own term
      const lastListed = gap.findLast(listed);
      if (lastListed) first = content[content.indexOf(lastListed) + 1] ?? first;
      return hit(entry, first, t);
    }
    gap.push(t);
  }
  return undefined;
}

/** Every term occurrence in the clause's content tokens (determiners already dropped). */
export function matchTerms(written: readonly ClauseToken[], lexicon: Lexicon): PhraseHit[] {
  // "any blood in your wee or pain passing it?": the pronoun stands for the wee
  const content = withAntecedents(written);
  const out: PhraseHit[] = [];
  for (let i = 0; i < content.length; i++) {
    const first = content[i] as ClauseToken;
    const entries = lexicon.phrases.get(first.stem) ?? [];
    // a one-word term written exactly as the word beats one that only shares its stem ("winded" is not "wind")
    const exactWord = entries.some((e) => e.stems.length === 1 && e.forms?.has(first.word) === true);
    for (const entry of entries) {
      const n = entry.stems.length;
      if (i + n > content.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = content[i + k]?.stem === entry.stems[k];
      // a one-word term needs the word itself or a longer form of it ("fits" is not "fit"); a long one
      // may lose its last letter to a sibling form ("bruises" for "bruising")
      const slack = (entry.word?.length ?? 0) >= 6 ? 1 : 0;
      if (n === 1 && entry.word !== undefined && first.word.length < entry.word.length - slack) ok = false;
      if (n === 1 && exactWord && entry.forms?.has(first.word) !== true) ok = false;
      if (ok) out.push(hit(entry, first, content[i + n - 1] as ClauseToken));
      // "any neck or arm pain?": a two-word term said once for a list
      const listed = ok ? undefined : coordinatedMatch(entry, content, i);
      if (listed) out.push(listed);
    }
    for (const entry of lexicon.looseTerms.get(first.stem) ?? []) {
      const h =
        looseMatch(entry, content, i) ??
        (entry.stems[0] === first.stem ? undefined : coordinatedMatch(entry, content, i));
      if (h) out.push(h);
    }
  }
  // "any pain in your eyes or redness?": the word joined on shares the site, and names the site's
  // symptom only ("pain in your ears or discharge" is no vaginal discharge)
  const shared = sharedSiteMatches(content, lexicon);
  const bare = (h: PhraseHit): boolean =>
    shared.some((o) => o.kind === h.kind && o.id !== h.id && o.start === h.start && o.end === h.end);
  return [...out.filter((h) => !bare(h)), ...shared];
}
