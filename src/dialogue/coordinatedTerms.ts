/**
 * Two-word terms said once for a list of words that share one of them: "any neck or arm pain?" is
 * neck pain and arm pain, "feeling irritable or down?" is feeling irritable and feeling down. The
 * term's other word is one item of the list, so the hit claims that item only, leaving the rest of
 * the list to its own terms ("arm pain", "irritable"). A word joined on after a symptom and its site
 * shares the site ("pain in your eyes or redness").
 */
import type { Lexicon, PhraseEntry } from './buildLexicon.ts';
import type { ClauseToken, PhraseHit } from './findPhrases.ts';
import { FILLER_WORDS } from './phraseStems.ts';

const CONJUNCTIONS: ReadonlySet<string> = new Set(['or', 'and']);
/** A word said as a thing, not a quality: "swelling", "redness", "ache". */
const NOUN_FORM = /(?:ing|ness|ache|pain)$/;

/** A word that can be an item of the list: neither a conjunction nor a filler. */
const item = (t: ClauseToken | undefined): boolean =>
  t !== undefined && !CONJUNCTIONS.has(t.word) && !FILLER_WORDS.has(t.word);
const conjunction = (t: ClauseToken | undefined): boolean => t !== undefined && CONJUNCTIONS.has(t.word);

function claim(entry: PhraseEntry, token: ClauseToken): PhraseHit {
  const h: PhraseHit = {
    kind: entry.kind,
    id: entry.id,
    start: token.start,
    end: token.end,
    text: entry.text,
  };
  if (entry.weak === true) h.weak = true;
  return h;
}

/**
 * The hit of a two-word term whose words stand apart across a list, at content token `i` (the term's
 * first word, or either word of a reversible term): "neck [or arm] pain" claims "neck", "feeling
 * [irritable or] down" claims "down".
 */
export function coordinatedMatch(
  entry: PhraseEntry,
  content: readonly ClauseToken[],
  i: number,
): PhraseHit | undefined {
  if (entry.stems.length !== 2) return undefined;
  const first = content[i];
  if (first === undefined) return undefined;
  // a reversible term in either order: "tummy [pain or] swelling" is "swollen tummy"
  const [a, b] = entry.stems as [string, string];
  const reversed = entry.reversible && first.stem === b && a !== b;
  if (first.stem !== a && !reversed) return undefined;
  const last = reversed ? a : b;
  // "neck or (upper) arm pain": the list begins with the term's first word, its shared word ends it
  for (const n of [1, 2]) {
    const list = content.slice(i + 2, i + 2 + n);
    const head = content[i + 2 + n];
    if (conjunction(content[i + 1]) && list.length === n && list.every(item) && head?.stem === last)
      return claim(entry, first);
  }
  // "feeling irritable or down", "feeling tired, low or down": the shared word begins it, the
  // term's last word ends it
  for (const n of [1, 2]) {
    const list = content.slice(i + 1, i + 1 + n);
    const tail = content[i + 2 + n];
    if (
      tail !== undefined &&
      tail.stem === last &&
      // reversed, the word joined on is a noun: "is your cough dry or productive?" describes the
      // cough, it lists no productive cough
      (!reversed || NOUN_FORM.test(tail.word)) &&
      list.length === n &&
      list.every(item) &&
      conjunction(content[i + 1 + n])
    )
      return claim(entry, tail);
  }
  return undefined;
}

/** Words that tie a symptom to where it is: "pain in your eyes". */
const SITE_LINKS: ReadonlySet<string> = new Set(['in', 'on', 'around', 'of']);

/**
 * A symptom word joined on after a symptom with its site shares the site: "any pain in your eyes or
 * redness?" asks about red eyes too, "stiffness in your joints or swelling?" about swollen joints.
 * The word is read as a term with the site ("redness" + "eyes" is "eye redness", "red eyes"), when
 * the lexicon has one; the hit claims the word only.
 */
export function sharedSiteMatches(content: readonly ClauseToken[], lexicon: Lexicon): PhraseHit[] {
  const out: PhraseHit[] = [];
  for (let i = 1; i + 1 < content.length; i++) {
    const link = content[i - 1] as ClauseToken;
    const site = content[i] as ClauseToken;
    if (!SITE_LINKS.has(link.word) || !item(site)) continue;
    // "pain in your eyes or redness"; "pain in the chest, tightness, heaviness" (the commas are gone:
    // a list goes on after the word)
    const joined = conjunction(content[i + 1]);
    const word = content[joined ? i + 2 : i + 1];
    const after = content[joined ? i + 3 : i + 2];
    // the joined word ends the list: "or redness", not "or redness in your arms"
    if (!item(word) || word === undefined) continue;
    if (after !== undefined && !conjunction(after) && (joined || !item(after))) continue;
    if (!joined && after === undefined) continue;
    const wanted = [
      [word.stem, site.stem],
      [site.stem, word.stem],
      [word.stem, link.stem, site.stem],
    ].map((w) => w.join(' '));
    for (const first of [word.stem, site.stem]) {
      for (const entry of lexicon.phrases.get(first) ?? []) {
        if (wanted.includes(entry.stems.join(' '))) out.push(claim(entry, word));
      }
    }
  }
  return out;
}
