/**
 * Lookups the generator needs on every record, computed once per knowledge base (memoised on the
 * Ontology object) so that generating a million records does not rescan the vocabularies.
 */
import { isFamilyHistoryOnly } from '../ontology/isFamilyHistoryOnly.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import type {
  AllergyDef,
  ChronicConditionDef,
  ConditionDef,
  IceDef,
  PersonaDef,
  SurgeryDef,
} from '../ontology/schema.ts';
import { diagnosisLeakMatcher } from '../plausibility/diagnosisLeakMatcher.ts';
import { historyExcludedFor } from '../plausibility/historyExcludedFor.ts';
import { termsPattern } from '../text/termsPattern.ts';

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
  iceFor(condition: ConditionDef): Record<IceDef['kind'], IceChoices>;
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
}

/** ICE entries of one kind, split so a pick touches only those that fit the patient's symptoms. */
export interface IceChoices {
  general: readonly IceDef[];
  bySymptom: ReadonlyMap<string, readonly IceDef[]>;
}

function iceChoices(entries: readonly IceDef[]): IceChoices {
  const bySymptom = new Map<string, IceDef[]>();
  for (const e of entries) {
    for (const s of e.symptoms) {
      const list = bySymptom.get(s);
      if (list) list.push(e);
      else bySymptom.set(s, [e]);
    }
  }
  return { general: entries.filter((e) => e.symptoms.length === 0), bySymptom };
}

const memo = new WeakMap<Ontology, GeneratorIndex>();

function buildIndex(o: Ontology): GeneratorIndex {
  const chronic = [...o.chronicConditions.values()];
  const distractors = new Map<string, readonly ChronicConditionDef[]>();
  const ice = new Map<string, Record<IceDef['kind'], IceChoices>>();
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
  return {
    ownConditions: chronic.filter((c) => !isFamilyHistoryOnly(c)),
    familial: chronic.filter((c) => c.familial),
    allergies: [...o.allergies.values()],
    surgeries: [...o.surgeries.values()],
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
      let byKind = ice.get(c.id);
      if (!byKind) {
        const leak = diagnosisLeakMatcher(o, c);
        const safe = o.ice.filter((i) => leak.find(i.text) === undefined);
        byKind = {
          idea: iceChoices(safe.filter((i) => i.kind === 'idea')),
          concern: iceChoices(safe.filter((i) => i.kind === 'concern')),
          expectation: iceChoices(safe.filter((i) => i.kind === 'expectation')),
        };
        ice.set(c.id, byKind);
      }
      return byKind;
    },
    sameAs,
    excludedFor(c) {
      let ids = excluded.get(c.id);
      if (!ids) {
        ids = new Set([...historyExcludedFor(o, c), ...sameAs(c)]);
        excluded.set(c.id, ids);
      }
      return ids;
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
