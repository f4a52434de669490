/**
 * Maps case prose to vocabulary symptom ids: every symptom's name and clinician terms are looked for
 * as whole words (longest first), with a typo-tolerant match against names, terms and lay phrasings
 * as the fallback for a short symptom line. Mentions after a negation cue are denials, not symptoms.
 */
import type { Ontology } from '../ontology/Ontology.ts';
import { matchName, type Named } from '../text/matchName.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { type PhraseEntry, scanPhrases } from './scanPhrases.ts';
import { splitClauses } from './textClauses.ts';

/**
 * Terms written for questions that are too vague for case prose ("fit and well" is not a seizure,
 * "yellow-brown spots" not jaundice, "double vision" not any visual disturbance).
 */
const TOO_VAGUE = new Set([
  'fit',
  'fits',
  'fitting',
  'hot',
  'temp',
  'temperature',
  'yellow',
  'weak',
  'spots',
  'growth',
  'mood',
  'sleep',
  'sleeping',
  'memory',
  'balance',
  'worry',
  'worried',
  'worrying',
  'stress',
  'stressed',
  'nerves',
  'discharge',
  'wind',
  'fall',
  'falls',
  'fallen',
  'falling',
  'going over',
  'film',
  'sight',
  'vision',
  'eyesight',
  'cold',
  'ed',
  'loc',
  'doe',
  'lesion',
  'wound',
  'shaking',
  'shakes',
  'sweat',
  'acid',
  'bowels',
  'swallowing',
  'appetite',
  'heavier',
  'angry',
  'sad',
  'blue',
  'tense',
  'grey',
  'hearing',
  'spit',
  'gas',
  'growth',
  'mole',
  'ulcer',
  'voices',
  'visions',
  'clumsy',
  'coordination',
  'leaking',
  'accidents',
  'pads',
  'frequency',
  'urgency',
  'straining',
  'can t go',
  'colic',
  'dark room',
  'bright lights',
  'trip',
  'aura',
  'drowsy',
  'pale',
  'wet yourself',
]);

/** Phrasings common in OSCE case text that the question-oriented vocabulary lacks. */
const CASE_PHRASES: Readonly<Record<string, readonly string[]>> = {
  'joint-pain': [
    'knee pain',
    'hip pain',
    'shoulder pain',
    'ankle pain',
    'wrist pain',
    'elbow pain',
    'joint aches',
  ],
  'arm-weakness': [
    'upper limb weakness',
    'weakness in upper limbs',
    'weakness in the upper limbs',
    'weakness in the arms',
  ],
  'leg-weakness': [
    'lower limb weakness',
    'weakness in lower limbs',
    'weakness in both legs',
    'weakness in the legs',
  ],
  unsteadiness: ['gait ataxia', 'limb ataxia', 'difficulty walking', 'drunken gait', 'unsteady gait'],
  'abdominal-distension': ['fullness in the belly', 'abdominal fullness'],
  fatigue: ['general malaise', 'feeling of being unwell', 'feeling unwell'],
  breathlessness: ['dyspnoea on exertion', 'dyspnea on exertion'],
};

/** The first clause of `text` that mentions symptom `id` as current, if any. */
export function clauseMentioning(text: string, id: string, ontology: Ontology): string | undefined {
  const { phrases } = indexOf(ontology);
  const own = phrases.filter((p) => p.id === id);
  return splitClauses(text).find((c) =>
    scanPhrases(c.text, own).some((h) => h.start < c.negatedFrom && h.start < c.pastFrom),
  )?.raw;
}

export interface SymptomMentions {
  /** Symptom ids mentioned as present, in order of mention. */
  present: string[];
  /** Symptom ids mentioned as absent or denied. */
  negated: string[];
}

interface SymptomIndex {
  phrases: PhraseEntry[];
  fuzzy: Named[];
}

const memo = new WeakMap<Ontology, SymptomIndex>();

function indexOf(ontology: Ontology): SymptomIndex {
  let index = memo.get(ontology);
  if (!index) {
    const phrases: PhraseEntry[] = [];
    const fuzzy: Named[] = [];
    for (const s of ontology.symptoms.values()) {
      const words = [s.name, ...s.terms, ...(CASE_PHRASES[s.id] ?? [])]
        .map(normalizeName)
        .filter((p) => p !== '' && !TOO_VAGUE.has(p));
      for (const phrase of new Set(words)) phrases.push({ id: s.id, phrase });
      fuzzy.push({ id: s.id, names: [...words, ...s.lay] });
    }
    index = { phrases, fuzzy };
    memo.set(ontology, index);
  }
  return index;
}

function add(list: string[], id: string): void {
  if (!list.includes(id)) list.push(id);
}

/**
 * Every symptom mentioned in `text` as current or denied (a symptom can be both in contradictory prose);
 * past mentions ("history of", "resolved") are neither.
 */
export function findSymptoms(text: string, ontology: Ontology): SymptomMentions {
  const { phrases } = indexOf(ontology);
  const out: SymptomMentions = { present: [], negated: [] };
  for (const clause of splitClauses(text)) {
    for (const hit of scanPhrases(clause.text, phrases)) {
      // "history of a rash", "the rash resolved": not a current symptom, not a denial either
      if (hit.start >= clause.pastFrom) continue;
      add(hit.start >= clause.negatedFrom ? out.negated : out.present, hit.id);
    }
  }
  return out;
}

/**
 * The symptoms of one symptom line ("Double vision", "Fatigue, abdominal pain"): the phrase scan, or
 * else the closest single symptom by name, term or lay phrasing when the line is short.
 */
export function matchSymptomLine(line: string, ontology: Ontology): SymptomMentions {
  const found = findSymptoms(line, ontology);
  if (found.present.length > 0 || found.negated.length > 0) return found;
  const clauses = splitClauses(line);
  const [only] = clauses;
  if (
    clauses.length !== 1 ||
    !only ||
    only.text.split(' ').length > 6 ||
    only.pastFrom !== Number.POSITIVE_INFINITY
  )
    return found;
  const match = matchName(only.text, indexOf(ontology).fuzzy, 0.84);
  if (!match) return found;
  return only.negatedFrom === 0 ? { present: [], negated: [match.id] } : { present: [match.id], negated: [] };
}
