/**
 * The condition of an imported case: the knowledge-base condition (or listed other diagnosis) that its
 * `Correct_Diagnosis` names, typo-tolerant but strict enough that "Constrictive pericarditis" is not
 * read as acute pericarditis; else an imported condition that keeps the diagnosis text.
 */
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { matchName, type Named } from '../text/matchName.ts';
import { slugify } from './looseText.ts';

/** Above the 0.85 that `matchName` gives to a name merely contained in the text. */
const THRESHOLD = 0.88;

/** The coding system of a diagnosis with no known ICD-10 code (an imported condition). */
export const UNKNOWN_CODE_SYSTEM = 'urn:patient-zero:unknown';

export interface MatchedCondition {
  condition: PatientRecord['condition'];
  /** `condition`: a playable condition; `other`: a listed other diagnosis; `imported`: kept as text. */
  kind: 'condition' | 'other' | 'imported';
  /** The specialty of a playable condition. */
  specialty?: string;
}

const memo = new WeakMap<Ontology, Named[]>();

function candidatesOf(ontology: Ontology): Named[] {
  let list = memo.get(ontology);
  if (!list) {
    list = [
      ...[...ontology.conditions.values()].map((c) => ({
        id: c.id,
        names: [c.name, ...c.synonyms, ...c.abbreviations],
      })),
      ...[...ontology.otherDiagnoses.values()].map((d) => ({ id: d.id, names: [d.name, ...d.synonyms] })),
    ];
    memo.set(ontology, list);
  }
  return list;
}

/** The diagnosis as written, without parentheses, and what the parentheses hold. */
function variantsOf(diagnosis: string): string[] {
  const bare = diagnosis.replace(/\s*\([^)]*\)/g, '').trim();
  const inside = [...diagnosis.matchAll(/\(([^)]+)\)/g)]
    .map((m) => (m[1] ?? '').trim())
    .filter((s) => s.length >= 4);
  return [...new Set([diagnosis.trim(), bare, ...inside])].filter((s) => s !== '');
}

/** Matches `diagnosis` to the knowledge base, or keeps it as an imported condition. */
export function matchCondition(diagnosis: string, ontology: Ontology): MatchedCondition {
  const candidates = candidatesOf(ontology);
  let best: { id: string; score: number } | undefined;
  for (const variant of variantsOf(diagnosis)) {
    const m = matchName(variant, candidates, THRESHOLD);
    if (m && (!best || m.score > best.score)) best = m;
  }
  const condition = best ? ontology.condition(best.id) : undefined;
  if (condition) {
    return {
      condition: { id: condition.id, name: condition.name, icd10: { ...condition.icd10 } },
      kind: 'condition',
      specialty: condition.specialty,
    };
  }
  const other = best ? ontology.otherDiagnoses.get(best.id) : undefined;
  if (other)
    return { condition: { id: other.id, name: other.name, icd10: { ...other.icd10 } }, kind: 'other' };
  const name = diagnosis.trim();
  return {
    condition: {
      id: `imported-${slugify(name)}`,
      name,
      icd10: { system: UNKNOWN_CODE_SYSTEM, code: 'unknown', display: name },
    },
    kind: 'imported',
  };
}
