/**
 * The last resort of understanding: a message the rules could not place is compared with the labelled
 * example questions of the knowledge base (ontology/questions), and read like the most similar one when
 * the two are close enough. Similarity is the cosine of TF-IDF vectors over word stems, word pairs and
 * the letter triples of each word (so a typo or an unfamiliar ending still meets its word). Below the
 * threshold, or when the nearest example is itself a question the patient cannot answer, the message
 * stays `unknown`: an honest "I don't follow" beats a wrong guess. Pure; the index is built once.
 */
import { type Query, Topic } from '../domain/query.ts';
import type { QuestionExampleItem } from '../ontology/questionExamples.ts';
import { SymptomAttribute } from '../ontology/schema.ts';
import { normalizeText } from './normalizeText.ts';
import { stemWord } from './stemWord.ts';
import { tokenize } from './tokenize.ts';

/** One labelled doctor message (ontology/questions; see src/ontology/questionExamples.ts). */
type QuestionExample = Pick<QuestionExampleItem, 'q' | 'focus' | 'expect'>;

interface Indexed {
  q: string;
  /** The keys, with the focus symptom written `@` ("symptom:@/radiation"), so any focus can fill it. */
  keys: readonly string[];
  /** Its features (ids, ascending) and their weights. */
  ids: Int32Array;
  weights: Float64Array;
  norm: number;
}

export interface ExampleIndex {
  examples: readonly Indexed[];
  /** Feature → its id (the order features were first met) and idf. */
  features: ReadonlyMap<string, { id: number; idf: number }>;
  /**
   * Feature id → the examples holding it and its weight there, for the features few examples share:
   * candidates are found through these, then scored on every feature.
   */
  postings: readonly ({ examples: Int32Array; weights: Float64Array } | undefined)[];
}

/** A feature held by more examples than this share is not used to find candidates (only to score them). */
const COMMON_SHARE = 0.03;
/** Candidates scored on every feature, best first by their rare features. */
const CANDIDATES = 24;

export interface NearestExample {
  /** The example's question. */
  example: string;
  similarity: number;
  queries: Query[];
}

/** How close a message must be to an example to be read like it (cosine, 0 to 1). */
export const NEAREST_THRESHOLD = 0.42;

/** Stems, stem pairs and the letter triples of each word ("<br", "bre", ..., "th>"). */
function features(text: string): string[] {
  const stems = tokenize(normalizeText(text)).map(stemWord);
  const out = [...stems];
  for (let i = 0; i + 1 < stems.length; i++) out.push(`${stems[i]}_${stems[i + 1]}`);
  for (const s of stems) {
    const padded = `<${s}>`;
    for (let i = 0; i + 3 <= padded.length; i++) out.push(`#${padded.slice(i, i + 3)}`);
  }
  return out;
}

function counts(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of features(text)) out.set(f, (out.get(f) ?? 0) + 1);
  return out;
}

/** Keys relative to the example's focus: "symptom:chest-pain/radiation" asked about chest pain → "symptom:@/radiation". */
function relativeKeys(example: QuestionExample): string[] {
  const focus = example.focus;
  if (focus === undefined) return [...example.expect];
  return example.expect.map((k) =>
    k === `symptom:${focus}`
      ? 'symptom:@'
      : k.startsWith(`symptom:${focus}/`)
        ? `symptom:@${k.slice(8 + focus.length)}`
        : k,
  );
}

/** A weighted feature vector, ids ascending (what dot products merge over). */
function sparse(entries: [number, number][]): { ids: Int32Array; weights: Float64Array; norm: number } {
  entries.sort((a, b) => a[0] - b[0]);
  const ids = Int32Array.from(entries, (e) => e[0]);
  const weights = Float64Array.from(entries, (e) => e[1]);
  let norm = 0;
  for (const w of weights) norm += w * w;
  return { ids, weights, norm: Math.sqrt(norm) };
}

/** Indexes the examples (once, when the lexicon is built). */
export function indexExamples(examples: readonly QuestionExample[]): ExampleIndex {
  const bags = examples.map((e) => counts(e.q));
  const df = new Map<string, number>();
  for (const bag of bags) for (const f of bag.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const vocabulary = new Map<string, { id: number; idf: number }>();
  for (const [f, n] of df)
    vocabulary.set(f, { id: vocabulary.size, idf: Math.log((examples.length + 1) / (n + 1)) });
  const common = Math.max(20, COMMON_SHARE * examples.length);
  const lists: { examples: number[]; weights: number[] }[] = [];
  const indexed = examples.map((e, i): Indexed => {
    const entries: [number, number][] = [];
    for (const [f, c] of bags[i] ?? []) {
      const feature = vocabulary.get(f);
      const w = feature ? (1 + Math.log(c)) * feature.idf : 0;
      if (!feature || w === 0) continue;
      entries.push([feature.id, w]);
      if ((df.get(f) ?? 0) > common) continue;
      const list = lists[feature.id] ?? { examples: [], weights: [] };
      list.examples.push(i);
      list.weights.push(w);
      lists[feature.id] = list;
    }
    return { q: e.q, keys: relativeKeys(e), ...sparse(entries) };
  });
  const postings = Array.from({ length: vocabulary.size }, (_, id) => {
    const list = lists[id];
    return list
      ? { examples: Int32Array.from(list.examples), weights: Float64Array.from(list.weights) }
      : undefined;
  });
  return { examples: indexed, features: vocabulary, postings };
}

/** The CANDIDATES best examples by their rare features (ties to the earlier example), in one pass. */
function topCandidates(touched: readonly number[], partial: Float64Array, index: ExampleIndex): number[] {
  const top: { i: number; r: number }[] = [];
  for (const i of touched) {
    const r = (partial[i] as number) / (index.examples[i]?.norm ?? 1);
    const last = top.at(-1);
    if (top.length === CANDIDATES && last !== undefined && (r < last.r || (r === last.r && i > last.i)))
      continue;
    let at = top.length;
    while (at > 0) {
      const prev = top[at - 1] as { i: number; r: number };
      if (prev.r > r || (prev.r === r && prev.i < i)) break;
      at--;
    }
    top.splice(at, 0, { i, r });
    if (top.length > CANDIDATES) top.pop();
  }
  return top.map((t) => t.i);
}

/** The dot product of two vectors with ascending ids. */
function dot(
  a: { ids: Int32Array; weights: Float64Array },
  b: { ids: Int32Array; weights: Float64Array },
): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i] as number;
    const y = b.ids[j] as number;
    if (x === y) sum += (a.weights[i++] as number) * (b.weights[j++] as number);
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

/** A coverage key back into a query ("symptom:chest-pain/radiation"); undefined when it is not one. */
function queryOf(key: string, confidence: number, span: string): Query | undefined {
  const m = /^([a-z-]+)(?::([a-z0-9-]+)(?:\/([a-z]+))?)?$/.exec(key);
  if (!m) return undefined;
  const [, name, target, attribute] = m;
  const topic = Topic.safeParse(name);
  if (!topic.success) return undefined;
  const query: Query = { topic: topic.data, confidence, span };
  if (target !== undefined) query.target = target;
  if (attribute !== undefined) {
    const parsed = SymptomAttribute.safeParse(attribute);
    if (!parsed.success) return undefined;
    query.attribute = parsed.data;
  }
  return query;
}

/**
 * The example nearest to the message, read as queries (focus-relative keys filled with `focus`), when
 * it is at least `threshold` similar and answerable; otherwise undefined.
 */
export function nearestExample(
  index: ExampleIndex,
  text: string,
  focus: string | undefined,
  threshold = NEAREST_THRESHOLD,
): NearestExample | undefined {
  const n = index.examples.length;
  if (n === 0) return undefined;
  const entries: [number, number][] = [];
  for (const [f, c] of counts(text)) {
    const feature = index.features.get(f);
    if (feature && feature.idf > 0) entries.push([feature.id, (1 + Math.log(c)) * feature.idf]);
  }
  const query = sparse(entries);
  if (query.norm === 0) return undefined;
  // candidates through the rarer features they share with the message
  const partial = new Float64Array(n);
  const touched: number[] = [];
  for (let k = 0; k < query.ids.length; k++) {
    const list = index.postings[query.ids[k] as number];
    if (list === undefined) continue;
    const w = query.weights[k] as number;
    for (let m = 0; m < list.examples.length; m++) {
      const i = list.examples[m] as number;
      if (partial[i] === 0) touched.push(i);
      partial[i] = (partial[i] as number) + (list.weights[m] as number) * w;
    }
  }
  // each candidate scored on every feature
  let best = -1;
  let bestScore = 0;
  for (const i of topCandidates(touched, partial, index)) {
    const e = index.examples[i];
    if (e === undefined) continue;
    const s = dot(query, e) / (query.norm * e.norm);
    if (s > bestScore || (s === bestScore && i < best)) {
      best = i;
      bestScore = s;
    }
  }
  const example = index.examples[best];
  if (example === undefined || bestScore < threshold) return undefined;
  // an example the patient cannot answer, or one that asks nothing ("okay."), places nothing
  if (example.keys.length === 0 || example.keys.includes('unknown')) return undefined;
  if (focus === undefined && example.keys.some((k) => k.startsWith('symptom:@'))) return undefined;
  const confidence = Math.min(0.9, Math.round(bestScore * 100) / 100);
  const span = text.trim();
  const queries: Query[] = [];
  for (const key of example.keys) {
    const q = queryOf(
      focus === undefined ? key : key.replace('symptom:@', `symptom:${focus}`),
      confidence,
      span,
    );
    if (q === undefined) return undefined;
    queries.push(q);
  }
  return { example: example.q, similarity: bestScore, queries };
}
