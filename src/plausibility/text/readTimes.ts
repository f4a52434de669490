/**
 * How long ago, in a patient's words: "about two hours", "a couple of days", "since this morning",
 * "half an hour ago". Read as a range in hours, so vague words compare fairly with the record.
 */
import type { Tokens } from './tokenize.ts';
import { readNumber } from './wordLists.ts';

export interface TimeSpan {
  low: number;
  high: number;
  /** Word index where it starts, and the words, for evidence. */
  at: number;
  words: string;
}

const UNIT_HOURS: Record<string, number> = {
  minute: 1 / 60,
  minutes: 1 / 60,
  min: 1 / 60,
  mins: 1 / 60,
  hour: 1,
  hours: 1,
  hr: 1,
  hrs: 1,
  day: 24,
  days: 24,
  week: 168,
  weeks: 168,
  fortnight: 336,
  month: 730,
  months: 730,
  year: 8760,
  years: 8760,
};

/** Time words that stand alone, as ranges in hours before now. */
const PHRASES: { words: string[]; low: number; high: number }[] = [
  { words: ['this', 'morning'], low: 0.5, high: 16 },
  { words: ['this', 'afternoon'], low: 0.25, high: 10 },
  { words: ['this', 'evening'], low: 0.25, high: 8 },
  { words: ['last', 'night'], low: 4, high: 30 },
  { words: ['overnight'], low: 3, high: 20 },
  { words: ['yesterday'], low: 8, high: 48 },
  { words: ['today'], low: 0.25, high: 16 },
  { words: ['last', 'week'], low: 72, high: 340 },
  { words: ['last', 'month'], low: 500, high: 1500 },
  { words: ['just', 'now'], low: 0, high: 1 },
];

/** Vague counts: "a few hours" is two to six of them. */
const VAGUE: Record<string, [number, number]> = {
  few: [2, 6],
  couple: [1.5, 3],
  several: [3, 8],
  some: [2, 8],
  many: [4, 20],
};

/** Every time span in the words of one sentence range [from, to]. */
export function readTimes(tokens: Tokens, from = 0, to = tokens.words.length - 1): TimeSpan[] {
  const w = tokens.words;
  const out: TimeSpan[] = [];
  for (let i = from; i <= to; i++) {
    const phrase = PHRASES.find((p) => p.words.every((x, k) => w[i + k] === x));
    if (phrase) {
      out.push({ low: phrase.low, high: phrase.high, at: i, words: phrase.words.join(' ') });
      i += phrase.words.length - 1;
      continue;
    }
    // "half an hour"
    if (w[i] === 'half' && (w[i + 1] === 'an' || w[i + 1] === 'a') && UNIT_HOURS[w[i + 2] ?? '']) {
      const h = (UNIT_HOURS[w[i + 2] ?? ''] ?? 1) / 2;
      out.push({ low: h, high: h, at: i, words: w.slice(i, i + 3).join(' ') });
      i += 2;
      continue;
    }
    const unitAt = (j: number): number | undefined => UNIT_HOURS[w[j] ?? ''];
    const vague = VAGUE[w[i] ?? ''];
    if (vague) {
      const j = w[i + 1] === 'of' ? i + 2 : i + 1;
      const u = unitAt(j);
      if (u !== undefined) {
        out.push({ low: vague[0] * u, high: vague[1] * u, at: i, words: w.slice(i, j + 1).join(' ') });
        i = j;
      }
      continue;
    }
    if ((w[i] === 'a' || w[i] === 'an') && unitAt(i + 1) !== undefined) {
      const u = unitAt(i + 1) ?? 1;
      out.push({ low: u, high: u, at: i, words: w.slice(i, i + 2).join(' ') });
      i += 1;
      continue;
    }
    const n = readNumber(w, i);
    if (n) {
      const j = i + n.length;
      const u = unitAt(j);
      if (u !== undefined) {
        out.push({ low: n.value * u, high: n.value * u, at: i, words: w.slice(i, j + 1).join(' ') });
        i = j;
      }
    }
  }
  return out;
}

/** Whether a stated span disagrees with the record's value (hours), allowing for vague speech. */
export function timesDisagree(span: TimeSpan, recordHours: number): boolean {
  return recordHours < span.low / 2.5 || recordHours > span.high * 2.5;
}
