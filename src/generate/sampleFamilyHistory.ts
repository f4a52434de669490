/**
 * Family history: the condition's family risk factors, then familial conditions by background
 * prevalence. Each gets a relative of the right sex and an age at onset the relative could have had
 * (a sibling is roughly the patient's age); family-history-only entries (sudden death in a young
 * relative) carry no age at onset.
 */
import type { PatientRecord } from '../domain/record.ts';
import { isFamilyHistoryOnly } from '../ontology/isFamilyHistoryOnly.ts';
import type { ChronicConditionDef } from '../ontology/schema.ts';
import { BACKGROUND } from './backgroundRates.ts';
import type { DemographicsContext } from './context.ts';
import { indexOntology } from './indexOntology.ts';
import type { Rng } from './rng.ts';

type FamilyEntry = PatientRecord['history']['family'][number];
type Relation = FamilyEntry['relation'];

const RELATIONS: readonly { relation: Relation; sex: 'male' | 'female'; weight: number }[] = [
  { relation: 'mother', sex: 'female', weight: 3 },
  { relation: 'father', sex: 'male', weight: 3 },
  { relation: 'sister', sex: 'female', weight: 2 },
  { relation: 'brother', sex: 'male', weight: 2 },
  { relation: 'grandmother', sex: 'female', weight: 1 },
  { relation: 'grandfather', sex: 'male', weight: 1 },
];

/** The oldest a relative could have been at onset, given the patient's age. */
function latestOnset(relation: Relation, age: number): number {
  if (relation === 'brother' || relation === 'sister') return Math.min(85, age + 12);
  if (relation === 'mother' || relation === 'father') return Math.min(85, age + 40);
  return 90;
}

function relative(def: ChronicConditionDef, age: number, rng: Rng): FamilyEntry | undefined {
  const earliest = Math.max(def.minAge, 18);
  const options = RELATIONS.filter(
    (r) => (def.sex === undefined || r.sex === def.sex) && latestOnset(r.relation, age) >= earliest,
  );
  if (options.length === 0) return undefined;
  const { relation } = rng.weighted(options, (r) => r.weight);
  if (isFamilyHistoryOnly(def)) return { relation, conditionId: def.id, name: def.name, lay: def.lay };
  const ageAtOnset = rng.int(earliest, latestOnset(relation, age));
  return { relation, conditionId: def.id, name: def.name, lay: def.lay, ageAtOnset };
}

/** The relatives and their conditions the patient reports. */
export function sampleFamilyHistory(ctx: DemographicsContext, rng: Rng): FamilyEntry[] {
  const { ontology, condition } = ctx;
  const { age } = ctx.demographics;
  const out: FamilyEntry[] = [];
  const seen = new Set<string>();
  const riskIds = new Set<string>();
  for (const r of condition.riskFactors) {
    if (r.type !== 'family') continue;
    riskIds.add(r.id);
    const def = ontology.chronicConditions.get(r.id);
    if (!def || seen.has(def.id) || !rng.chance(r.probability)) continue;
    const entry = relative(def, age, rng);
    if (entry) {
      seen.add(def.id);
      out.push(entry);
    }
  }
  let background = 0;
  for (const def of indexOntology(ontology).familial) {
    if (background >= BACKGROUND.maxBackgroundFamily) break;
    if (seen.has(def.id) || riskIds.has(def.id)) continue;
    if (!rng.chance(def.prevalence * BACKGROUND.familyScale)) continue;
    const entry = relative(def, age, rng);
    if (entry) {
      seen.add(def.id);
      out.push(entry);
      background++;
    }
  }
  return out;
}
