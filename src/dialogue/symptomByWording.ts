/**
 * The symptom a clause describes in words of its own, when no term matched ("have your shoes been
 * feeling tight, or your socks leaving deep marks?", "do you get up in the night to pass water?"):
 * every symptom is scored by the words of all its phrasings (name, terms and the lay lines patients
 * use), each word weighted by how few symptoms share it. Only a clear winner on two or more words is
 * taken: a near tie or a single shared word gives nothing, so the clause stays `unknown`.
 */
import { DROPPED_WORDS, FILLER_WORDS, WEAK_WORDS } from './phraseStems.ts';
import { stemWord } from './stemWord.ts';
import { tokenize } from './tokenize.ts';

export interface WordingIndex {
  /** Stem → the symptoms whose phrasings hold it, with the stem's weight. */
  stems: ReadonlyMap<string, { ids: readonly string[]; weight: number }>;
}

/** Function and question words: they never say which symptom is meant. */
const NEUTRAL: ReadonlySet<string> = new Set(
  `and or but so then than that this these those there here its im ive id ill dont cant can not no
  yes do does did done doing am is are was were be been being have has had having will would could
  should shall may might must get got gets getting make makes made making take takes took put puts
  say said tell told know knew think thought seem seems seemed keep kept want wanted use used
  who what which where when why how whose whom up down out off over away back again now ever never
  always sometimes often lately recently today yesterday week weeks month months year years day days
  time times once twice one two three four five few couple lot lots bit much many more most less
  all any some every each other another same own such just only even still also too very really
  quite rather pretty about around after before since until while because though if whether
  anything something nothing everything anyone someone everyone you your yours we us our they them
  their he him his she her i me my myself yourself it thing things way like feel feels felt feeling
  go goes going gone went come comes came coming notice noticed noticing trouble troubles problem
  problems difficulty difficulties issue issues symptom symptoms able unable manage find found normal
  usual okay fine well bad good`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

function contentStems(text: string): string[] {
  return (
    tokenize(text.toLowerCase().replace(/[^a-z0-9\s]+/g, ' '))
      .filter((w) => w.length > 2 && !NEUTRAL.has(w) && !DROPPED_WORDS.has(w) && !FILLER_WORDS.has(w))
      .filter((w) => !WEAK_WORDS.has(w))
      .map(stemWord)
      // "trouble" is stemmed to "problem": a frame word either way
      .filter((s) => !NEUTRAL.has(s))
  );
}

/** Indexes every symptom's phrasings; once per lexicon. */
export function buildWordingIndex(
  symptoms: Iterable<{ id: string; name: string; terms: readonly string[]; lay: readonly string[] }>,
): WordingIndex {
  const holders = new Map<string, Set<string>>();
  let count = 0;
  for (const s of symptoms) {
    count++;
    for (const phrasing of [s.name, ...s.terms, ...s.lay]) {
      for (const stem of contentStems(phrasing)) {
        const set = holders.get(stem) ?? new Set<string>();
        set.add(s.id);
        holders.set(stem, set);
      }
    }
  }
  const stems = new Map<string, { ids: readonly string[]; weight: number }>();
  for (const [stem, ids] of holders) {
    stems.set(stem, { ids: [...ids], weight: Math.log((count + 1) / ids.size) });
  }
  return { stems };
}

function scoreSymptoms(text: string, index: WordingIndex): Map<string, { score: number; words: number }> {
  const scores = new Map<string, { score: number; words: number }>();
  for (const stem of new Set(contentStems(text))) {
    const entry = index.stems.get(stem);
    if (entry === undefined) continue;
    for (const id of entry.ids) {
      const s = scores.get(id) ?? { score: 0, words: 0 };
      s.score += entry.weight;
      s.words++;
      scores.set(id, s);
    }
  }
  return scores;
}

/**
 * Of the symptoms one ambiguous phrase may name ("noisy breathing": wheeze or stridor), the one the
 * rest of the clause singles out with a rare word only it has ("harsh … when you breathe in"); none
 * when no word, or more than one of them, is singled out: the phrase then names them all.
 */
export function preferByWording(
  rest: string,
  ids: readonly string[],
  index: WordingIndex,
): string | undefined {
  const singled = new Set<string>();
  for (const stem of new Set(contentStems(rest))) {
    const entry = index.stems.get(stem);
    if (entry === undefined || entry.ids.length > RARE) continue;
    const holders = ids.filter((id) => entry.ids.includes(id));
    if (holders.length === 1) singled.add(holders[0] as string);
  }
  return singled.size === 1 ? [...singled][0] : undefined;
}

/** A word held by at most this many symptoms singles one out. */
const RARE = 2;
/** How far the winner must be ahead of the runner-up, as a share of the winner's score. */
const MARGIN = 0.25;
/** The least score that names a symptom: two words, at least one of them fairly rare. */
const LEAST_SCORE = 4;

/** The symptom the clause describes, if one clearly wins on its words. */
export function symptomByWording(text: string, index: WordingIndex): string | undefined {
  const ranked = [...scoreSymptoms(text, index).entries()].sort((a, b) => b[1].score - a[1].score);
  const [best, second] = ranked;
  if (best === undefined || best[1].words < 2 || best[1].score < LEAST_SCORE) return undefined;
  if (second !== undefined && second[1].score > best[1].score * (1 - MARGIN)) return undefined;
  return best[0];
}
