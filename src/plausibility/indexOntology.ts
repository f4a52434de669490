/**
 * What the reply rules need from the knowledge base, built once per loaded ontology and cached:
 * phrase matchers for symptoms, medicines, chronic conditions, operations, allergens, tests and
 * examination findings.
 */
import type { Ontology } from '../ontology/Ontology.ts';
import { contentStems, PhraseMatcher } from './text/PhraseMatcher.ts';
import { FINE_WORDS } from './text/wordLists.ts';

export interface OntologyIndex {
  /** Symptom ids by the words for them (terms and names as sequences, patient sentences as bags). */
  symptoms: PhraseMatcher<string>;
  /** Patient denials that carry their own polarity ("my breathing's been fine"). */
  symptomDenials: PhraseMatcher<string>;
  medications: PhraseMatcher<string>;
  chronic: PhraseMatcher<string>;
  surgeries: PhraseMatcher<string>;
  allergens: PhraseMatcher<string>;
  /** Investigation ids by name and alias. */
  tests: PhraseMatcher<string>;
  /** Finding ids by name. */
  findings: PhraseMatcher<string>;
  /** Every diagnosis name in the knowledge base (playable and not), for prompt redaction. */
  diagnosisNames: string[];
  /** Words patients use (symptom, condition, medicine and operation phrases): never evidence of a leak. */
  everyday: Set<string>;
}

/** Words too general to name a chronic condition on their own ("my chest problem"). */
const GENERIC = new Set([
  'weight',
  'chest',
  'heart',
  'problem',
  'trouble',
  'joint',
  'pressure',
  'blood',
  'sugar',
  'kind',
  'need',
  'child',
  'two',
  'three',
  'instead',
  'flap',
  'leg',
]);

/** Words for medicines in general ("the pill", "my tablets"): they name no particular drug. */
const GENERIC_MEDICINE = new Set([
  'pill',
  'tablet',
  'inhaler',
  'puffer',
  'spray',
  'injection',
  'patch',
  'cream',
  'medicine',
  'medication',
  'jab',
  'capsule',
  'drop',
  'one',
  'white',
  'blue',
  'brown',
  'little',
  'small',
  'big',
  'morning',
  'night',
]);

const UNITS = new Set(['mg', 'mcg', 'ml', 'kg', 'mmol', 'units', 'unit', 'gram', 'grams']);

const cache = new WeakMap<Ontology, OntologyIndex>();

function stripParentheses(name: string): string[] {
  const inner = [...name.matchAll(/\(([^)]+)\)/g)].map((m) => m[1] ?? '');
  const outer = name
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return [outer, ...inner].filter((s) => s.length > 1);
}

/** Builds (or returns the cached) index of one ontology. */
export function indexOntology(ontology: Ontology): OntologyIndex {
  const cached = cache.get(ontology);
  if (cached) return cached;
  const symptoms = new PhraseMatcher<string>();
  const symptomDenials = new PhraseMatcher<string>();
  for (const s of ontology.symptoms.values()) {
    symptoms.add(s.name, s.id);
    for (const t of s.terms) symptoms.add(t, s.id);
    for (const l of s.lay) {
      // a patient sentence, and each of its comma-separated parts, as bags of meaningful words
      const parts = l.split(/[,;]/);
      for (const part of parts.length > 1 ? [l, ...parts] : [l])
        if (contentStems(part).length >= 2) symptoms.add(part, s.id, 'bag');
    }
    // denials that do not name the symptom ("I can lie flat without any bother", "my breathing's fine")
    const termStems = [s.name, ...s.terms].map((t) => new Set(contentStems(t)));
    for (const d of s.denial) {
      const words = d.toLowerCase().match(/[a-z]+/g) ?? [];
      const stems = contentStems(d);
      const justTerm = termStems.some((t) => stems.every((x) => t.has(x)));
      if (stems.length < 2) continue;
      if (words.some((w) => FINE_WORDS.has(w))) symptomDenials.add(d, s.id, 'bag', false);
      else if (!justTerm) symptomDenials.add(d, s.id, 'bag', true);
    }
  }
  const medications = new PhraseMatcher<string>();
  for (const m of ontology.medications.values()) {
    medications.add(m.name, m.id);
    for (const l of m.lay)
      if (!contentStems(l).every((x) => GENERIC_MEDICINE.has(x))) medications.add(l, m.id);
  }
  const chronic = new PhraseMatcher<string>();
  for (const c of ontology.chronicConditions.values()) {
    for (const label of [c.name, ...c.lay.split(',')]) {
      const stems = contentStems(label);
      if (stems.length === 0 || stems.every((x) => GENERIC.has(x))) continue;
      chronic.add(label, c.id);
    }
  }
  const surgeries = new PhraseMatcher<string>();
  for (const s of ontology.surgeries.values()) {
    surgeries.add(s.name, s.id);
    for (const part of [s.lay, ...s.lay.split(',')]) {
      const stems = contentStems(part);
      if (stems.length > 0 && !stems.every((x) => GENERIC.has(x))) surgeries.add(part.trim(), s.id);
    }
  }
  const allergens = new PhraseMatcher<string>();
  for (const a of ontology.allergies.values()) allergens.add(a.substance, a.id);
  const tests = new PhraseMatcher<string>();
  for (const i of ontology.investigations.values()) {
    const usable = (a: string): boolean =>
      a.replace(/[^A-Za-z]/g, '').length >= 3 && !UNITS.has(a.toLowerCase());
    for (const n of stripParentheses(i.name)) if (usable(n)) tests.add(n, i.id);
    // two-letter symbols ("Mg", "K", "Na") and units read as ordinary words in speech ("5 mg")
    for (const a of i.aliases) if (usable(a)) tests.add(a, i.id);
  }
  const findings = new PhraseMatcher<string>();
  for (const f of ontology.findings.values()) {
    for (const n of stripParentheses(f.name))
      findings.add(n, f.id, contentStems(n).length > 1 ? 'bag' : 'sequence');
  }
  const diagnosisNames = new Set<string>();
  for (const c of ontology.conditions.values()) {
    for (const n of [c.name, ...c.synonyms, ...c.abbreviations]) diagnosisNames.add(n);
  }
  for (const d of ontology.otherDiagnoses.values())
    for (const n of [d.name, ...d.synonyms]) diagnosisNames.add(n);
  const everyday = new Set<string>();
  const addWords = (t: string): void => {
    for (const w of t.toLowerCase().match(/[a-z]+/g) ?? []) everyday.add(w);
  };
  for (const s of ontology.symptoms.values())
    for (const t of [s.name, ...s.terms, ...s.lay, ...s.denial]) addWords(t);
  for (const c of ontology.chronicConditions.values()) addWords(c.lay);
  for (const m of ontology.medications.values()) for (const l of m.lay) addWords(l);
  for (const x of ontology.surgeries.values()) addWords(x.lay);
  for (const e of ontology.exposures.values()) addWords(`${e.name} ${e.denial}`);
  for (const i of ontology.ice) addWords(i.text);
  const index: OntologyIndex = {
    symptoms,
    symptomDenials,
    medications,
    chronic,
    surgeries,
    allergens,
    tests,
    findings,
    diagnosisNames: [...diagnosisNames],
    everyday,
  };
  cache.set(ontology, index);
  return index;
}
