/**
 * Facts of the past medical, surgical, drug, allergy and family history, from the record. A specific
 * condition or drug asked about and not in the record is denied; test values are never known.
 */
import type { Topic } from '../domain/query.ts';
import type { PatientRecord } from '../domain/record.ts';
import { isChildhoodIllness } from './childhoodIllness.ts';
import { addFact, type PlanContext } from './planContext.ts';

/** Chronic conditions a patient names together ("diabetes" covers both types). */
const SAME_CONDITION: readonly (readonly string[])[] = [['type-2-diabetes', 'type-1-diabetes']];

function sameCondition(a: string, b: string): boolean {
  return a === b || SAME_CONDITION.some((g) => g.includes(a) && g.includes(b));
}

function conditionLay(ctx: PlanContext, id: string): string {
  const def = ctx.ontology.chronicConditions.get(id);
  return ctx.safe(def?.lay ?? id.replace(/-/g, ' '));
}

const TEST_WORDS: readonly [RegExp, string][] = [
  [/cholesterol/, 'cholesterol'],
  [/blood pressure|\bbp\b/, 'blood pressure numbers'],
  [/sugar|glucose|hba1c/, 'sugar levels'],
  [/ecg|heart tracing/, 'heart tracing results'],
  [/x ray|scan/, 'scan results'],
  [/oxygen|sats/, 'oxygen levels'],
  [/kidney/, 'kidney results'],
  [/heart rate|pulse/, 'pulse'],
  [/weight|bmi/, 'exact weight'],
  [/blood (?:type|group)/, 'blood group'],
];

function planTest(ctx: PlanContext, span: string): void {
  const thing = TEST_WORDS.find(([re]) => re.test(span))?.[1] ?? 'test results';
  addFact(ctx, {
    fact: `test:${thing.replace(/\s+/g, '-')}`,
    path: 'investigations',
    status: 'unknown',
    value: `does not know their ${thing}`,
  });
}

export function planPmh(ctx: PlanContext, target: string | undefined, span: string): void {
  if (target?.startsWith('test:')) {
    planTest(ctx, span);
    return;
  }
  const conditions = ctx.record.history.conditions;
  if (target !== undefined) {
    const i = conditions.findIndex((c) => sameCondition(c.id, target));
    const c = conditions[i];
    if (c) {
      addFact(ctx, {
        fact: `pmh:${c.id}`,
        path: `history.conditions[${i}]`,
        status: 'present',
        value: conditionValue(ctx, c),
      });
    } else {
      addFact(ctx, {
        fact: `pmh:${target}`,
        path: 'history.conditions',
        status: 'absent',
        value: `no ${conditionLay(ctx, target)}`,
      });
    }
    return;
  }
  if (conditions.length === 0) {
    addFact(ctx, { fact: 'pmh', path: 'history.conditions', status: 'absent', value: 'no medical problems' });
    return;
  }
  for (const [i, c] of conditions.entries())
    addFact(ctx, {
      fact: `pmh:${c.id}`,
      path: `history.conditions[${i}]`,
      status: 'present',
      value: conditionValue(ctx, c),
    });
}

/** A condition the patient has, with how long for ("high blood pressure, for 8 years"); none for a childhood illness. */
function conditionValue(ctx: PlanContext, c: PatientRecord['history']['conditions'][number]): string {
  const lay = ctx.safe(c.lay);
  return isChildhoodIllness(lay) ? lay : `${lay}, for ${c.sinceYears} years`;
}

export function planSurgery(ctx: PlanContext): void {
  const surgeries = ctx.record.history.surgeries;
  if (surgeries.length === 0) {
    addFact(ctx, { fact: 'surgery', path: 'history.surgeries', status: 'absent', value: 'no operations' });
    return;
  }
  for (const [i, s] of surgeries.entries())
    addFact(ctx, {
      fact: `surgery:${s.id}`,
      path: `history.surgeries[${i}]`,
      status: 'present',
      value: `${s.lay}, ${s.yearsAgo} years ago`,
    });
}

function medicationValue(ctx: PlanContext, i: number): string {
  const m = ctx.record.history.medications[i];
  if (!m) return '';
  const reason = m.for ? `, for ${conditionLay(ctx, m.for)}` : '';
  return `${m.name} ${m.dose} ${m.frequency}${reason}`;
}

export function planMedications(ctx: PlanContext, target: string | undefined): void {
  const meds = ctx.record.history.medications;
  if (target !== undefined) {
    const def = ctx.ontology.medications.get(target);
    const i = meds.findIndex(
      (m) => m.id === target || (def !== undefined && m.class === def.class && m.id === target),
    );
    if (i >= 0)
      addFact(ctx, {
        fact: `medication:${target}`,
        path: `history.medications[${i}]`,
        status: 'present',
        value: medicationValue(ctx, i),
      });
    else
      addFact(ctx, {
        fact: `medication:${target}`,
        path: 'history.medications',
        status: 'absent',
        value: `does not take ${def?.name ?? target}`,
      });
    return;
  }
  if (meds.length === 0) {
    addFact(ctx, {
      fact: 'medications',
      path: 'history.medications',
      status: 'absent',
      value: 'no regular medicines',
    });
    return;
  }
  for (const [i, m] of meds.entries())
    addFact(ctx, {
      fact: `medication:${m.id}`,
      path: `history.medications[${i}]`,
      status: 'present',
      value: medicationValue(ctx, i),
    });
}

export function planAllergies(ctx: PlanContext, target: string | undefined): void {
  const allergies = ctx.record.history.allergies;
  if (target !== undefined && !allergies.some((a) => a.id === target)) {
    const def = ctx.ontology.allergies.get(target);
    addFact(ctx, {
      fact: `allergy:${target}`,
      path: 'history.allergies',
      status: 'absent',
      value: `not allergic to ${def?.substance ?? target}`,
    });
    return;
  }
  if (allergies.length === 0) {
    addFact(ctx, {
      fact: 'allergies',
      path: 'history.allergies',
      status: 'absent',
      value: 'no known allergies',
    });
    return;
  }
  for (const [i, a] of allergies.entries())
    addFact(ctx, {
      fact: `allergy:${a.id}`,
      path: `history.allergies[${i}]`,
      status: 'present',
      value: `${a.substance}: ${a.reaction}`,
    });
}

export function planFamily(ctx: PlanContext, target: string | undefined): void {
  const family = ctx.record.history.family;
  const value = (i: number): string => {
    const f = family[i];
    if (!f) return '';
    return `${f.relation} had ${ctx.safe(f.lay)}${f.ageAtOnset !== undefined ? ` at ${f.ageAtOnset}` : ''}`;
  };
  if (target !== undefined) {
    const matches = family.map((f, i) => ({ f, i })).filter(({ f }) => sameCondition(f.conditionId, target));
    if (matches.length === 0) {
      addFact(ctx, {
        fact: `family:${target}`,
        path: 'history.family',
        status: 'absent',
        value: `no ${conditionLay(ctx, target)} in the family`,
      });
    }
    for (const { f, i } of matches) {
      addFact(ctx, {
        fact: `family:${f.relation}:${f.conditionId}`,
        path: `history.family[${i}]`,
        status: 'present',
        value: value(i),
      });
    }
    return;
  }
  if (family.length === 0) {
    addFact(ctx, {
      fact: 'family',
      path: 'history.family',
      status: 'absent',
      value: 'nothing runs in the family',
    });
    return;
  }
  for (const [i, f] of family.entries())
    addFact(ctx, {
      fact: `family:${f.relation}:${f.conditionId}`,
      path: `history.family[${i}]`,
      status: 'present',
      value: value(i),
    });
}

/** The history topics this file plans. */
export const HISTORY_PLANNERS: ReadonlySet<Topic> = new Set([
  'pmh',
  'surgery',
  'medications',
  'allergies',
  'family',
]);
