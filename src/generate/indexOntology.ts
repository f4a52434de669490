/**
 * Lookups the generator needs on every record, computed once per knowledge base (memoised on the
 * Ontology object) so that generating a million records does not rescan the vocabularies.
 */
import { isFamilyHistoryOnly } from '../ontology/isFamilyHistoryOnly.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { presentationOf } from '../ontology/presentationOf.ts';
import {
  type AllergyDef,
  BODY_SYSTEMS,
  type ChronicConditionDef,
  type ConditionDef,
  type Difficulty,
  type FindingDef,
  type IceDef,
  type InvestigationDef,
  type MedicationDef,
  type PersonaDef,
  type RiskFactor,
  type SpecialtyDef,
  type SurgeryDef,
  type SymptomDef,
  type VitalsPattern,
} from '../ontology/schema.ts';
import { diagnosisLeakMatcher } from '../plausibility/diagnosisLeakMatcher.ts';
import { historyExcludedFor } from '../plausibility/historyExcludedFor.ts';
import { termsPattern } from '../text/termsPattern.ts';
import { DIFFICULTY_PROFILES } from './difficultyProfile.ts';

export interface GeneratorIndex {
  /** Chronic conditions a patient may have themselves (family-history-only entries excluded). */
  ownConditions: readonly ChronicConditionDef[];
  /** Chronic conditions that run in families. */
  familial: readonly ChronicConditionDef[];
  allergies: readonly AllergyDef[];
  surgeries: readonly SurgeryDef[];
  personas: readonly PersonaDef[];
  /** Occupation titles whose age bounds include `age`. */
  occupationsAt(age: number): readonly string[];
  /** Living situations the patient is old enough for, with their weights (see pickLiving). */
  livingAt(age: number): { options: readonly string[]; weights: readonly number[] };
  /** ICE entries of each kind that never name the condition under any of its leak terms. */
  iceFor(condition: ConditionDef): IceChoices;
  /** Chronic conditions that resemble one of the condition's differentials (hard-case distractors). */
  distractorsOf(condition: ConditionDef): readonly ChronicConditionDef[];
  /** Ids of chronic conditions that are the condition itself under another name (never background comorbidity). */
  sameAs(condition: ConditionDef): ReadonlySet<string>;
  /**
   * Chronic-condition and operation ids never drawn as background for the condition: its `excludeHistory`,
   * the condition itself under another name, and anything named (or lay-named) like the diagnosis.
   * Its own risk factors are the knowledge base's choice and stay allowed.
   */
  excludedFor(condition: ConditionDef): ReadonlySet<string>;
  /** The conditions of a specialty playable at a difficulty (any when undefined), with their frequencies. */
  candidates(specialty: SpecialtyDef, difficulty: Difficulty | undefined): Candidates;
  /** Everything about one condition the generator looks up on every record, resolved once. */
  planFor(condition: ConditionDef): ConditionPlan;
  /** The vitals, findings and results of a condition under a presentation variant, resolved once. */
  findingsPlanFor(condition: ConditionDef, variant: string): FindingsPlan;
  /** A chronic condition's usual medications that exist in the knowledge base, in listed order. */
  medicationsOf(def: ChronicConditionDef): readonly MedicationDef[];
  /**
   * What a pregnant patient takes for it: its `pregnancyMedications` if it has them, else its usual
   * medications less those to avoid in pregnancy (possibly none), in listed order.
   */
  pregnancyMedicationsOf(def: ChronicConditionDef): readonly MedicationDef[];
}

export interface Candidates {
  conditions: readonly ConditionDef[];
  frequencies: readonly number[];
}

type Risk<T extends RiskFactor['type']> = Extract<RiskFactor, { type: T }>;

/**
 * One condition's vocabulary references resolved to their definitions (unknown ids left out, which
 * the steps skipped anyway), in the order the condition lists them, so every draw happens as before.
 */
export interface ConditionPlan {
  /** Weights of the difficulties the condition allows, in its order. */
  difficultyWeights: readonly number[];
  /** Comorbidity risk factors whose chronic condition exists. */
  riskConditions: readonly { def: ChronicConditionDef; probability: number }[];
  /** Background comorbidities: own conditions neither a risk factor nor excluded for the condition. */
  background: readonly ChronicConditionDef[];
  /** Medication risk factors whose medication exists. */
  riskMedications: readonly { def: MedicationDef; probability: number }[];
  smoking: Risk<'smoking'> | undefined;
  alcohol: Risk<'alcohol'> | undefined;
  /** Operations a patient with the condition may have had (those it excludes left out). */
  surgeries: readonly SurgeryDef[];
  /** Pertinent negatives that exist as symptoms. */
  negatives: readonly SymptomDef[];
}

/** The findings and results of a condition under one presentation variant, resolved (see presentationOf). */
export interface FindingsPlan {
  vitals: VitalsPattern;
  /** Examination findings that exist, with their probability. */
  findings: readonly { def: FindingDef; probability: number }[];
  /** Indexes into `findings` ordered by body system (stable), the order a record lists them in. */
  findingsBySystem: readonly number[];
  /** Listed investigations whose test exists. */
  investigations: readonly { def: InvestigationDef; listed: ConditionDef['investigations'][number] }[];
}

function resolveRisks<T extends 'condition' | 'medication', D>(
  condition: ConditionDef,
  type: T,
  lookup: (id: string) => D | undefined,
): { def: D; probability: number }[] {
  const out: { def: D; probability: number }[] = [];
  for (const r of condition.riskFactors) {
    if (r.type !== type) continue;
    const def = lookup(r.id);
    if (def !== undefined) out.push({ def, probability: r.probability });
  }
  return out;
}

type IceKind = IceDef['kind'];

/**
 * ICE entries that never name the condition, split so a pick touches only those that fit the patient's
 * symptoms: the general ones of each kind, and each symptom's of every kind (one lookup per symptom).
 */
export interface IceChoices {
  general: Readonly<Record<IceKind, readonly IceDef[]>>;
  bySymptom: ReadonlyMap<string, Readonly<Record<IceKind, readonly IceDef[]>>>;
}

function iceChoices(entries: readonly IceDef[]): IceChoices {
  const general: Record<IceKind, IceDef[]> = { idea: [], concern: [], expectation: [] };
  const bySymptom = new Map<string, Record<IceKind, IceDef[]>>();
  for (const e of entries) {
    if (e.symptoms.length === 0) general[e.kind].push(e);
    for (const s of e.symptoms) {
      let lists = bySymptom.get(s);
      if (!lists) {
        lists = { idea: [], concern: [], expectation: [] };
        bySymptom.set(s, lists);
      }
      lists[e.kind].push(e);
    }
  }
  return { general, bySymptom };
}

const memo = new WeakMap<Ontology, GeneratorIndex>();

const SYSTEM_ORDER = new Map<string, number>(BODY_SYSTEMS.map((s, i) => [s, i]));

function buildIndex(o: Ontology): GeneratorIndex {
  const chronic = [...o.chronicConditions.values()];
  const ownConditions = chronic.filter((c) => !isFamilyHistoryOnly(c));
  const surgeries = [...o.surgeries.values()];
  const plans = new Map<string, ConditionPlan>();
  const findingsPlans = new Map<string, Map<string, FindingsPlan>>();
  const candidates = new Map<string, Candidates>();
  const medications = new Map<string, readonly MedicationDef[]>();
  const pregnancyMedications = new Map<string, readonly MedicationDef[]>();
  const distractors = new Map<string, readonly ChronicConditionDef[]>();
  const ice = new Map<string, IceChoices>();
  const occupations = new Map<number, readonly string[]>();
  const living = new Map<number, { options: readonly string[]; weights: readonly number[] }>();
  const same = new Map<string, ReadonlySet<string>>();
  const excluded = new Map<string, ReadonlySet<string>>();
  const sameAs = (c: ConditionDef): ReadonlySet<string> => {
    let ids = same.get(c.id);
    if (!ids) {
      const names = termsPattern(o.diagnosisNames(c.id));
      ids = new Set(
        chronic
          .filter((ch) => ch.id === c.id || names?.test(ch.name) === true || ch.icd10.code === c.icd10.code)
          .map((ch) => ch.id),
      );
      same.set(c.id, ids);
    }
    return ids;
  };
  const excludedFor = (c: ConditionDef): ReadonlySet<string> => {
    let ids = excluded.get(c.id);
    if (!ids) {
      ids = new Set([...historyExcludedFor(o, c), ...sameAs(c)]);
      excluded.set(c.id, ids);
    }
    return ids;
  };
  return {
    ownConditions,
    familial: chronic.filter((c) => c.familial),
    allergies: [...o.allergies.values()],
    surgeries,
    personas: [...o.personas.values()],
    occupationsAt(age) {
      let titles = occupations.get(age);
      if (!titles) {
        titles = (o.demographics?.occupations ?? [])
          .filter((x) => x.minAge <= age && age <= x.maxAge)
          .map((x) => x.title);
        occupations.set(age, titles);
      }
      return titles;
    },
    livingAt(age) {
      let entry = living.get(age);
      if (!entry) {
        const fit = (o.demographics?.living ?? []).filter((l) => l.minAge <= age);
        // situations typical of the young (minimum age under 25) become rare from 60: the vocabulary has no maximum age
        entry = {
          options: fit.map((l) => l.text),
          weights: fit.map((l) => (age >= 60 && l.minAge < 25 ? 0.1 : 1)),
        };
        living.set(age, entry);
      }
      return entry;
    },
    iceFor(c) {
      let choices = ice.get(c.id);
      if (!choices) {
        const leak = diagnosisLeakMatcher(o, c);
        choices = iceChoices(o.ice.filter((i) => leak.find(i.text) === undefined));
        ice.set(c.id, choices);
      }
      return choices;
    },
    sameAs,
    excludedFor,
    candidates(specialty, difficulty) {
      const key = `${specialty.id}|${difficulty ?? ''}`;
      let entry = candidates.get(key);
      if (!entry) {
        const conditions = o
          .conditionsOf(specialty.id)
          .filter((c) => difficulty === undefined || c.difficulty.includes(difficulty));
        entry = { conditions, frequencies: conditions.map((c) => c.frequency) };
        candidates.set(key, entry);
      }
      return entry;
    },
    medicationsOf(def) {
      let list = medications.get(def.id);
      if (!list) {
        list = def.medications.flatMap((id) => o.medications.get(id) ?? []);
        medications.set(def.id, list);
      }
      return list;
    },
    pregnancyMedicationsOf(def) {
      let list = pregnancyMedications.get(def.id);
      if (!list) {
        list = (def.pregnancyMedications ?? def.medications)
          .flatMap((id) => o.medications.get(id) ?? [])
          .filter((m) => m.pregnancy !== 'avoid');
        pregnancyMedications.set(def.id, list);
      }
      return list;
    },
    planFor(c) {
      let plan = plans.get(c.id);
      if (!plan) {
        const riskIds = new Set(c.riskFactors.filter((r) => r.type === 'condition').map((r) => r.id));
        const excludedIds = excludedFor(c);
        plan = {
          difficultyWeights: c.difficulty.map((d) => DIFFICULTY_PROFILES[d].weight),
          riskConditions: resolveRisks(c, 'condition', (id) => o.chronicConditions.get(id)),
          background: ownConditions.filter((d) => !riskIds.has(d.id) && !excludedIds.has(d.id)),
          riskMedications: resolveRisks(c, 'medication', (id) => o.medications.get(id)),
          surgeries: surgeries.filter((d) => !excludedIds.has(d.id)),
          smoking: c.riskFactors.find((r): r is Risk<'smoking'> => r.type === 'smoking'),
          alcohol: c.riskFactors.find((r): r is Risk<'alcohol'> => r.type === 'alcohol'),
          negatives: c.pertinentNegatives.flatMap((id) => o.symptoms.get(id) ?? []),
        };
        plans.set(c.id, plan);
      }
      return plan;
    },
    findingsPlanFor(c, variant) {
      let byVariant = findingsPlans.get(c.id);
      if (!byVariant) {
        byVariant = new Map();
        findingsPlans.set(c.id, byVariant);
      }
      let plan = byVariant.get(variant);
      if (!plan) {
        const shown = presentationOf(c, variant);
        const findings = shown.findings.flatMap((f) => {
          const def = o.findings.get(f.id);
          return def ? [{ def, probability: f.probability }] : [];
        });
        const rank = (i: number): number => SYSTEM_ORDER.get(findings[i]?.def.system ?? '') ?? 0;
        plan = {
          vitals: shown.vitals,
          findings,
          // Array.prototype.sort is stable: within a system, the listed order
          findingsBySystem: findings.map((_, i) => i).sort((x, y) => rank(x) - rank(y)),
          investigations: shown.investigations.flatMap((listed) => {
            const def = o.investigations.get(listed.id);
            return def ? [{ def, listed }] : [];
          }),
        };
        byVariant.set(variant, plan);
      }
      return plan;
    },
    distractorsOf(c) {
      let list = distractors.get(c.id);
      if (!list) {
        const names = termsPattern(c.differentials.flatMap((d) => [d, ...o.diagnosisNames(d)]));
        list = chronic.filter(
          (ch) =>
            !isFamilyHistoryOnly(ch) &&
            !sameAs(c).has(ch.id) &&
            (c.differentials.includes(ch.id) ||
              names?.test(ch.name) === true ||
              names?.test(ch.lay) === true),
        );
        distractors.set(c.id, list);
      }
      return list;
    },
  };
}

/** The generator's lookups for this knowledge base. */
export function indexOntology(o: Ontology): GeneratorIndex {
  let index = memo.get(o);
  if (!index) {
    index = buildIndex(o);
    memo.set(o, index);
  }
  return index;
}
