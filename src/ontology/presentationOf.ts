/**
 * What a condition looks like under one of its presentation variants: the vital-sign pattern, the
 * examination findings and the investigation results, with the variant's replacements, removals and
 * additions applied (as `symptomPool` does for symptoms). Shared by the generator and the record checks,
 * and cached per condition and variant: both ask for it on every record.
 */
import type {
  AtypicalPresentation,
  ConditionDef,
  ConditionInvestigation,
  ConditionSymptom,
  Range,
  VitalsPattern,
} from './schema.ts';
import { symptomPool } from './symptomPool.ts';

type ConditionFinding = ConditionDef['findings'][number];

export interface Presentation {
  /** The variant, or undefined for the typical presentation (or an unknown variant id). */
  variant: AtypicalPresentation | undefined;
  vitals: VitalsPattern;
  findings: readonly ConditionFinding[];
  investigations: readonly ConditionInvestigation[];
  /** Finding ids, for membership tests. */
  findingIds: ReadonlySet<string>;
  /** Each investigation's first listing, by id. */
  investigationById: ReadonlyMap<string, ConditionInvestigation>;
  /** The symptoms possible under the variant (`symptomPool`), by id. */
  symptomById: ReadonlyMap<string, ConditionSymptom>;
  /** Whether any of those symptoms can be the presenting complaint. */
  canLead: boolean;
}

/** The list minus `drop`, with `add` replacing same-id entries in place or appended at the end. */
function applyChanges<T extends { id: string }>(
  list: readonly T[],
  drop: readonly string[],
  add: readonly T[],
): readonly T[] {
  if (drop.length === 0 && add.length === 0) return list;
  const added = new Map(add.map((x) => [x.id, x]));
  const out = list.filter((x) => !drop.includes(x.id)).map((x) => added.get(x.id) ?? x);
  for (const x of add) if (!out.some((y) => y.id === x.id)) out.push(x);
  return out;
}

/** The pattern with the variant's ranges in place of the condition's. */
function withVitals(
  base: VitalsPattern,
  changes: Partial<Record<keyof VitalsPattern, Range | undefined>>,
): VitalsPattern {
  const out = { ...base };
  for (const key of Object.keys(out) as (keyof VitalsPattern)[]) {
    const range = changes[key];
    if (range) out[key] = range;
  }
  return out;
}

function build(def: ConditionDef, variant: AtypicalPresentation | undefined): Presentation {
  const vitals = variant ? withVitals(def.vitals, variant.vitals) : def.vitals;
  const findings = variant
    ? applyChanges(def.findings, variant.dropFindings, variant.addFindings)
    : def.findings;
  const investigations = variant
    ? applyChanges(def.investigations, variant.dropInvestigations, variant.addInvestigations)
    : def.investigations;
  const investigationById = new Map<string, ConditionInvestigation>();
  for (const inv of investigations) if (!investigationById.has(inv.id)) investigationById.set(inv.id, inv);
  const symptoms = symptomPool(def.symptoms, variant);
  return {
    variant,
    symptomById: new Map(symptoms.map((s) => [s.id, s])),
    canLead: symptoms.some((s) => s.chief > 0),
    vitals,
    findings,
    investigations,
    findingIds: new Set(findings.map((f) => f.id)),
    investigationById,
  };
}

const memo = new WeakMap<ConditionDef, Map<string, Presentation>>();

/** The condition as it presents under `variantId` (`typical`, or one of its atypical variants). */
export function presentationOf(def: ConditionDef, variantId: string): Presentation {
  let byVariant = memo.get(def);
  if (!byVariant) {
    byVariant = new Map();
    memo.set(def, byVariant);
  }
  let entry = byVariant.get(variantId);
  if (!entry) {
    entry = build(
      def,
      def.atypical.find((v) => v.id === variantId),
    );
    byVariant.set(variantId, entry);
  }
  return entry;
}
