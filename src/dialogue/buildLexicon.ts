/**
 * Precomputes everything understanding needs from the knowledge base, once at start: the phrase index
 * of symptoms, chronic conditions, medications, allergies and exposures, the symptom facts
 * (attributes, system), the review-of-systems words and the typo vocabulary.
 */

import type { Ontology } from '../ontology/Ontology.ts';
import type { BodySystem, SymptomAttribute } from '../ontology/schema.ts';
import { ATTRIBUTE_RULES } from './attributeRules.ts';
import { collectWords } from './collectWords.ts';
import type { TypoVocabulary } from './correctTypos.ts';
import { EXPOSURE_PATTERNS } from './exposurePhrases.ts';
import { type ExampleIndex, indexExamples } from './nearestExample.ts';
import { normalizeText } from './normalizeText.ts';
import { DROPPED_WORDS, FILLER_WORDS, isDropped, PARTICLES, phraseStems, WEAK_WORDS } from './phraseStems.ts';
import { COMMON_WORDS, RULE_WORDS } from './questionWords.ts';
import { SPELLING_VARIANTS } from './spellingVariants.ts';
import { stemWord } from './stemWord.ts';
import { buildWordingIndex, type WordingIndex } from './symptomByWording.ts';
import { SYMPTOM_REFINEMENTS, type SymptomRefinement } from './symptomRefinements.ts';
import { SYSTEM_WORDS } from './systemWords.ts';
import { tokenize } from './tokenize.ts';
import { TOPIC_RULES } from './topicRules.ts';

export type PhraseKind = 'symptom' | 'condition' | 'medication' | 'allergy' | 'exposure';

export interface PhraseEntry {
  kind: PhraseKind;
  id: string;
  stems: readonly string[];
  /** The phrase as written, for reports. */
  text: string;
  /** Exposure terms that are also another topic's words ("surgery"): they need a recency cue. */
  weak?: boolean;
  /** For one-word phrases, the word itself (normalized), its shortest written form. */
  word?: string;
  /** For one-word phrases, every written form merged into it ("faint", "fainted", "fainting"). */
  forms?: Set<string>;
  /** The stems of its own words, fillers left out: what a loose match must find. */
  content: readonly string[];
  /** A two-word term without a particle, neither word a term of it alone, matches in either order. */
  reversible: boolean;
}

export interface SymptomInfo {
  id: string;
  name: string;
  system: BodySystem;
  attributes: readonly SymptomAttribute[];
  /** Pain-like symptoms: "the pain" and "does it hurt" refer to these. */
  painful: boolean;
  /** The stems of its name and terms: a cue made only of these restates the symptom, it asks nothing. */
  termStems: ReadonlySet<string>;
  /**
   * Its term stems plus the stems of how patients describe it (its lay and denial lines): in a yes/no
   * question a cue made only of these describes the symptom ("is your poo black and sticky?"), it asks
   * about none of its attributes.
   */
  describedStems: ReadonlySet<string>;
  /** The stems of its name alone: what defines it ("chest tightness"), not a variant of it. */
  nameStems: ReadonlySet<string>;
}

export interface Lexicon {
  /** Phrases by their first stem, longest first. */
  phrases: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** Terms of two or three own words, for loose matching, by the stems a match may start with. */
  looseTerms: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** Symptoms that are a base symptom in a setting (see symptomRefinements), for the loaded ids only. */
  refinements: readonly SymptomRefinement[];
  /** Whole-clause patterns for symptoms and exposures. */
  patterns: readonly { kind: PhraseKind; id: string; re: RegExp }[];
  symptoms: ReadonlyMap<string, SymptomInfo>;
  /** Every symptom's phrasings by word, for a clause that describes a symptom in words of its own. */
  wordings: WordingIndex;
  /** The knowledge base's labelled doctor questions, for a message the rules cannot place. */
  examples: ExampleIndex;
  /** Review-of-systems words (normalized) → system. */
  systemWords: ReadonlyMap<string, BodySystem>;
  /** One alternation of every system word, longest first, for the review-of-systems frames. */
  systemAlternation: string;
  typos: TypoVocabulary;
  /** "Any problems with your <system word>?" and its variants; the system word is found separately. */
  rosFrame: RegExp;
  /**
   * Whether a clause holds a system word or a general sweep's word at all: every review-of-systems
   * frame needs one, so the frames (long alternations, one per wording) are tried only then.
   */
  mentionsSystem: RegExp;
}

/** The literal words of a rule's pattern, so typo correction can reach them. */
function regexWords(re: RegExp): string[] {
  return re.source
    .replace(/[a-z]+\\w[*+]/g, ' ') // a stem ("smok\w*") is no word: "smoek" is "smoke", not a tie with "smok"
    .replace(/\\[bBsSwWdD]/g, ' ')
    .replace(/[^a-z]+/g, ' ')
    .split(' ')
    .filter((w) => w.length >= 4);
}

function splitLay(lay: string): string[] {
  return lay
    .split(/,|;|\bor\b/)
    .map((s) => s.trim())
    .filter((s) => s.length > 2);
}

/** Words that make a term mean exactly what it says (negation, degree, site): it is matched word for word. */
const GRADING_WORDS: ReadonlySet<string> = new Set([
  'not',
  'no',
  'never',
  'without',
  'less',
  'hardly',
  'barely',
  'more',
  'much',
  'like',
  // "about to pass out" is not passing out
  'about',
  'nearly',
  'almost',
  // a site is an attribute: "pain on one side or in the middle?" asks where, not about loin pain
  'side',
  'left',
  'right',
  'middle',
  'centre',
  'central',
  'upper',
  'lower',
  'top',
]);

/** Builds the lexicon; pure and deterministic for a given knowledge base. */
export function buildLexicon(ontology: Ontology): Lexicon {
  const entries: PhraseEntry[] = [];
  const words = new Set<string>();
  const add = (kind: PhraseKind, id: string, text: string): void => {
    const stems = phraseStems(text);
    if (stems.length === 0) return;
    const normalized = normalizeText(text);
    // "can't feel" has no two words of its own: it is matched only word for word
    const written = tokenize(normalized);
    const own = written.filter(
      (w, i) => !isDropped(written, i) && !FILLER_WORDS.has(w) && !WEAK_WORDS.has(w),
    );
    // a negated or graded term ("not passing much urine", "bowels opening more") means what its small
    // words say: it is matched word for word only
    const graded = tokenize(normalized).some((w) => GRADING_WORDS.has(w));
    const content = own.length >= 2 && !graded ? own.map(stemWord) : [];
    const reversible = content.length === 2 && !own.some((w) => PARTICLES.has(w));
    const entry: PhraseEntry = { kind, id, stems, text, content, reversible };
    if (kind === 'exposure' && TOPIC_RULES.some((r) => r.topic !== 'exposure' && r.re.test(normalized))) {
      entry.weak = true;
    }
    if (stems.length === 1) {
      const word = tokenize(normalized).find((w) => !DROPPED_WORDS.has(w));
      if (word !== undefined) {
        entry.word = word;
        entry.forms = new Set([word]);
      }
    }
    entries.push(entry);
    for (const w of tokenize(normalizeText(text))) words.add(w);
  };

  const symptoms = new Map<string, SymptomInfo>();
  for (const s of ontology.symptoms.values()) {
    symptoms.set(s.id, {
      id: s.id,
      name: s.name,
      system: s.system,
      attributes: s.attributes,
      painful: /pain|ache|discomfort/.test(s.id) || /pain|ache/i.test(s.name),
      termStems: new Set([s.name, ...s.terms].flatMap((t) => phraseStems(t))),
      nameStems: new Set(phraseStems(s.name)),
      describedStems: new Set([s.name, ...s.terms, ...s.lay, ...s.denial].flatMap((t) => phraseStems(t))),
    });
    for (const term of s.terms) add('symptom', s.id, term);
    add('symptom', s.id, s.name);
  }
  for (const c of ontology.chronicConditions.values()) {
    if (c.id === 'sudden-cardiac-death-family') continue;
    add('condition', c.id, c.name);
    for (const lay of splitLay(c.lay)) add('condition', c.id, lay);
  }
  for (const [id, extras] of Object.entries(CONDITION_PHRASES)) {
    if (ontology.chronicConditions.has(id)) for (const e of extras) add('condition', id, e);
  }
  for (const m of ontology.medications.values()) {
    add('medication', m.id, m.name);
    for (const lay of m.lay)
      if (!/^(?:my|the|a) (?:tablet|pill|medicine)s?$/.test(lay)) add('medication', m.id, lay);
  }
  for (const a of ontology.allergies.values()) add('allergy', a.id, a.substance);
  for (const e of ontology.exposures.values()) {
    for (const term of e.terms) add('exposure', e.id, term);
  }

  const phrases = new Map<string, PhraseEntry[]>();
  for (const entry of entries) {
    const first = entry.stems[0] ?? '';
    const list = phrases.get(first) ?? [];
    const same = list.find(
      (e) => e.kind === entry.kind && e.id === entry.id && e.stems.join(' ') === entry.stems.join(' '),
    );
    if (!same) list.push(entry);
    // one-word phrases keep their shortest written form ("breathless", not "breathlessness")
    else if (same.word !== undefined && entry.word !== undefined) {
      same.forms?.add(entry.word);
      if (entry.word.length < same.word.length) same.word = entry.word;
    }
    phrases.set(first, list);
  }
  for (const list of phrases.values()) list.sort((a, b) => b.stems.length - a.stems.length);
  // "dry cough" is a kind of cough ("cough" alone names it): "is your cough dry?" asks what it is like
  const oneWord = new Set(
    entries.filter((e) => e.word !== undefined).map((e) => `${e.kind}:${e.id}:${e.word}`),
  );
  for (const e of entries) {
    const own = tokenize(normalizeText(e.text));
    if (e.reversible && own.some((w) => oneWord.has(`${e.kind}:${e.id}:${w}`))) e.reversible = false;
  }
  const looseTerms = new Map<string, PhraseEntry[]>();
  for (const list of phrases.values()) {
    for (const entry of list) {
      if (entry.content.length < 2 || entry.content.length > 3) continue;
      const starts = entry.reversible ? new Set(entry.content) : new Set(entry.content.slice(0, 1));
      for (const stem of starts) looseTerms.set(stem, [...(looseTerms.get(stem) ?? []), entry]);
    }
  }

  const systemWords = new Map<string, BodySystem>();
  for (const [system, list] of Object.entries(SYSTEM_WORDS) as [BodySystem, readonly string[]][]) {
    for (const w of list) {
      systemWords.set(normalizeText(w), system);
      for (const t of tokenize(w)) words.add(t);
    }
  }
  const systemAlternation = [...systemWords.keys()]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s'))
    .join('|');

  for (const w of RULE_WORDS) words.add(w);
  // American spellings are correction targets too ("diahrea" → "diarrhea" → "diarrhoea")
  for (const [us, uk] of Object.entries(SPELLING_VARIANTS))
    if (words.has(uk) && us.length >= 5) words.add(us);
  for (const rule of [...TOPIC_RULES, ...ATTRIBUTE_RULES]) for (const w of regexWords(rule.re)) words.add(w);
  const byFirstLetter = new Map<string, string[]>();
  for (const w of words) {
    if (w.length < 4) continue;
    const list = byFirstLetter.get(w[0] ?? '') ?? [];
    list.push(w);
    byFirstLetter.set(w[0] ?? '', list);
  }
  for (const list of byFirstLetter.values()) list.sort();
  // the labelled questions are doctors' words, typos and all: never a vocabulary to correct towards
  const prose = Object.entries(ontology).flatMap(([key, value]) =>
    key === 'questionExamples' ? [] : [value],
  );
  const known = collectWords(prose, new Set<string>([...words, ...COMMON_WORDS]));

  return {
    phrases,
    looseTerms,
    refinements: SYMPTOM_REFINEMENTS.filter((r) => symptoms.has(r.id) && r.base.some((b) => symptoms.has(b))),
    patterns: EXPOSURE_PATTERNS.filter((p) => ontology.exposures.has(p.id)).map((p) => ({
      kind: 'exposure' as const,
      ...p,
    })),
    symptoms,
    wordings: buildWordingIndex(ontology.symptoms.values()),
    examples: indexExamples(ontology.questionExamples),
    systemWords,
    systemAlternation,
    typos: { known, byFirstLetter },
    mentionsSystem: new RegExp(
      `\\b(?:${systemAlternation})\\b|\\bin yourself\\b|\\b(?:generally|overall|in general)\\b`,
    ),
    rosFrame: new RegExp(
      `\\b(?:problems?|trouble|bother|issues?|symptoms?|changes?|complaints?|difficult(?:y|ies)|anything (?:wrong|unusual|different|abnormal)|concerns?|worries) (?:(?:with|in|from|affecting|regarding|to do with|of|when|to) )?(?:(?:opening|moving|using|passing) )?(?:your |the )?(?:${systemAlternation})\\b|\\bhow (?:are|is|has|have|about) (?:your |the )?(?:${systemAlternation})\\b|\\bwhat (?:is|are|has|have) (?:your |the )?(?:${systemAlternation}) (?:been )?like\\b|\\bhow (?:are|is) (?:things|everything) (?:going )?(?:with|in) (?:your |the )?(?:${systemAlternation})\\b|\\btell me (?:a bit |a little |more )?about (?:your |the )?(?:${systemAlternation})\\b|\\b(?:${systemAlternation}) (?:been |all |both |are |is )?(?:okay|all right|fine|normal|working|behaving)\\b|\\b(?:${systemAlternation}) (?:problems?|trouble|issues|symptoms|complaints|upsets?|disturbances?)\\b|\\b(?:anywhere|elsewhere) (?:else )?in (?:your |the )?(?:${systemAlternation})\\b|\\bany(?:thing)? (?:wrong )?with (?:your )?(?:${systemAlternation})\\b|\\b(?:anything (?:else )?(?:going on|wrong|happening|unusual|different|to report)|everything (?:all right|okay|fine|normal|good|working)) (?:with|in) (?:your |the )?(?:${systemAlternation})\\b|\\b(?:${systemAlternation}) (?:review|systems? review|screen|enquiry)\\b|\\b(?:anything|something) (?:else )?(?:going on|wrong|happening|to report) (?:${systemAlternation})\\b|\\bin yourself\\b|\\b(?:generally|overall|in general)\\s*$|\\b(?:${systemAlternation}) (?:wise)\\b|\\b(?:anything|something) (?:${systemAlternation}) (?:going on|to report|wrong|happening)\\b|^(?:(?:so|okay|right|now|and) )*(?:starting|start|beginning|moving on|turning|next|what about|how about) (?:with |to |on to |onto )?(?:your |the )?(?:${systemAlternation})\\b`,
    ),
  };
}

/** Everyday names of chronic conditions a doctor asks about, beyond the knowledge base's `lay`. */
const CONDITION_PHRASES: Readonly<Record<string, readonly string[]>> = {
  hypertension: [
    'high blood pressure',
    'blood pressure',
    'hypertension',
    'raised blood pressure',
    'bp',
    'high bp',
  ],
  'type-2-diabetes': [
    'diabetes',
    'diabetic',
    'sugar diabetes',
    'type 2 diabetes',
    'high sugar',
    'sugar levels',
    'blood sugar problems',
    'type two diabetes',
  ],
  'type-1-diabetes': ['type 1 diabetes', 'type one diabetes'],
  hypercholesterolaemia: ['cholesterol', 'high cholesterol', 'raised cholesterol', 'lipids'],
  'ischaemic-heart-disease': [
    'heart disease',
    'angina',
    'heart attack',
    'heart attacks',
    'coronary heart disease',
    'ischaemic heart disease',
    'stents',
    'stent',
    'blocked arteries',
    'heart bypass',
    'mi',
  ],
  'atrial-fibrillation-chronic': [
    'atrial fibrillation',
    'af',
    'irregular heartbeat',
    'irregular heart rhythm',
  ],
  'heart-failure-chronic': ['heart failure', 'weak heart', 'ccf'],
  'chronic-kidney-disease': ['kidney disease', 'kidney problems', 'kidney trouble', 'ckd', 'kidney failure'],
  'copd-chronic': ['copd', 'emphysema', 'chronic bronchitis'],
  'asthma-chronic': ['asthma', 'asthmatic'],
  obesity: ['overweight', 'obesity', 'weight problems'],
  hypothyroidism: ['underactive thyroid', 'thyroid problems', 'thyroid', 'hypothyroidism'],
  osteoarthritis: ['arthritis', 'osteoarthritis', 'wear and tear'],
  depression: ['depression', 'mental health problems', 'anxiety or depression'],
  gord: ['reflux', 'acid reflux', 'gord', 'gerd'],
  'previous-stroke': ['stroke', 'strokes', 'mini stroke', 'tia', 'mini strokes'],
  'peripheral-arterial-disease': [
    'poor circulation',
    'peripheral arterial disease',
    'peripheral vascular disease',
    'pvd',
  ],
  'rheumatic-fever-history': ['rheumatic fever'],
  'marfan-syndrome': ['marfan', 'marfans', 'marfan syndrome', 'connective tissue disorder'],
  'bicuspid-aortic-valve': ['heart valve problem', 'valve problems', 'bicuspid valve', 'heart murmur'],
  hiv: ['hiv', 'aids'],
  'rheumatoid-arthritis': ['rheumatoid arthritis', 'rheumatoid'],
  'cancer-history': ['cancer', 'cancers', 'tumour', 'malignancy', 'chemotherapy', 'chemo'],
  'previous-dvt': [
    'dvt',
    'dvts',
    'blood clot',
    'blood clots',
    'clots',
    'clot',
    'deep vein thrombosis',
    'clot in leg',
    'clot on lung',
    'clots in legs or lungs',
    'pulmonary embolism',
    'pe',
  ],
  osteoporosis: ['osteoporosis', 'thin bones', 'brittle bones'],
  'prostatic-hypertrophy': ['prostate', 'enlarged prostate', 'prostate problems'],
  migraine: ['migraine', 'migraines'],
};
