/**
 * Which symptoms a text mentions, and whether each is affirmed, denied or neither: negation and its
 * scope, questions, hypotheticals, other people, the past, and the knowledge base's denial sentences
 * ("my breathing's been fine"). Shared by the reply analysis and the reading of the knowledge base's own
 * sentences (trueSentences).
 */
import { functionWordPolarity, namesFunction } from './functionWordPolarity.ts';
import type { OntologyIndex } from './indexOntology.ts';
import type { PhraseMatch } from './text/PhraseMatcher.ts';
import type { Tokens } from './text/tokenize.ts';
import { FINE_WORDS, HYPOTHETICAL, MODALS, NEGATORS, OTHER_PEOPLE, STOPWORDS } from './text/wordLists.ts';
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

/** Words of rare frequency ("rarely"; "hardly", "barely" only before "ever": "I can hardly breathe" is a claim). */
const RARELY = new Set(['rarely', 'seldom']);
const ALMOST = new Set(['hardly', 'barely', 'scarcely']);
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
    // "I hardly ever need antibiotics", "I rarely get headaches": how often, neither a yes nor a no
    if (RARELY.has(w) || (w === 'ever' && ALMOST.has(tokens.words[j - 1] ?? ''))) return 'neutral';
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

/** Words that mean something else in these surroundings: the symptom reading is dropped ("a cold sweat"). */
const OTHER_SENSE: Readonly<Record<string, RegExp>> = {
  coryza:
    /\bcold (?:sweats?|drinks?|showers?|compress|bath|flannel|days?|spells?|snap|room|wind|weather|nights?|mornings?|hands?|feet|water|sores?)\b/,
};

/** The match without the readings its surroundings rule out (undefined when none is left). */
function inSense(m: PhraseMatch<string>, tokens: Tokens): PhraseMatch<string> | undefined {
  const words = tokens.words.slice(m.start, m.end + 2).join(' ');
  const wrong = m.values.filter((id) => OTHER_SENSE[id]?.test(words));
  if (wrong.length === 0) return m;
  const values = m.values.filter((id) => !wrong.includes(id));
  if (values.length === 0) return undefined;
  const core = m.core.filter((id) => !wrong.includes(id));
  return { ...m, values, core: core.length > 0 ? core : values };
}

function mentions(matches: PhraseMatch<string>[], tokens: Tokens): Mention[] {
  const emotional = (m: PhraseMatch<string>): boolean => {
    const words = tokens.words.slice(m.start, m.end + 1).filter((w) => !STOPWORDS.has(w));
    if (words.length > 0 && words.every((w) => EMOTIONS.has(w))) return true;
    const around = tokens.words.slice(Math.max(0, m.start - 2), m.end + 4).join(' ');
    return IDIOMS.test(around);
  };
  return matches
    .filter((m) => !emotional(m))
    .map((m) => inSense(m, tokens))
    .filter((m): m is PhraseMatch<string> => m !== undefined)
    .map((m) => {
      const trigger = afterCondition(tokens, m.start);
      const polarity = polarityOf(tokens, m.start, m.end, m.negated);
      return {
        ids: m.values,
        core: m.core,
        trigger,
        polarity: namesFunction(tokens, m.start, m.end)
          ? functionWordPolarity(tokens, m.start, m.end, polarity, trigger)
          : polarity,
        start: m.start,
        end: m.end,
        sentence: tokens.sentence[m.start] ?? 0,
        words: tokens.words.slice(m.start, m.end + 1).join(' '),
      };
    });
}

/** The symptoms a text mentions, each with its polarity (a denial sentence decides what it overlaps). */
export function readMentions(tokens: Tokens, oi: OntologyIndex): Mention[] {
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
  return symptoms;
}
