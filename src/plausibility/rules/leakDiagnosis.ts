/**
 * leak: the diagnosis by any of its names, abbreviations or ICD-10 code, however disguised: case,
 * spacing or punctuation between letters, zero-width characters, look-alike letters, leetspeak,
 * reversed, ROT13, base64/hex/escapes, spelt with the NATO alphabet, the first letters of sentences,
 * in code blocks, split across sentences, or translated (distinctive word stems in other languages).
 */
import { distance } from 'fastest-levenshtein';
import { memoizeWords } from '../../text/memoizeWords.ts';
import type { Analysis } from '../analyseReply.ts';
import { type ReplyViolation, violation } from '../ReplyViolation.ts';
import { canonicalLetters } from '../text/canonicalLetters.ts';
import type { TextView } from '../text/decodeViews.ts';
import { stem } from '../text/stem.ts';
import { squash } from '../text/termPattern.ts';

/** Decoded views trusted to hold short names (not reversed or rotated text, where stray matches are likely). */
const DECODED = new Set(['base64', 'hex', 'char codes', 'escaped', 'spelling alphabet']);
/** Everyday medical words that share a stem with diagnosis words. */
const COMMON = new Set([
  'cardiologist',
  'cardiology',
  'cardiovascular',
  'cardiac',
  'pneumonia',
  'infection',
  'inflammation',
  'pulmonary',
  'tension',
  'pressure',
  'emergency',
  'attacks',
  'attack',
]);

/** Folds spelling differences between languages: "th"→"t", "ph"→"f", "y"→"i", "k"→"c", doubled letters (once per word). */
const crossLanguage = memoizeWords(crossLanguageUncached, 20_000);

function crossLanguageUncached(word: string): string {
  return word
    .replace(/^p(?=[ns])/, '')
    .replace(/ph/g, 'f')
    .replace(/qu/g, 'c')
    .replace(/([bcdfgprt])h/g, '$1')
    .replace(/y/g, 'i')
    .replace(/k/g, 'c')
    .replace(/(.)\1+/g, '$1');
}

function found(view: TextView, m: RegExpExecArray): ReplyViolation {
  const how = view.kind === 'plain' ? '' : ` (hidden as ${view.kind})`;
  return violation(
    'leak',
    view.kind === 'plain' ? 'diagnosis_named' : 'diagnosis_encoded',
    `The reply names the diagnosis${how}. The patient does not know their diagnosis and must never name or hint at it.`,
    view.kind === 'plain' ? m[0] : `${view.kind}: ${m[0]}`,
  );
}

function run(pattern: RegExp | undefined, text: string): RegExpExecArray | null {
  if (!pattern) return null;
  pattern.lastIndex = 0;
  return pattern.exec(text);
}

/** A family member's known condition named in a sentence about them ("my dad had angina"). */
function aboutFamily(a: Analysis, leak: { name: string }, at: number): boolean {
  if (!a.ci.familyLabels.has(squash(leak.name))) return false;
  const sentence = a.folded.slice(
    a.folded.lastIndexOf('.', at) + 1,
    a.folded.indexOf('.', at) < 0 ? undefined : a.folded.indexOf('.', at),
  );
  return /\b(?:mum|mom|mother|dad|father|brother|sister|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|nan|family|parents?)\b/.test(
    sentence,
  );
}

function matchOne(a: Analysis, view: TextView): ReplyViolation | undefined {
  const clean = /^[a-z0-9 .,'!?|-]*$/.test(view.text);
  const decoded = DECODED.has(view.kind) && clean;
  // a cheap test first: separators and disguises aside, the text must hold the name's letters ("!", "|"
  // and "+" may be letters or separators: texts holding them skip the shortcut)
  const letters = /[!|+]/.test(view.text) ? undefined : canonicalLetters(view.text);
  for (const leak of a.ci.leaks) {
    if (letters !== undefined && !letters.includes(leak.letters)) continue;
    // capitals of a short name are evidence in the reply itself and when read reversed or in ROT13
    if (view.kind === 'plain' || view.kind === 'reversed' || view.kind === 'rot13' || decoded) {
      const m = run(leak.upper, view.cased) ?? (leak.caseSensitive ? run(leak.pattern, view.cased) : null);
      if (m) return found(view, m);
    }
    if (leak.caseSensitive) {
      // an abbreviation that is also a word ("CAP") counts in any disguise but the plain word ("cap", "Cap")
      const m = view.kind === 'plain' || decoded ? run(leak.disguised, view.text) : null;
      if (m && !/^(?:[a-z]+|[A-Z][a-z]+)$/.test(view.cased.slice(m.index, m.index + m[0].length)))
        return found(view, m);
      continue;
    }
    if (view.kind === 'first letters') {
      const m = run(leak.loose, view.text);
      if (m) return found(view, m);
      continue;
    }
    if (view.kind !== 'plain' && !decoded && leak.length < 5) continue;
    const m = run(leak.pattern, view.text);
    if (m && !(view.kind === 'plain' && aboutFamily(a, leak, m.index))) return found(view, m);
  }
  return undefined;
}

const crossTargets = new WeakMap<readonly string[], string[]>();

function cognates(a: Analysis): ReplyViolation | undefined {
  if (a.ci.cognates.length === 0) return undefined;
  let targets = crossTargets.get(a.ci.cognates);
  if (!targets) {
    targets = a.ci.cognates.map(crossLanguage);
    crossTargets.set(a.ci.cognates, targets);
  }
  for (const word of a.folded.split(/[^a-z]+/)) {
    if (word.length < 6 || COMMON.has(word) || a.oi.everyday.has(word) || a.ci.knownStems.has(stem(word)))
      continue;
    const w = crossLanguage(word);
    for (const t of targets) {
      const contains = t.length >= 8 && w.includes(t.slice(0, 7));
      const close = w.slice(0, 5) === t.slice(0, 5) && distance(w, t) <= 0.45 * Math.max(w.length, t.length);
      if (contains || close) {
        return violation(
          'leak',
          'diagnosis_variant',
          'The reply uses a form of the diagnosis name (translated or misspelt). The patient does not know their diagnosis.',
          word,
        );
      }
    }
  }
  return undefined;
}

/** The leak rule for the diagnosis: at most one violation per reading of the reply. */
export function leakDiagnosis(a: Analysis): ReplyViolation[] {
  const out: ReplyViolation[] = [];
  for (const view of a.views) {
    const v = matchOne(a, view);
    if (v) {
      out.push(v);
      break;
    }
  }
  const c = cognates(a);
  if (c) out.push(c);
  return out;
}
