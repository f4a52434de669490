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
import { type Mention, polarityOf, readMentions } from './readMentions.ts';
import { decodeViews, type TextView } from './text/decodeViews.ts';
import { foldKeepCase, foldText } from './text/foldText.ts';
import { contentStems } from './text/PhraseMatcher.ts';
import { type Tokens, tokenize } from './text/tokenize.ts';
import { NEGATORS, STOPWORDS } from './text/wordLists.ts';
import { trueExamples } from './trueSentences.ts';

export { type Mention, type Polarity, polarityOf } from './readMentions.ts';

export interface ReplyContext {
  record: PatientRecord;
  memory: Memory;
  disclosure: Disclosure;
  ontology: Ontology;
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
  echoRecord: ReadonlyMap<number, ReadonlySet<string>>;
  /** Clauses that repeat this turn's plan (values, patient sentences), with the symptoms those deny. */
  echoPlan: ReadonlyMap<number, ReadonlySet<string>>;
  /** Clauses that repeat the plan's denials of absent symptoms, with the symptoms those deny. */
  echoDenials: ReadonlyMap<number, ReadonlySet<string>>;
  /** The record's phrases and the plan's, as folded words (to see a sentence quote one verbatim). */
  storyWords: readonly string[];
  /** Clauses whose sentence is one of the plan's denial sentences, nearly word for word (and which). */
  quotesDenial: ReadonlyMap<number, StoryPhrase>;
  /** Clauses whose sentence is one of the plan's values or patient sentences, nearly word for word. */
  quotesPlan: ReadonlyMap<number, StoryPhrase>;
  /** Symptom ids present / absent by record and memory. */
  present: Set<string>;
  absent: Set<string>;
  /** Symptom ids this turn is about: named in the plan, else the focus, else the chief complaint. */
  turnSymptoms: string[];
}

function symptomIdsOfFact(fact: string): string | undefined {
  const m = /^symptom:([a-z0-9-]+)/.exec(fact);
  return m?.[1];
}

export interface StoryPhrase {
  stems: string[];
  /** The same stems as a set. */
  stemSet: ReadonlySet<string>;
  words: string;
  negated: boolean;
  /** Symptom ids the phrase itself denies ("like I'm just not getting enough air"). */
  denies: string[];
  /** Symptom ids the phrase, read like a reply, affirms (how the checker itself reads its words). */
  affirms: string[];
  wordCount: number;
}

const phraseCache = new WeakMap<OntologyIndex, Map<string, StoryPhrase>>();

/** A record or plan phrase read once (cached per knowledge base, bounded). */
function storyPhrase(text: string, oi: OntologyIndex): StoryPhrase {
  let cache = phraseCache.get(oi);
  if (!cache) {
    cache = new Map();
    phraseCache.set(oi, cache);
  }
  const hit = cache.get(text);
  if (hit) return hit;
  const folded = foldText(text);
  const negated = NEGATED.test(text);
  const tokens = tokenize(folded);
  const readings = oi.symptoms
    .match(tokens)
    .map((m) => ({ m, polarity: polarityOf(tokens, m.start, m.end, m.negated) }));
  const denies = negated ? readings.filter((r) => r.polarity === 'denied').flatMap((r) => r.m.values) : [];
  const affirms = readings.filter((r) => r.polarity === 'affirmed').flatMap((r) => r.m.values);
  const stemSet = new Set(contentStems(text));
  const phrase = {
    stems: [...stemSet],
    stemSet,
    words: tokens.words.join(' '),
    negated,
    denies,
    affirms,
    wordCount: tokens.words.length,
  };
  if (cache.size > 20_000) cache.clear();
  cache.set(text, phrase);
  return phrase;
}

/**
 * Clauses whose sentence repeats one of the given phrases: at least 60% of its meaningful words (two
 * or more) or all its words in a row, with a negation only if the phrase has one. Each such clause
 * maps to the symptoms the repeated phrase itself denies.
 */
interface SentenceInfo {
  stems: Set<string>;
  clauses: Set<number>;
  negated: boolean;
  /** The sentence's words, space-separated and padded (" like i said ... "). */
  words: string;
}

const sentencesOf = new WeakMap<Tokens, SentenceInfo[]>();

/** Each sentence's stems, clauses, negation and words: read once per reply, shared by the echo finders. */
function sentenceInfo(tokens: Tokens): SentenceInfo[] {
  const hit = sentencesOf.get(tokens);
  if (hit) return hit;
  const out: SentenceInfo[] = [];
  const words: string[][] = [];
  for (let i = 0; i < tokens.stems.length; i++) {
    const s = tokens.stems[i] as string;
    const n = tokens.sentence[i] ?? 0;
    let entry = out[n];
    if (!entry) {
      entry = { stems: new Set<string>(), clauses: new Set<number>(), negated: false, words: '' };
      out[n] = entry;
      words[n] = [];
    }
    entry.stems.add(s);
    entry.clauses.add(tokens.clause[i] ?? 0);
    const w = tokens.words[i] ?? '';
    if (NEGATORS.has(w)) entry.negated = true;
    words[n]?.push(w);
  }
  out.forEach((e, n) => {
    e.words = ` ${(words[n] ?? []).join(' ')} `;
  });
  sentencesOf.set(tokens, out);
  return out;
}

/** Which phrases hold each stem (phrase indexes): built once per phrase list. */
const stemIndexes = new WeakMap<readonly StoryPhrase[], Map<string, number[]>>();

function stemIndex(phrases: readonly StoryPhrase[]): Map<string, number[]> {
  let index = stemIndexes.get(phrases);
  if (!index) {
    index = new Map();
    for (let k = 0; k < phrases.length; k++)
      for (const s of (phrases[k] as StoryPhrase).stems) {
        const list = index.get(s);
        if (list) list.push(k);
        else index.set(s, [k]);
      }
    stemIndexes.set(phrases, index);
  }
  return index;
}

function findEchoes(tokens: Tokens, phrases: readonly StoryPhrase[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  if (phrases.length === 0) return out;
  const index = stemIndex(phrases);
  const hits = new Int32Array(phrases.length);
  for (const info of sentenceInfo(tokens)) {
    if (!info) continue;
    // how many of each phrase's stems the sentence holds (only phrases sharing a stem can echo)
    const touched: number[] = [];
    for (const s of info.stems)
      for (const k of index.get(s) ?? []) {
        if (hits[k] === 0) touched.push(k);
        hits[k] = (hits[k] as number) + 1;
      }
    touched.sort((x, y) => x - y);
    const denies = new Set<string>();
    let echoed = false;
    for (const k of touched) {
      const p = phrases[k] as StoryPhrase;
      const n = hits[k] as number;
      hits[k] = 0;
      if (info.negated !== p.negated) continue;
      // short phrases only count when quoted whole; longer ones when most of their words are there
      const mostly = p.stems.length >= 3 && n >= 2 && n / p.stems.length >= 0.6;
      if (mostly || (p.wordCount >= 3 && info.words.includes(` ${p.words} `))) {
        echoed = true;
        for (const id of p.denies) denies.add(id);
      }
    }
    if (echoed) for (const c of info.clauses) out.set(c, denies);
  }
  return out;
}

const NEGATED = /(?:\b(?:no|not|never|without|nothing|cannot)\b|n't\b)/i;

/**
 * Phrases a reply may repeat: the record's own (attributes, history, ICE, persona voice; read once per
 * record), this turn's plan (its values and the patient sentences for symptoms it affirms), and the
 * plan's denials (example denials of absent symptoms, and absent values worded as denials).
 */
/**
 * Clauses whose sentence is (nearly) one of the phrases: most of the phrase's meaningful words, and
 * little else. Stricter than an echo: "No, I'm still interested in things" quotes a denial; "I can't
 * lie flat any more without getting out of breath" only shares words with "I can lie flat without any bother".
 */
interface QuoteSentence {
  clauses: Map<number, ClauseWords>;
  negated: boolean;
  /** Every clause's stems together. */
  all: Set<string>;
}

/** Each sentence's clauses as the words a quote is compared on (the persona's fillers left out): read once per reply. */
function quoteSentences(tokens: Tokens, voice: ReadonlySet<string>): QuoteSentence[] {
  const bySentence = new Map<number, QuoteSentence>();
  for (let i = 0; i < tokens.stems.length; i++) {
    const s = tokens.stems[i] as string;
    const n = tokens.sentence[i] ?? 0;
    const entry = bySentence.get(n) ?? {
      clauses: new Map<number, ClauseWords>(),
      negated: false,
      all: new Set(),
    };
    const c = tokens.clause[i] ?? 0;
    const clause = entry.clauses.get(c) ?? { stems: new Set<string>(), words: 0 };
    const w = tokens.words[i] ?? '';
    // the persona's fillers ("Like I mentioned", "Sorry, I'm a bit shaky") are not part of what is said
    if (!STOPWORDS.has(w) && !voice.has(s) && !REPEAT_WORDS.has(w)) {
      clause.stems.add(s);
      entry.all.add(s);
    }
    if (NEGATORS.has(w)) entry.negated = true;
    clause.words++;
    entry.clauses.set(c, clause);
    bySentence.set(n, entry);
  }
  return [...bySentence.values()];
}

function findQuotes(
  sentences: readonly QuoteSentence[],
  phrases: readonly StoryPhrase[],
): Map<number, StoryPhrase> {
  const out = new Map<number, StoryPhrase>();
  if (phrases.length === 0) return out;
  for (const { clauses, negated, all } of sentences) {
    for (const p of phrases) {
      if (p.stems.length === 0 || p.negated !== negated) continue;
      const own = p.stemSet;
      // dropping an opener can only lose words: a phrase short of 80% in the whole sentence never quotes
      let most = 0;
      for (const s of own) if (all.has(s)) most++;
      if (most / own.size < 0.8) continue;
      // an opener of a few words that shares nothing with the phrase ("Oh gosh, no, ...") is not part of it
      const parts = [...clauses.values()];
      while (
        parts.length > 1 &&
        (parts[0]?.words ?? 0) <= 4 &&
        ![...(parts[0]?.stems ?? [])].some((s) => own.has(s))
      )
        parts.shift();
      const stems = new Set(parts.flatMap((c) => [...c.stems]));
      if (stems.size === 0) continue;
      let hits = 0;
      for (const s of own) if (stems.has(s)) hits++;
      let inside = 0;
      for (const s of stems) if (own.has(s)) inside++;
      if (hits / own.size >= 0.8 && inside / stems.size >= 0.7) {
        for (const c of clauses.keys()) out.set(c, p);
        break;
      }
    }
  }
  return out;
}

interface ClauseWords {
  stems: Set<string>;
  words: number;
}

/** Words a patient uses to say something again ("like I mentioned", "as I said before"). */
const REPEAT_WORDS = new Set([
  'mentioned',
  'said',
  'told',
  'already',
  'before',
  'again',
  'sorry',
  'shaky',
  'hmm',
  'um',
  'uh',
  'erm',
  'oh',
  'yeah',
  'okay',
  'ok',
  'righto',
  'think',
  'let',
]);

const voiceStems = new WeakMap<CaseIndex, Set<string>>();

/** Stems of the persona's openers and closers. */
function voiceOf(ctx: ReplyContext, ci: CaseIndex): Set<string> {
  let stems = voiceStems.get(ci);
  if (!stems) {
    const persona = ctx.ontology.personas.get(ctx.record.persona.archetype);
    stems = new Set(
      [...(persona?.openers ?? []), ...(persona?.closers ?? [])].flatMap((t) => tokenize(foldText(t)).stems),
    );
    voiceStems.set(ci, stems);
  }
  return stems;
}

const recordPhrases = new WeakMap<CaseIndex, StoryPhrase[]>();
const denialPhrases = new WeakMap<OntologyIndex, Map<string, StoryPhrase>>();

/** A knowledge-base denial of a symptom, read as denying that symptom whatever its words. Cached. */
function exampleDenial(text: string, id: string, oi: OntologyIndex): StoryPhrase {
  let cache = denialPhrases.get(oi);
  if (!cache) {
    cache = new Map();
    denialPhrases.set(oi, cache);
  }
  const key = `${id}|${text}`;
  let phrase = cache.get(key);
  if (!phrase) {
    const p = storyPhrase(text, oi);
    phrase = { ...p, denies: [...p.denies, id] };
    cache.set(key, phrase);
  }
  return phrase;
}

function storyTexts(
  ctx: ReplyContext,
  ci: CaseIndex,
  oi: OntologyIndex,
): { record: StoryPhrase[]; plan: StoryPhrase[]; denials: StoryPhrase[] } {
  let record = recordPhrases.get(ci);
  if (!record) {
    const names = new Set(ctx.record.presentation.symptoms.map((s) => s.name));
    record = patientKnownTexts(ctx.record, ctx.ontology)
      .filter((t) => !names.has(t))
      .map((t) => storyPhrase(t, oi));
    recordPhrases.set(ci, record);
  }
  const plan: StoryPhrase[] = [];
  const denials: StoryPhrase[] = [];
  for (const f of ctx.disclosure.facts) {
    const id = /^symptom:([a-z0-9-]+)$/.exec(f.fact)?.[1];
    const def = id ? ctx.ontology.symptom(id) : undefined;
    // the knowledge base's example sentences are trusted only where they are true of this patient
    // ("No, it's a dry cough, nothing comes up" is no denial of sputum for a patient without a cough)
    if (f.status === 'absent') {
      // an example denial denies its own symptom, whatever its words ("I can lie flat without any bother")
      if (def)
        for (const t of trueExamples('denial', def.id, ctx.record, ctx.ontology))
          denials.push(exampleDenial(t, def.id, oi));
      if (NEGATED.test(f.value)) denials.push(storyPhrase(f.value, oi));
      continue;
    }
    if (def && f.status === 'present')
      for (const t of trueExamples('lay', def.id, ctx.record, ctx.ontology)) plan.push(storyPhrase(t, oi));
    plan.push(storyPhrase(f.value, oi));
  }
  return { record, plan, denials };
}

/** Reads the reply for the rules. */
export function analyseReply(reply: string, ctx: ReplyContext): Analysis {
  const ci = indexCase(ctx.record, ctx.ontology);
  const oi = indexOntology(ctx.ontology);
  const kept = foldKeepCase(reply);
  const folded = kept.toLowerCase().replace(/\s+/g, ' '); // foldText, sharing the fold with decodeViews
  const tokens = tokenize(folded);
  const symptoms = readMentions(tokens, oi);
  const present = new Set(ci.present);
  const absent = new Set(ci.negatives);
  // the plan is code's decision for this turn: where it says a symptom is had or not, that holds
  for (const f of ctx.disclosure.facts) {
    const id = symptomIdsOfFact(f.fact);
    if (!id || f.fact.includes('/')) continue;
    if (f.status === 'present') {
      present.add(id);
      absent.delete(id);
    }
    if (f.status === 'absent' && !ci.present.has(id)) absent.add(id);
  }
  for (const f of Object.values(ctx.memory.disclosed)) {
    const id = symptomIdsOfFact(f.fact);
    if (!id || f.fact.includes('/')) continue;
    if (f.status === 'present') present.add(id);
    if (f.status === 'absent' && !present.has(id)) absent.add(id);
  }
  const turnSymptoms = [
    ...new Set(ctx.disclosure.facts.map((f) => symptomIdsOfFact(f.fact)).filter((x): x is string => !!x)),
  ];
  const aboutOther = ctx.disclosure.facts.length > 0 && turnSymptoms.length === 0;
  if (!aboutOther && turnSymptoms.length === 0 && ctx.memory.focus.symptom)
    turnSymptoms.push(ctx.memory.focus.symptom);
  if (!aboutOther && turnSymptoms.length === 0) turnSymptoms.push(ctx.record.presentation.chiefComplaint);
  const story = storyTexts(ctx, ci, oi);
  const recordEcho = findEchoes(tokens, story.record);
  const planEcho = findEchoes(tokens, story.plan);
  const denialEcho = findEchoes(tokens, story.denials);
  const quoting =
    story.denials.length + story.plan.length > 0 ? quoteSentences(tokens, voiceOf(ctx, ci)) : [];
  return {
    reply,
    folded,
    views: decodeViews(reply, kept),
    tokens,
    ctx,
    ci,
    oi,
    symptoms,
    echoRecord: recordEcho,
    echoPlan: planEcho,
    echoDenials: denialEcho,
    storyWords: [...story.record, ...story.plan].filter((p) => p.wordCount >= 4).map((p) => p.words),
    quotesDenial: findQuotes(quoting, story.denials),
    quotesPlan: findQuotes(quoting, story.plan),
    present,
    absent,
    turnSymptoms,
  };
}
