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
import { type Tokens, tokenize } from './text/tokenize.ts';
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
  /** Named in a condition ("worse when I cough"): a trigger, not the subject. */
  trigger?: boolean;
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

const UNCERTAIN = new Set(['sure', 'know', 'certain', 'remember', 'recall', 'idea', 'matter']);
/** Words that open a condition clause, beyond which a negation does not reach. */
const CONDITION = new Set(['when', 'whenever', 'if', 'while', 'unless', 'until', 'because']);
/** Words that may stand between a symptom and "fine" in a denial ("my breathing has been fine"). */
const LINKING = new Set([
  'is',
  'are',
  'was',
  'been',
  'has',
  'have',
  'had',
  'seems',
  'feels',
  'felt',
  'totally',
  'completely',
  'perfectly',
  'absolutely',
  'all',
  'quite',
  'pretty',
  'always',
]);
const PAST = [
  /\bused to\b/,
  /\bas a (?:child|kid|boy|girl|teenager)\b/,
  /\byears ago\b/,
  /\bwhen i was (?:young|little|a)\b/,
];

/** Whether the words [start, end] are affirmed, denied or neither, from their clause and sentence. */
export function polarityOf(tokens: Tokens, start: number, end: number, phraseNegated = false): Polarity {
  const sentence = tokens.sentence[start] ?? 0;
  if (tokens.questions[sentence]) return 'neutral';
  // an allergy's reaction ("allergic to penicillin, I come out in a rash") is not a symptom now
  if (/\ballerg|\breaction\b/.test(tokens.sentences[sentence] ?? '')) return 'neutral';
  // "no angina in the family", "diabetes runs in my family": about relatives, not the patient
  const after = tokens.words.slice(end + 1, end + 5).join(' ');
  if (/^(?:that )?(?:runs? |ran )?in (?:the|my|our) family\b/.test(after)) return 'neutral';
  const clause = tokens.clause[start];
  let denied = false;
  for (let j = start - 1; j >= Math.max(0, start - 7); j--) {
    if (tokens.clause[j] !== clause) break;
    const w = tokens.words[j] ?? '';
    // "no noise when I breathe in": the negation belongs to the main clause, not the condition
    // "if I'd had a fever": a counterfactual, not a claim
    if (
      w === 'if' &&
      tokens.words.slice(j + 1, j + 4).some((x) => x === 'would' || x === 'had' || x === 'were')
    )
      return 'neutral';
    if (CONDITION.has(w)) break;
    if (HYPOTHETICAL.has(w)) return 'neutral';
    // "my dad had chest pain" is about him; "someone said I went down" is about the patient
    if (OTHER_PEOPLE.has(w) && !tokens.words.slice(j + 1, start).some((x) => x === 'i' || x === 'me'))
      return 'neutral';
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
    if (/\b(?:like this|before|this bad|so bad)\b/.test(after)) return 'affirmed';
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

export interface StoryPhrase {
  stems: string[];
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
  const phrase = {
    stems: [...new Set(contentStems(text))],
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
  tokens.stems.forEach((s, i) => {
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
  });
  out.forEach((e, n) => {
    e.words = ` ${(words[n] ?? []).join(' ')} `;
  });
  sentencesOf.set(tokens, out);
  return out;
}

function findEchoes(tokens: Tokens, phrases: readonly StoryPhrase[]): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  if (phrases.length === 0) return out;
  for (const info of sentenceInfo(tokens)) {
    if (!info) continue;
    const denies = new Set<string>();
    let echoed = false;
    for (const p of phrases) {
      if (info.negated !== p.negated) continue;
      let hits = 0;
      for (const s of p.stems) if (info.stems.has(s)) hits++;
      // short phrases only count when quoted whole; longer ones when most of their words are there
      const mostly = p.stems.length >= 3 && hits >= 2 && hits / p.stems.length >= 0.6;
      if (mostly || (p.wordCount >= 3 && hits > 0 && info.words.includes(` ${p.words} `))) {
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
function findQuotes(
  tokens: Tokens,
  phrases: readonly StoryPhrase[],
  voice: ReadonlySet<string>,
): Map<number, StoryPhrase> {
  const out = new Map<number, StoryPhrase>();
  const bySentence = new Map<number, { clauses: Map<number, ClauseWords>; negated: boolean }>();
  tokens.stems.forEach((s, i) => {
    const n = tokens.sentence[i] ?? 0;
    const entry = bySentence.get(n) ?? { clauses: new Map<number, ClauseWords>(), negated: false };
    const c = tokens.clause[i] ?? 0;
    const clause = entry.clauses.get(c) ?? { stems: new Set<string>(), words: 0 };
    const w = tokens.words[i] ?? '';
    // the persona's fillers ("Like I mentioned", "Sorry, I'm a bit shaky") are not part of what is said
    if (!STOPWORDS.has(w) && !voice.has(s) && !REPEAT_WORDS.has(w)) clause.stems.add(s);
    if (NEGATORS.has(w)) entry.negated = true;
    clause.words++;
    entry.clauses.set(c, clause);
    bySentence.set(n, entry);
  });
  for (const { clauses, negated } of bySentence.values()) {
    for (const p of phrases) {
      if (p.stems.length === 0 || p.negated !== negated) continue;
      const own = new Set(p.stems);
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
    if (f.status === 'absent') {
      // an example denial denies its own symptom, whatever its words ("I can lie flat without any bother")
      if (def)
        for (const t of def.denial)
          denials.push({ ...storyPhrase(t, oi), denies: [...storyPhrase(t, oi).denies, def.id] });
      if (NEGATED.test(f.value)) denials.push(storyPhrase(f.value, oi));
      continue;
    }
    if (def && f.status === 'present') for (const t of def.lay) plan.push(storyPhrase(t, oi));
    plan.push(storyPhrase(f.value, oi));
  }
  return { record, plan, denials };
}

/** Whether a word comes after "when", "if", ... in its clause. */
function afterCondition(tokens: Tokens, start: number): boolean {
  for (let j = start - 1; j >= Math.max(0, start - 6); j--) {
    if (tokens.clause[j] !== tokens.clause[start]) return false;
    if (CONDITION.has(tokens.words[j] ?? '') || tokens.words[j] === 'after' || tokens.words[j] === 'before')
      return true;
  }
  return false;
}

/** Feelings everyone has about being ill: not the anxiety or low mood symptoms. */
const EMOTIONS = new Set([
  'worried',
  'worry',
  'anxious',
  'nervous',
  'scared',
  'frightened',
  'stressed',
  'upset',
  'afraid',
  'panicky',
  'panicking',
  'concerned',
  'shaky',
  'jittery',
  'edge',
  'tense',
]);

/** Sayings that use a symptom's word for something else ("fit and well", "fighting fit"). */
const IDIOMS =
  /\b(?:fit and (?:well|healthy)|fighting fit|fit as a fiddle|keep(?:ing)? fit|sick (?:of|and tired)|pain in the neck|heart of gold|heart set on)\b/;

function mentions(matches: PhraseMatch<string>[], tokens: Tokens): Mention[] {
  const emotional = (m: PhraseMatch<string>): boolean => {
    const words = tokens.words.slice(m.start, m.end + 1).filter((w) => !STOPWORDS.has(w));
    if (words.length > 0 && words.every((w) => EMOTIONS.has(w))) return true;
    const around = tokens.words.slice(Math.max(0, m.start - 2), m.end + 4).join(' ');
    return IDIOMS.test(around);
  };
  return matches
    .filter((m) => !emotional(m))
    .map((m) => ({
      ids: m.values,
      core: m.core,
      trigger: afterCondition(tokens, m.start),
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
  return {
    reply,
    folded,
    views: decodeViews(reply),
    tokens,
    ctx,
    ci,
    oi,
    symptoms,
    echoRecord: recordEcho,
    echoPlan: planEcho,
    echoDenials: denialEcho,
    storyWords: [...story.record, ...story.plan].map((p) => p.words).filter((w) => w.split(' ').length >= 4),
    quotesDenial: findQuotes(tokens, story.denials, voiceOf(ctx, ci)),
    quotesPlan: findQuotes(tokens, story.plan, voiceOf(ctx, ci)),
    present,
    absent,
    turnSymptoms,
  };
}
