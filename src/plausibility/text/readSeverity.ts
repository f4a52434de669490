/** Pain scores as patients give them: "an 8 out of 10", "8/10", "about seven or eight out of ten". */
import type { Tokens } from './tokenize.ts';
import { readNumber } from './wordLists.ts';

export interface Score {
  values: number[];
  at: number;
  words: string;
}

/** Every 0–10 score in the word range [from, to]. */
export function readScores(tokens: Tokens, from = 0, to = tokens.words.length - 1): Score[] {
  const w = tokens.words;
  const out: Score[] = [];
  for (let i = from; i <= to; i++) {
    // "out of ten" / "out of 10" closes a score; collect the numbers just before it
    if (w[i] === 'out' && w[i + 1] === 'of' && (w[i + 2] === 'ten' || w[i + 2] === '10')) {
      const values: number[] = [];
      let start = i;
      for (let j = i - 1; j >= Math.max(from, i - 5); j--) {
        const n = readNumber(w, j);
        if (n && n.value <= 10) {
          values.push(n.value);
          start = j;
        } else if (
          ![
            'or',
            'to',
            'maybe',
            'about',
            'around',
            'a',
            'an',
            'like',
            'probably',
            'perhaps',
            'say',
            'and',
          ].includes(w[j] ?? '')
        ) {
          break;
        }
      }
      if (values.length > 0) out.push({ values, at: start, words: w.slice(start, i + 3).join(' ') });
    }
  }
  return out;
}

/** "8/10" and "8 / 10" written with a slash, from the folded sentence text. */
export function readSlashScores(text: string): Score[] {
  return [...text.matchAll(/\b(\d{1,2})\s*\/\s*10\b/g)]
    .map((m) => ({ values: [Number(m[1])], at: -1, words: m[0] }))
    .filter((s) => (s.values[0] ?? 99) <= 10);
}
