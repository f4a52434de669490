/**
 * Splits folded text into words with their stems and the clause and sentence each belongs to, the unit
 * every rule reasons over. Contractions are expanded first ("haven't" → "have not") so that negation is
 * one word to look for.
 */
import { stem } from './stem.ts';

export interface Tokens {
  /** Lower-case words, contractions expanded. */
  words: string[];
  stems: string[];
  /** Clause index of each word: clauses end at punctuation and at contrast words ("but"). */
  clause: number[];
  sentence: number[];
  /** Whether each sentence ends with a question mark. */
  questions: boolean[];
  /** The text of each sentence (folded), for evidence. */
  sentences: string[];
}

const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan't\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bshan't\b/g, 'shall not'],
  [/\bain't\b/g, 'is not'],
  [/n't\b/g, ' not'],
  [/'ve\b/g, ' have'],
  [/'re\b/g, ' are'],
  [/'m\b/g, ' am'],
  [/'ll\b/g, ' will'],
  [/'d\b/g, ' would'],
  [/'s\b/g, ''],
];

/** Words that end a clause even without punctuation. */
const CLAUSE_BREAKS = new Set(['but', 'though', 'although', 'however', 'except', 'apart', 'yet', 'whereas']);

/** Expands contractions in folded (lower-case) text. */
export function expandContractions(folded: string): string {
  // no apostrophe and no "cannot": nothing to expand
  if (!folded.includes("'") && !folded.includes('cannot')) return folded;
  let s = folded;
  for (const [re, to] of CONTRACTIONS) s = s.replace(re, to);
  return s;
}

/** Tokenizes folded text (see foldText). */
export function tokenize(folded: string): Tokens {
  // "Right, it's in the middle": "right" opening a sentence is a filler, not a side
  const text = expandContractions(folded).replace(/(^|[.!?]\s*)right,/g, '$1righto,');
  const out: Tokens = { words: [], stems: [], clause: [], sentence: [], questions: [], sentences: [] };
  let clause = 0;
  let sentence = 0;
  let sentenceStart = 0;
  let sentenceHasWords = false;
  const re = /(\d+(?:\.\d+)?)|([a-z]+)|([.!?]+|\n)|([,;:()"\u2026]|\s-\s|--)/g;
  const endSentence = (end: number, question: boolean): void => {
    if (!sentenceHasWords) return;
    out.questions[sentence] = question;
    out.sentences[sentence] = text.slice(sentenceStart, end).trim();
    sentence++;
    clause++;
    sentenceHasWords = false;
  };
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const word = m[1] ?? m[2];
    if (word !== undefined) {
      if (!sentenceHasWords) sentenceStart = m.index;
      if (CLAUSE_BREAKS.has(word)) clause++;
      out.words.push(word);
      out.stems.push(m[2] !== undefined ? stem(word) : word);
      out.clause.push(clause);
      out.sentence.push(sentence);
      sentenceHasWords = true;
    } else if (m[3] !== undefined) {
      endSentence(m.index + m[3].length, m[3].includes('?'));
    } else {
      clause++;
    }
  }
  endSentence(text.length, false);
  return out;
}
