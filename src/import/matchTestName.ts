/**
 * Matches the name of a test as a case writes it ("WBC", "Chest_CT", "Hemoglobin_Blood",
 * "Fasting_Blood_Glucose") to a knowledge-base investigation, strictly: exact names and aliases, the
 * same words in another order, every word of a multi-word alias, or a close spelling. Tests on urine,
 * CSF, stool or other fluids only match investigations of that specimen, so urine glucose is not
 * plasma glucose.
 */
import { distance } from 'fastest-levenshtein';
import type { Ontology } from '../ontology/Ontology.ts';
import { normalizeName } from '../text/normalizeName.ts';

const SPECIMENS: readonly [string, RegExp][] = [
  ['urine', /\b(?:urine|urinary|urinalysis|ua)\b/],
  ['csf', /\b(?:csf|cerebrospinal)\b/],
  ['stool', /\b(?:stool|faecal|fecal|faeces|feces)\b/],
  ['pleural', /\bpleural\b/],
  ['ascitic', /\b(?:ascitic|peritoneal)\b/],
  ['synovial', /\b(?:synovial|joint fluid)\b/],
  ['sputum', /\bsputum\b/],
];

/** Words that qualify a test name without changing which test it is. */
const FILLER = new Set([
  'blood',
  'serum',
  'plasma',
  'level',
  'levels',
  'test',
  'tests',
  'result',
  'results',
  'value',
  'the',
  'of',
  'count',
  'total',
]);

interface Candidate {
  id: string;
  names: string[];
  specimen: string | undefined;
}

const memo = new WeakMap<Ontology, Candidate[]>();

/** The body fluid a test name is about ("urine", "csf", ...), if not blood. */
export function specimenOf(text: string): string | undefined {
  return SPECIMENS.find(([, re]) => re.test(text))?.[0];
}

function candidatesOf(ontology: Ontology): Candidate[] {
  let list = memo.get(ontology);
  if (!list) {
    list = [...ontology.investigations.values()].map((def) => {
      const inParens = [...def.name.matchAll(/\(([^)]+)\)/g)].map((m) => m[1] ?? '');
      const names = [def.name, def.name.replace(/\s*\([^)]*\)/g, ''), ...inParens, ...def.aliases]
        .map(normalizeName)
        .filter((n) => n !== '');
      return { id: def.id, names: [...new Set(names)], specimen: specimenOf(names.join(' | ')) };
    });
    memo.set(ontology, list);
  }
  return list;
}

function scoreName(label: string, name: string): number {
  if (label === name) return 1;
  const labelWords = label.split(' ');
  const nameWords = name.split(' ');
  const labelSet = new Set(labelWords);
  const allIn = nameWords.every((w) => labelSet.has(w));
  if (allIn && nameWords.length === labelWords.length) return 0.98;
  if (label.length >= 6 && name.length >= 6) {
    const similarity = 1 - distance(label, name) / Math.max(label.length, name.length);
    if (similarity >= 0.88) return similarity;
  }
  // every word of a multi-word name: "ct scan thorax and abdomen" holds "ct thorax"
  if (allIn && nameWords.length >= 2) return 0.86 + 0.1 * (nameWords.length / labelWords.length);
  return 0;
}

/**
 * The investigation id `label` names, or undefined. `context` (the keys above it, such as
 * "Urine_Test") decides the specimen when the label itself does not.
 */
export function matchTestName(label: string, ontology: Ontology, context = ''): string | undefined {
  const full = normalizeName(label);
  const stripped = full
    .split(' ')
    .filter((w) => !FILLER.has(w))
    .join(' ');
  const specimen = specimenOf(full) ?? specimenOf(normalizeName(context));
  const variants = [...new Set([full, stripped].filter((v) => v !== ''))];
  let best: { id: string; score: number } | undefined;
  for (const c of candidatesOf(ontology)) {
    // a test on a fluid only matches tests on that fluid
    if (specimen !== undefined && c.specimen !== specimen) continue;
    for (const v of variants) {
      for (const n of c.names) {
        const score = scoreName(v, n);
        if (score > 0 && (!best || score > best.score)) best = { id: c.id, score };
      }
    }
  }
  return best && best.score >= 0.85 ? best.id : undefined;
}
