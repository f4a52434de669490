/**
 * Regular medications: for each past condition, one to three of its usual drug classes (earlier-listed
 * classes more likely) and one drug of each, then the condition's medication risk factors (the pill,
 * NSAIDs, ...). Never a drug whose class the patient is allergic to, never two drugs of one class,
 * never a drug meant for the other sex or another age, and no sex-specific hormone treatment in pregnancy.
 */
import type { PatientRecord } from '../domain/record.ts';
import type { MedicationDef, Sex } from '../ontology/schema.ts';
import { BACKGROUND } from './backgroundRates.ts';
import type { DemographicsContext } from './context.ts';
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

function allowed(t: Taking, m: MedicationDef | undefined): m is MedicationDef {
  return (
    m !== undefined &&
    !t.forbidden.has(m.class) &&
    !t.classes.has(m.class) &&
    (m.minAge === undefined || t.age >= m.minAge) &&
    (m.maxAge === undefined || t.age <= m.maxAge) &&
    (m.sex === undefined || (m.sex === t.sex && !t.pregnant))
  );
}

function take(t: Taking, m: MedicationDef, forCondition: string | undefined, rng: Rng): void {
  t.classes.add(m.class);
  t.list.push({
    id: m.id,
    name: m.name,
    class: m.class,
    ...(m.lay.length > 0 ? { lay: rng.pick(m.lay) } : {}),
    dose: m.dose,
    frequency: m.frequency,
    ...(forCondition ? { for: forCondition } : {}),
  });
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
    for (const id of def.medications) {
      const m = ontology.medications.get(id);
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

  for (const r of ctx.condition.riskFactors) {
    if (r.type !== 'medication') continue;
    const m = ontology.medications.get(r.id);
    if (allowed(t, m) && rng.chance(r.probability)) take(t, m, undefined, rng);
  }
  return t.list;
}
