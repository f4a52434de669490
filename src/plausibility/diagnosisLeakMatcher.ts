/**
 * A fast matcher for "does this text name the diagnosis?", built once per knowledge base and condition
 * from the reply checks' own machinery (leakTerms + termPattern over folded text), so that what the
 * generator and the record checks let through is what the reply leak check would let through.
 * Strict: every leak term counts, even a condition the patient already knows they have.
 */
import { EMPTY_HISTORY, type PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { leakTerms } from './leakTerms.ts';
import { foldText } from './text/foldText.ts';
import { squash, termPattern } from './text/termPattern.ts';

export interface DiagnosisLeakMatcher {
  /** The leak term the text contains, or undefined. */
  find(text: string): string | undefined;
}

const MEMO_LIMIT = 20_000;
const memo = new WeakMap<Ontology, Map<string, DiagnosisLeakMatcher>>();

/** Leetspeak digits and look-alike letters folded together, so a cheap substring test can rule a term out. */
const CANON: Record<string, string> = {
  '4': 'a',
  '8': 'b',
  '3': 'e',
  '9': 'g',
  '1': 'i',
  l: 'i',
  '0': 'o',
  '5': 's',
  z: 's',
  '2': 's',
  '7': 't',
};
/** Symbols termPattern reads as letters: texts holding them skip the shortcut. */
const LEET_SYMBOLS = /[@$!|+]/;

function canonical(letters: string): string {
  let out = '';
  for (const ch of letters) out += CANON[ch] ?? ch;
  return out;
}

function build(ontology: Ontology, condition: PatientRecord['condition']): DiagnosisLeakMatcher {
  const patterns: { term: string; pattern: RegExp; letters: string }[] = [];
  const add = (term: string, pattern: RegExp | undefined): void => {
    if (pattern) patterns.push({ term, pattern, letters: canonical(squash(term)) });
  };
  for (const term of leakTerms({ condition, history: EMPTY_HISTORY }, ontology)) add(term, termPattern(term));
  const code = condition.icd10.code.trim();
  for (const c of new Set([code, code.split('.')[0] ?? code]))
    add(c, termPattern(c, { leet: false, bounded: true }));
  // patient texts come from a finite vocabulary, so answers are memoised (bounded)
  const seen = new Map<string, string | null>();
  return {
    find(text) {
      if (text.length === 0) return undefined;
      let answer = seen.get(text);
      if (answer === undefined) {
        answer = null;
        const folded = foldText(text);
        // a pattern only allows separators between a term's letters, so the text's letters must contain them
        const letters = LEET_SYMBOLS.test(folded) ? undefined : canonical(folded.replace(/[^a-z0-9]/g, ''));
        for (const { term, pattern, letters: needed } of patterns) {
          if (letters !== undefined && !letters.includes(needed)) continue;
          pattern.lastIndex = 0;
          if (pattern.test(folded)) {
            answer = term;
            break;
          }
        }
        if (seen.size >= MEMO_LIMIT) seen.clear();
        seen.set(text, answer);
      }
      return answer ?? undefined;
    },
  };
}

/** The matcher for one condition (cached per knowledge base and condition id). */
export function diagnosisLeakMatcher(
  ontology: Ontology,
  condition: PatientRecord['condition'],
): DiagnosisLeakMatcher {
  let byId = memo.get(ontology);
  if (!byId) {
    byId = new Map();
    memo.set(ontology, byId);
  }
  let matcher = byId.get(condition.id);
  if (!matcher) {
    matcher = build(ontology, condition);
    byId.set(condition.id, matcher);
  }
  return matcher;
}
