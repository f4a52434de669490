/**
 * Reads a reply once for every rule: folded text and its decoded views, words, the symptoms it
 * mentions and whether each is affirmed, denied or neither, and which clauses only repeat the
 * patient's own record words (those can neither contradict nor add anything).
 */
import type { Disclosure, Memory } from '../domain/dialogue.ts';
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { type CaseIndex, indexCase, patientKnownTexts } from './indexCase.ts';
import { indexOntology, type OntologyIndex } from './indexOntology.ts';
import { decodeViews, type TextView } from './text/decodeViews.ts';
import { foldText } from './text/foldText.ts';
import { contentStems, type PhraseMatch } from './text/PhraseMatcher.ts';
import { expandContractions, type Tokens, tokenize } from './text/tokenize.ts';
import { FINE_WORDS, HYPOTHETICAL, MODALS, NEGATORS, OTHER_PEOPLE, STOPWORDS } from './text/wordLists.ts';

export interface ReplyContext {
  record: PatientRecord;
  memory: Memory;
  disclosure: Disclosure;
  ontology: Ontology;
}

export type Polarity = 'affirmed' | 'denied' | 'neutral';

export interface Mention {
  /** Every symptom the words may mean. */
  ids: string[];
  /** The most specific reading (the longest phrase matched). */
  core: string[];
  /** Read from a patient's denial sentence ("my breathing's been fine"): specific to its symptoms. */
  fromDenial?: boolean;
  polarity: Polarity;
  start: number;
  end: number;
  sentence: number;
  /** The reply's words for it, for evidence. */
  words: string;
}

export interface Analysis {
  reply: string;
  folded: string;
  views: TextView[];
  tokens: Tokens;
  ctx: ReplyContext;
  ci: CaseIndex;
  oi: OntologyIndex;
  symptoms: Mention[];
  /** Clauses that repeat one of the record's own phrases (an attribute, a history item, ICE). */
  echoClauses: Set<number>;
  /** Clauses that repeat one of the plan's denial examples (for new-claim checks only). */
  echoLoose: Set<number>;
  /** Clauses that repeat a record phrase holding a negation ("like I'm just not getting enough air"). */
  echoNegated: Set<number>;
  /** Symptom ids present / absent by record and memory. */
  present: Set<string>;
  absent: Set<string>;
  /** Symptom ids this turn is about: named in the plan, else the focus, else the chief complaint. */
  turnSymptoms: string[];
}

const UNCERTAIN = new Set(['sure', 'know', 'certain', 'remember', 'recall', 'idea', 'matter']);
/** Words that open a condition clause, beyond which a negation does not reach. */
const CONDITION = new Set(['when', 'whenever', 'if', 'while', 'unless', 'until', 'because']);
/** Words that may stand between a symptom and "fine" in a denial ("my breathing has been fine"). */
const LINKING = new Set(['is', 'are', 'was', 'been', 'has', 'have', 'had', 'seems', 'feels', 'felt', 'totally', 'completely', 'perfectly', 'absolutely', 'all', 'quite', 'pretty', 'always']);
const PAST = [/\bused to\b/, /\bas a (?:child|kid|boy|girl|teenager)\b/, /\byears ago\b/, /\bwhen i was (?:young|little|a)\b/];

/** Whether the words [start, end] are affirmed, denied or neither, from their clause and sentence. */
export function polarityOf(tokens: Tokens, start: number, end: number, phraseNegated = false): Polarity {
  const sentence = tokens.sentence[start] ?? 0;
  if (tokens.questions[sentence]) return 'neutral';
  // an allergy's reaction ("allergic to penicillin, I come out in a rash") is not a symptom now
  if (/\ballerg|\breaction\b/.test(tokens.sentences[sentence] ?? '')) return 'neutral';
  const clause = tokens.clause[start];
  let denied = false;
  for (let j = start - 1; j >= Math.max(0, start - 7); j--) {
    if (tokens.clause[j] !== clause) break;
    const w = tokens.words[j] ?? '';
    // "no noise when I breathe in": the negation belongs to the main clause, not the condition
    if (CONDITION.has(w)) break;
    if (HYPOTHETICAL.has(w)) return 'neutral';
    // "my dad had chest pain" is about him; "someone said I went down" is about the patient
    if (OTHER_PEOPLE.has(w) && !tokens.words.slice(j + 1, start).some((x) => x === 'i' || x === 'me')) return 'neutral';
    if (NEGATORS.has(w)) {
      const before = tokens.words[j - 1] ?? '';
      const after = tokens.words[j + 1] ?? '';
      if (UNCERTAIN.has(after) || UNCERTAIN.has(tokens.words[j + 2] ?? '')) return 'neutral';
      if (w === 'not' && MODALS.has(before)) continue;
      denied = true;
    }
  }
  // "my heart hasn't been racing": a negation inside the words, unless the phrase itself holds it
  if (!denied && !phraseNegated) {
    for (let j = start + 1; j < end; j++) {
      const w = tokens.words[j] ?? '';
      if (NEGATORS.has(w) && !(w === 'not' && MODALS.has(tokens.words[j - 1] ?? ''))) denied = true;
    }
  }
  if (denied) {
    // "I've never had pain like this before" affirms the pain
    const after = tokens.words.slice(end + 1, end + 5).join(' ');
    if (/\b(?:like (?:this|it|that)|before|this bad|so bad)\b/.test(after)) return 'affirmed';
    return 'denied';
  }
  for (let j = end + 1; j <= end + 5 && j < tokens.words.length; j++) {
    if (tokens.clause[j] !== clause) break;
    const w = tokens.words[j] ?? '';
    if (FINE_WORDS.has(w)) return 'denied';
    if (!LINKING.has(w)) break;
  }
  const text = tokens.sentences[sentence] ?? '';
  if (PAST.some((re) => re.test(text))) return 'neutral';
  return 'affirmed';
}

function symptomIdsOfFact(fact: string): string | undefined {
  const m = /^symptom:([a-z0-9-]+)/.exec(fact);
  return m?.[1];
}

/**
 * Clauses whose sentence repeats one of the record's own phrases (an attribute, a history item, ICE):
 * at least half of its meaningful words (two or more), and a negation only if the phrase has one.
 * Such a sentence adds no new claim.
 */
function findEchoes(tokens: Tokens, texts: readonly string[]): Set<number> {
  const sentences = new Map<number, { stems: Set<string>; clauses: Set<number>; negated: boolean }>();
  tokens.stems.forEach((s, i) => {
    const n = tokens.sentence[i] ?? 0;
    const entry = sentences.get(n) ?? { stems: new Set<string>(), clauses: new Set<number>(), negated: false };
    entry.stems.add(s);
    entry.clauses.add(tokens.clause[i] ?? 0);
    if (NEGATORS.has(tokens.words[i] ?? '')) entry.negated = true;
    sentences.set(n, entry);
  });
  const phrases = texts.map((t) => {
    const words = (expandContractions(foldText(t)).match(/[a-z0-9]+/g) ?? []).join(' ');
    return { stems: [...new Set(contentStems(t))], words, negated: NEGATED.test(t) };
  });
  const out = new Set<number>();
  for (const [n, { stems, clauses, negated }] of sentences) {
    const sentenceWords = (tokens.sentences[n] ?? '').match(/[a-z0-9]+/g)?.join(' ') ?? '';
    for (const p of phrases) {
      if (negated !== p.negated) continue;
      const hits = p.stems.filter((s) => stems.has(s)).length;
      const contained = p.words.split(' ').length >= 3 && ` ${sentenceWords} `.includes(` ${p.words} `);
      if (contained || (p.stems.length >= 2 && hits >= 2 && hits / p.stems.length >= 0.6)) {
        for (const c of clauses) out.add(c);
        break;
      }
    }
  }
  return out;
}

const NEGATED = /(?:\b(?:no|not|never|without|nothing|cannot)\b|n't\b)/i;

/**
 * The record's own phrases (attributes, history, ICE) and this turn's plan values and example
 * sentences; `loose` holds the plan's denial examples, whose wording may itself name other symptoms
 * ("No, it's a dry cough, nothing comes up" denies sputum).
 */
function storyTexts(ctx: ReplyContext): { strict: string[]; loose: string[] } {
  const names = new Set(ctx.record.presentation.symptoms.map((s) => s.name));
  const strict = patientKnownTexts(ctx.record).filter((t) => !names.has(t));
  const loose: string[] = [];
  for (const f of ctx.disclosure.facts) {
    const id = /^symptom:([a-z0-9-]+)$/.exec(f.fact)?.[1];
    const def = id ? ctx.ontology.symptom(id) : undefined;
    if (def && f.status === 'absent') loose.push(...def.denial);
    if (def && f.status === 'present') strict.push(...def.lay);
    if (f.status !== 'absent') strict.push(f.value);
  }
  return { strict, loose };
}

/** Feelings everyone has about being ill: not the anxiety or low mood symptoms. */
const EMOTIONS = new Set(['worried', 'worry', 'anxious', 'nervous', 'scared', 'frightened', 'stressed', 'upset', 'afraid', 'panicky', 'panicking', 'concerned']);

function mentions(matches: PhraseMatch<string>[], tokens: Tokens): Mention[] {
  const emotional = (m: PhraseMatch<string>): boolean => {
    const words = tokens.words.slice(m.start, m.end + 1).filter((w) => !STOPWORDS.has(w));
    return words.length > 0 && words.every((w) => EMOTIONS.has(w));
  };
  return matches.filter((m) => !emotional(m)).map((m) => ({
    ids: m.values,
    core: m.core,
    polarity: polarityOf(tokens, m.start, m.end, m.negated),
    start: m.start,
    end: m.end,
    sentence: tokens.sentence[m.start] ?? 0,
    words: tokens.words.slice(m.start, m.end + 1).join(' '),
  }));
}

/** Reads the reply for the rules. */
export function analyseReply(reply: string, ctx: ReplyContext): Analysis {
  const ci = indexCase(ctx.record, ctx.ontology);
  const oi = indexOntology(ctx.ontology);
  const folded = foldText(reply);
  const tokens = tokenize(folded);
  const symptoms = mentions(oi.symptoms.match(tokens), tokens);
  for (const d of oi.symptomDenials.match(tokens)) {
    if (tokens.questions[tokens.sentence[d.start] ?? 0]) continue;
    // a denial sentence decides the polarity of whatever it overlaps ("no, my weight's been steady")
    if (symptoms.some((m) => m.start <= d.end && d.start <= m.end)) {
      for (const m of symptoms) {
        if (m.start <= d.end && d.start <= m.end) {
          m.polarity = 'denied';
          m.fromDenial = true;
          m.core = d.values;
        }
      }
      continue;
    }
    symptoms.push({
      ids: d.values,
      core: d.values,
      fromDenial: true,
      polarity: 'denied',
      start: d.start,
      end: d.end,
      sentence: tokens.sentence[d.start] ?? 0,
      words: tokens.words.slice(d.start, d.end + 1).join(' '),
    });
  }
  const present = new Set(ci.present);
  const absent = new Set(ci.negatives);
  for (const f of Object.values(ctx.memory.disclosed)) {
    const id = symptomIdsOfFact(f.fact);
    if (!id || f.fact.includes('/')) continue;
    if (f.status === 'present') present.add(id);
    if (f.status === 'absent' && !present.has(id)) absent.add(id);
  }
  const turnSymptoms = [
    ...new Set(ctx.disclosure.facts.map((f) => symptomIdsOfFact(f.fact)).filter((x): x is string => !!x)),
  ];
  if (turnSymptoms.length === 0 && ctx.memory.focus.symptom) turnSymptoms.push(ctx.memory.focus.symptom);
  if (turnSymptoms.length === 0) turnSymptoms.push(ctx.record.presentation.chiefComplaint);
  const story = storyTexts(ctx);
  return {
    reply,
    folded,
    views: decodeViews(reply),
    tokens,
    ctx,
    ci,
    oi,
    symptoms,
    echoClauses: findEchoes(tokens, story.strict),
    echoLoose: findEchoes(tokens, story.loose),
    echoNegated: findEchoes(
      tokens,
      story.strict.filter((t) => NEGATED.test(t)),
    ),
    present,
    absent,
    turnSymptoms,
  };
}
