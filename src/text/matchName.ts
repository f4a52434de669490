/**
 * Typo-tolerant matching of what a user typed against named things (body systems, tests, diagnoses).
 * Pure: exact and prefix matches first, then edit distance relative to length.
 */
import { distance } from 'fastest-levenshtein';
import { normalizeName } from './normalizeName.ts';

export interface Named {
  id: string;
  names: readonly string[];
}

export interface NameMatch {
  id: string;
  /** 1 = exact, lower = fuzzier. */
  score: number;
  /** The candidate name that matched best. */
  name: string;
}

function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 0 : 1 - distance(a, b) / longest;
}

/** Every candidate scored against `input`, best first (ties by id, so results are stable). */
export function rankNames(input: string, candidates: readonly Named[]): NameMatch[] {
  const q = normalizeName(input);
  const out: NameMatch[] = [];
  for (const c of candidates) {
    let best: NameMatch = { id: c.id, score: 0, name: c.names[0] ?? c.id };
    for (const name of [c.id, ...c.names]) {
      const n = normalizeName(name);
      let score = similarity(q, n);
      if (score < 1 && q.length >= 3 && n.startsWith(q)) score = Math.max(score, 0.9);
      if (score < 1 && q.length >= 4 && (` ${q} `.includes(` ${n} `) || ` ${n} `.includes(` ${q} `))) {
        score = Math.max(score, 0.85);
      }
      if (score > best.score) best = { id: c.id, score, name };
    }
    out.push(best);
  }
  return out.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
}

/** The single best match when it is good enough (default: at least 0.8 similar), else undefined. */
export function matchName(
  input: string,
  candidates: readonly Named[],
  threshold = 0.8,
): NameMatch | undefined {
  const [best] = rankNames(input, candidates);
  return best && best.score >= threshold ? best : undefined;
}
