/**
 * Facts of the social history and exposures: smoking, alcohol, recreational drugs, work, home,
 * travel and other exposures, pregnancy and contraception. From the record; the date of a last period
 * is a harmless detail improvised once and remembered.
 */

import { improviseDetail } from './improviseDetail.ts';
import { addFact, type PlanContext } from './planContext.ts';

export function planSmoking(ctx: PlanContext): void {
  const s = ctx.record.history.social.smoking;
  const value =
    s.status === 'never'
      ? 'never smoked'
      : s.status === 'current'
        ? `smokes ${s.perDay} a day, for ${s.years} years (${s.packYears} pack-years)`
        : `ex-smoker: smoked ${s.perDay} a day for ${s.years} years, stopped ${s.quitYearsAgo} years ago`;
  addFact(ctx, {
    fact: 'smoking',
    path: 'history.social.smoking',
    status: s.status === 'never' ? 'absent' : 'present',
    value,
  });
}

export function planAlcohol(ctx: PlanContext): void {
  const units = ctx.record.history.social.alcoholUnitsPerWeek;
  addFact(ctx, {
    fact: 'alcohol',
    path: 'history.social.alcoholUnitsPerWeek',
    status: units === 0 ? 'absent' : 'present',
    value: units === 0 ? 'does not drink alcohol' : `about ${units} units a week`,
  });
}

export function planDrugs(ctx: PlanContext): void {
  const drugs = ctx.record.history.social.drugs;
  if (drugs.length === 0) {
    addFact(ctx, {
      fact: 'drugs',
      path: 'history.social.drugs',
      status: 'absent',
      value: 'no recreational drugs',
    });
    return;
  }
  for (const [i, d] of drugs.entries())
    addFact(ctx, {
      fact: `drug:${d.id}`,
      path: `history.social.drugs[${i}]`,
      status: 'present',
      value: d.lay,
    });
}

export function planOccupation(ctx: PlanContext): void {
  addFact(ctx, {
    fact: 'occupation',
    path: 'demographics.occupation',
    status: 'present',
    value: ctx.record.demographics.occupation,
  });
}

export function planLiving(ctx: PlanContext): void {
  addFact(ctx, {
    fact: 'living',
    path: 'demographics.living',
    status: 'present',
    value: ctx.record.demographics.living,
  });
}

/** Exposures a patient would report together: asked about one, a present one of the family answers. */
const EXPOSURE_FAMILIES: readonly (readonly string[])[] = [['long-haul-travel', 'foreign-travel']];

export function planExposure(ctx: PlanContext, target: string | undefined): void {
  const exposures = ctx.record.history.social.exposures;
  if (target === undefined) {
    for (const [i, e] of exposures.entries())
      addFact(ctx, {
        fact: `exposure:${e.id}`,
        path: `history.social.exposures[${i}]`,
        status: 'present',
        value: e.text,
      });
    return;
  }
  const family = EXPOSURE_FAMILIES.find((f) => f.includes(target)) ?? [target];
  const i = exposures.findIndex((e) => e.id === target);
  const sibling = exposures.findIndex((e) => family.includes(e.id));
  const hit = i >= 0 ? i : sibling;
  const e = exposures[hit];
  if (e) {
    addFact(ctx, {
      fact: `exposure:${e.id}`,
      path: `history.social.exposures[${hit}]`,
      status: 'present',
      value: e.text,
    });
    return;
  }
  // one denial per family: "no long journeys" and "not abroad" are one answer
  const key = `exposure:${family[0] ?? target}`;
  if (ctx.facts.some((f) => family.some((id) => f.fact === `exposure:${id}`))) return;
  const def = ctx.ontology.exposures.get(family[0] ?? target);
  addFact(ctx, {
    fact: key,
    path: `ontology.exposures.${family[0] ?? target}`,
    status: 'absent',
    value: def?.denial ?? 'No, nothing like that.',
  });
}

export function planPregnancy(ctx: PlanContext, target: string | undefined): void {
  const { sex, age } = ctx.record.demographics;
  if (sex === 'male') {
    addFact(ctx, {
      fact: 'pregnancy',
      path: 'demographics.sex',
      status: 'absent',
      value: 'not applicable: a man',
    });
    return;
  }
  if (target === 'contraception') {
    const meds = ctx.record.history.medications;
    const i = meds.findIndex((m) => /contracept|pill/.test(`${m.id} ${m.class} ${m.name}`.toLowerCase()));
    const m = meds[i];
    if (m)
      addFact(ctx, {
        fact: `medication:${m.id}`,
        path: `history.medications[${i}]`,
        status: 'present',
        value: `${m.name} ${m.dose} ${m.frequency}`,
      });
    else
      addFact(ctx, {
        fact: 'contraception',
        path: 'history.medications',
        status: 'absent',
        value: 'not using hormonal contraception',
      });
    return;
  }
  if (target === 'periods') {
    if (age >= 52) {
      addFact(ctx, {
        fact: 'periods',
        path: 'demographics.age',
        status: 'absent',
        value: 'periods stopped years ago (menopause)',
      });
      return;
    }
    const value = improviseDetail(ctx, 'last-period');
    addFact(ctx, {
      fact: 'improvised:last-period',
      path: 'memory.improvised.last-period',
      status: 'improvised',
      value,
    });
    return;
  }
  const pregnant = ctx.record.history.pregnant === true;
  addFact(ctx, {
    fact: 'pregnancy',
    path: 'history.pregnant',
    status: pregnant ? 'present' : 'absent',
    value: pregnant ? 'pregnant' : age >= 52 ? 'not pregnant: past the menopause' : 'not pregnant',
  });
}
