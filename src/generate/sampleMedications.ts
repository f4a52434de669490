/**
 * Regular medications: for each past condition, one to three of its usual drug classes (earlier-listed
 * classes more likely) and one drug of each, then the condition's medication risk factors (the pill,
 * NSAIDs, ...). Never a drug whose class the patient is allergic to, never two drugs of one class,
 * never a drug meant for the other sex or another age. A pregnant patient takes her conditions' pregnancy
 * medicines (labetalol, not ramipril) and never one marked `pregnancy: avoid` (statins, warfarin, the pill).
 */
import type { PatientRecord } from '../domain/record.ts';
import type { MedicationDef, Sex } from '../ontology/schema.ts';
import { BACKGROUND } from './backgroundRates.ts';
import type { DemographicsContext } from './context.ts';
import { indexOntology } from './indexOntology.ts';
import type { Rng } from './rng.ts';
import type { PastCondition } from './samplePastConditions.ts';

type Medication = PatientRecord['history']['medications'][number];

interface Taking {
  sex: Sex;
  age: number;
  pregnant: boolean;
  forbidden: Set<string>;
  classes: Set<string>;
  list: Medication[];
}

function allowed(t: Taking, m: MedicationDef): boolean {
  return (
    !t.forbidden.has(m.class) &&
    !t.classes.has(m.class) &&
    (m.minAge === undefined || t.age >= m.minAge) &&
    (m.maxAge === undefined || t.age <= m.maxAge) &&
    (m.sex === undefined || m.sex === t.sex) &&
    !(t.pregnant && m.pregnancy === 'avoid')
  );
}

function take(t: Taking, m: MedicationDef, forCondition: string | undefined, rng: Rng): void {
  t.classes.add(m.class);
  // spelled out rather than spread: conditional spreads are slow, and this runs for most records
  const { id, name, dose, frequency } = m;
  const lay = m.lay.length > 0 ? rng.pick(m.lay) : undefined;
  if (lay === undefined) {
    t.list.push(
      forCondition
        ? { id, name, class: m.class, dose, frequency, for: forCondition }
        : { id, name, class: m.class, dose, frequency },
    );
  } else {
    t.list.push(
      forCondition
        ? { id, name, class: m.class, lay, dose, frequency, for: forCondition }
        : { id, name, class: m.class, lay, dose, frequency },
    );
  }
}

/** Regular medications for the past conditions and the condition's medication risk factors. */
export function sampleMedications(
  ctx: DemographicsContext,
  past: readonly PastCondition[],
  allergies: PatientRecord['history']['allergies'],
  pregnant: boolean | undefined,
  rng: Rng,
): Medication[] {
  const { ontology } = ctx;
  const index = indexOntology(ontology);
  const t: Taking = {
    sex: ctx.demographics.sex,
    age: ctx.demographics.age,
    pregnant: pregnant === true,
    forbidden: new Set(),
    classes: new Set(),
    list: [],
  };
  for (const a of allergies) {
    const cls = ontology.allergies.get(a.id)?.drugClass;
    if (cls) t.forbidden.add(cls);
  }

  for (const { def } of past) {
    const byClass = new Map<string, MedicationDef[]>();
    for (const m of t.pregnant ? index.pregnancyMedicationsOf(def) : index.medicationsOf(def)) {
      if (!allowed(t, m)) continue;
      const list = byClass.get(m.class);
      if (list) list.push(m);
      else byClass.set(m.class, [m]);
    }
    if (byClass.size === 0 || rng.chance(BACKGROUND.untreated)) continue;
    const groups = [...byClass.values()];
    let count = 1;
    while (count < Math.min(groups.length, BACKGROUND.maxClassesPerCondition) && rng.chance(0.5)) count++;
    const ranked = groups.map((g, i) => ({ g, w: 1 / (i + 1) }));
    for (let i = 0; i < count; i++) {
      const choice = rng.weighted(ranked, (r) => r.w);
      ranked.splice(ranked.indexOf(choice), 1);
      take(t, rng.pick(choice.g), def.id, rng);
    }
  }

  for (const { def, probability } of index.planFor(ctx.condition).riskMedications) {
    if (allowed(t, def) && rng.chance(probability)) take(t, def, undefined, rng);
  }
  return t.list;
}
