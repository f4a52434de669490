/** What the generated records contain: demographics, history, presentation and persona rules. */
import { describe, expect, it } from 'vitest';
import type { PatientRecord } from '../../src/domain/record.ts';
import { generatePatients } from '../../src/generate/generatePatients.ts';
import { ICE_FALLBACK } from '../../src/generate/pickIce.ts';
import { describeSpan } from '../../src/text/describeAgo.ts';
import { tinyOntology } from './tinyOntology.ts';

const tiny = tinyOntology();

function records(
  specialty: string,
  count: number,
  extra: { difficulty?: 'easy' | 'medium' | 'hard'; condition?: string } = {},
) {
  const out: PatientRecord[] = [];
  for (const item of generatePatients(tiny, { specialty, seed: 'content', count, ...extra })) {
    if (!item.ok) throw new Error(JSON.stringify(item.error));
    out.push(item.value.record);
  }
  return out;
}

const cardiology = records('cardiology', 1500);
const respiratory = records('respiratory', 1500);
const everyone = [...cardiology, ...respiratory];

describe('demographics', () => {
  it('GIVEN a condition age range THEN every age lies within it, spread across it', () => {
    const ages = cardiology.filter((r) => r.condition.id === 'test-mi').map((r) => r.demographics.age);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(35);
    expect(Math.max(...ages)).toBeLessThanOrEqual(95);
    expect(new Set(ages).size).toBeGreaterThan(30);
  });

  it('GIVEN a male probability THEN the sexes come out in about that proportion', () => {
    const pe = respiratory.filter((r) => r.condition.id === 'test-pe');
    const male = pe.filter((r) => r.demographics.sex === 'male').length / pe.length;
    expect(male).toBeGreaterThan(0.25);
    expect(male).toBeLessThan(0.35);
  });

  it('GIVEN ages THEN occupations and living situations fit them', () => {
    for (const r of everyone) {
      const { age, occupation, living } = r.demographics;
      if (occupation === 'student') expect(age).toBeLessThanOrEqual(30);
      if (living === 'lives in a care home') expect(age).toBeGreaterThanOrEqual(70);
      if (occupation.startsWith('retired')) expect(age).toBeGreaterThanOrEqual(66);
    }
    expect(everyone.some((r) => r.demographics.occupation.startsWith('retired '))).toBe(true);
  });

  it('GIVEN many patients THEN names vary and are non-empty', () => {
    const names = new Set(everyone.map((r) => `${r.demographics.givenName} ${r.demographics.familyName}`));
    expect(names.size).toBeGreaterThan(everyone.length * 0.9);
  });
});

describe('history', () => {
  it('GIVEN women of 16–50 THEN they carry a pregnancy status; men and older women never do', () => {
    for (const r of everyone) {
      const { sex, age } = r.demographics;
      if (sex === 'female' && age >= 16 && age <= 50) expect(typeof r.history.pregnant).toBe('boolean');
      else expect(r.history.pregnant).toBeUndefined();
    }
  });

  it('GIVEN a pregnancy exposure that is a current pregnancy THEN only those women are pregnant, and they are few', () => {
    const pregnant = everyone.filter((r) => r.history.pregnant === true);
    expect(pregnant.length).toBeGreaterThan(0);
    expect(pregnant.length).toBeLessThan(everyone.length * 0.1);
    for (const r of pregnant)
      expect(r.history.social.exposures.map((e) => e.id)).toContain('pregnancy-postpartum');
  });

  it('GIVEN a female-only medication with a maximum age THEN only non-pregnant women up to that age take it', () => {
    const onPill = everyone.filter((r) =>
      r.history.medications.some((m) => m.id === 'combined-oral-contraceptive'),
    );
    expect(onPill.length).toBeGreaterThan(0);
    for (const r of onPill) {
      expect(r.demographics.sex).toBe('female');
      expect(r.demographics.age).toBeLessThanOrEqual(50);
      expect(r.history.pregnant).not.toBe(true);
    }
  });

  it('GIVEN allergies THEN nobody takes a drug of a class they are allergic to', () => {
    let allergicToAspirin = 0;
    for (const r of everyone) {
      const classes = r.history.allergies.map((a) => tiny.allergies.get(a.id)?.drugClass).filter(Boolean);
      for (const m of r.history.medications) expect(classes).not.toContain(m.class);
      if (r.history.allergies.some((a) => a.id === 'aspirin-allergy')) allergicToAspirin++;
    }
    expect(allergicToAspirin).toBeGreaterThan(0);
  });

  it('GIVEN past conditions THEN their usual medications are taken for them, one drug per class', () => {
    const treated = everyone.filter((r) =>
      r.history.medications.some((m) => m.for === 'hypercholesterolaemia'),
    );
    expect(treated.length).toBeGreaterThan(0);
    for (const r of everyone) {
      const classes = r.history.medications.map((m) => m.class);
      expect(new Set(classes).size).toBe(classes.length);
      for (const m of r.history.medications) {
        if (m.for) expect(r.history.conditions.map((c) => c.id)).toContain(m.for);
      }
    }
  });

  it('GIVEN sex-specific history THEN it matches the sex (no hysterectomy or prostate in the wrong patient)', () => {
    for (const r of everyone) {
      if (r.demographics.sex === 'male')
        expect(r.history.surgeries.map((s) => s.id)).not.toContain('hysterectomy');
      else expect(r.history.conditions.map((c) => c.id)).not.toContain('prostatic-hypertrophy');
    }
    expect(everyone.some((r) => r.history.surgeries.some((s) => s.id === 'hysterectomy'))).toBe(true);
  });

  it('GIVEN an operation with a maximum age THEN it was done between its minimum and maximum age', () => {
    const operated = everyone.flatMap((r) =>
      r.history.surgeries
        .filter((s) => s.id === 'caesarean-section')
        .map((s) => r.demographics.age - s.yearsAgo),
    );
    expect(operated.length).toBeGreaterThan(20);
    for (const atAge of operated) {
      expect(atAge).toBeGreaterThanOrEqual(18);
      expect(atAge).toBeLessThanOrEqual(50);
    }
  });

  it('GIVEN a family-history-only entry (ICD-10 Z82) THEN it never appears as the patient’s own condition', () => {
    for (const r of everyone)
      expect(r.history.conditions.map((c) => c.id)).not.toContain('sudden-cardiac-death-family');
  });

  it('GIVEN smokers THEN pack-years equal cigarettes a day × years / 20 and fit the age', () => {
    const smokers = everyone.filter((r) => r.history.social.smoking.status !== 'never');
    expect(smokers.length).toBeGreaterThan(100);
    for (const r of smokers) {
      const s = r.history.social.smoking;
      if (s.status === 'never') continue;
      expect(Math.abs(s.packYears - (s.perDay * s.years) / 20)).toBeLessThanOrEqual(0.1);
      expect(s.years + (s.status === 'ex' ? s.quitYearsAgo : 0)).toBeLessThanOrEqual(r.demographics.age - 15);
    }
  });
});

describe('presentation', () => {
  it('GIVEN a record THEN the chief complaint is its first symptom, in the patient’s own words with its timeline', () => {
    for (const r of everyone) {
      const chief = r.presentation.symptoms[0];
      expect(r.presentation.chiefComplaint).toBe(chief?.id);
      const started = chief?.attributes.started;
      // the same phrase every later answer uses ("about three days ago" for 71 hours)
      if (started) expect(r.presentation.words).toMatch(new RegExp(describeSpan(started)));
    }
  });

  it('GIVEN pertinent negatives THEN the patient denies only symptoms they lack and their sex can have', () => {
    for (const r of everyone) {
      const present = new Set(r.presentation.symptoms.map((s) => s.id));
      for (const n of r.presentation.negatives) expect(present.has(n)).toBe(false);
      if (r.demographics.sex === 'male') expect(r.presentation.negatives).not.toContain('vaginal-bleeding');
      else expect(r.presentation.negatives).not.toContain('testicular-pain');
    }
  });

  it('GIVEN numeric results THEN each has the unit, the reference range for the patient’s sex and a matching flag', () => {
    for (const r of everyone) {
      for (const inv of r.investigations) {
        if (inv.id !== 'troponin') continue;
        expect(inv.unit).toBe('ng/L');
        expect(inv.range).toEqual(
          r.demographics.sex === 'female' ? { low: 0, high: 9 } : { low: 0, high: 14 },
        );
        expect(inv.flag).toBe((inv.value ?? 0) > (inv.range?.high ?? 0) ? 'high' : 'normal');
      }
    }
  });
});

describe('persona', () => {
  it('GIVEN ICE entries naming the diagnosis THEN they never reach that diagnosis’s patients, but reach others', () => {
    const leaky = ["I wondered if it's a heart attack.", "I'm scared it's an MI like my dad."];
    for (const r of everyone.filter((x) => x.condition.id === 'test-mi')) {
      expect(leaky).not.toContain(r.persona.idea);
      expect(leaky).not.toContain(r.persona.concern);
    }
    const others = everyone.filter((x) => x.condition.id !== 'test-mi');
    expect(others.some((r) => leaky.includes(r.persona.idea) || leaky.includes(r.persona.concern))).toBe(
      true,
    );
  });

  it('GIVEN ICE entries about symptoms THEN a patient only gets those about symptoms they have', () => {
    for (const r of everyone) {
      if (r.persona.idea === 'Maybe a chest infection?') {
        expect(r.presentation.symptoms.some((s) => s.id === 'cough' || s.id === 'breathlessness')).toBe(true);
      }
    }
  });

  it('GIVEN an ICE vocabulary with nothing that fits THEN a neutral fallback is used', () => {
    const expectations = new Set(everyone.map((r) => r.persona.expectation));
    expect(expectations.has(ICE_FALLBACK.expectation)).toBe(false);
  });
});

describe('presentation variants', () => {
  const mi = records('cardiology', 1500, { condition: 'test-mi', difficulty: 'hard' });
  const silent = mi.filter((r) => r.variant === 'silent');
  const typical = mi.filter((r) => r.variant === 'typical');

  it('GIVEN a variant with its own vital-sign ranges THEN its patients have them, the others the condition’s', () => {
    expect(silent.length).toBeGreaterThan(50);
    for (const r of silent) {
      expect(r.vitals.heartRate).toBeGreaterThanOrEqual(60);
      expect(r.vitals.heartRate).toBeLessThanOrEqual(85);
    }
    for (const r of typical) expect(r.vitals.heartRate).toBeGreaterThanOrEqual(90);
  });

  it('GIVEN a variant that drops, adds and overrides findings and results THEN its patients show exactly that', () => {
    const share = (list: PatientRecord[], test: (r: PatientRecord) => boolean) =>
      list.filter(test).length / list.length;
    const sweaty = (r: PatientRecord) => r.examination.some((f) => f.id === 'diaphoresis');
    const crackles = (r: PatientRecord) => r.examination.some((f) => f.id === 'crackles');
    expect(share(silent, sweaty)).toBe(0);
    expect(share(typical, sweaty)).toBeGreaterThan(0.3);
    // 0.7 in the variant against 0.2, as hard difficulty shapes them (0.56 against 0.3)
    expect(share(silent, crackles)).toBeGreaterThan(share(typical, crackles) + 0.15);
    for (const r of silent) {
      expect(r.investigations.map((i) => i.id)).not.toContain('haemoglobin');
      const troponin = r.investigations.find((i) => i.id === 'troponin');
      if (troponin?.value !== undefined) expect(troponin.value).toBeLessThanOrEqual(400);
    }
    expect(typical.some((r) => (r.investigations.find((i) => i.id === 'troponin')?.value ?? 0) > 400)).toBe(
      true,
    );
  });
});

describe('exposures with a `when`', () => {
  it('GIVEN an exposure only for patients with a comorbidity THEN only they report it', () => {
    const mi = cardiology.filter((r) => r.condition.id === 'test-mi');
    const drove = mi.filter((r) => r.history.social.exposures.some((e) => e.id === 'long-haul-travel'));
    expect(drove.length).toBeGreaterThan(0);
    for (const r of drove) expect(r.history.conditions.map((c) => c.id)).toContain('type-2-diabetes');
    const diabetic = mi.filter((r) => r.history.conditions.some((c) => c.id === 'type-2-diabetes'));
    expect(drove.length / diabetic.length).toBeGreaterThan(0.6);
  });
});

describe('pregnancy', () => {
  const pe = records('respiratory', 3000, { condition: 'test-pe' });
  const women = pe.filter((r) => r.history.pregnant !== undefined);

  it('GIVEN an account of a current pregnancy THEN she is pregnant; of recent childbirth THEN she is not', () => {
    for (const r of women) {
      const account = r.history.social.exposures.find((e) => e.id === 'pregnancy-postpartum')?.text;
      expect(r.history.pregnant).toBe(account === "I'm 30 weeks pregnant.");
    }
    expect(women.some((r) => r.history.pregnant === true)).toBe(true);
    expect(
      women.some((r) => r.history.social.exposures.some((e) => e.text === 'I had my baby three weeks ago.')),
    ).toBe(true);
  });

  it('GIVEN the rate and ages the condition gives THEN pregnancy comes at that rate, within those ages only', () => {
    const pregnant = women.filter((r) => r.history.pregnant === true);
    for (const r of pregnant) expect(r.demographics.age).toBeLessThanOrEqual(45);
    const eligible = women.filter((r) => r.demographics.age <= 45);
    // 0.3 as configured, give or take sampling noise
    expect(pregnant.length / eligible.length).toBeGreaterThan(0.22);
    expect(pregnant.length / eligible.length).toBeLessThan(0.38);
    for (const r of pe) if (r.demographics.sex === 'male') expect(r.history.pregnant).toBeUndefined();
  });

  it('GIVEN a pregnant woman THEN she takes no sex-specific hormone treatment', () => {
    for (const r of women.filter((w) => w.history.pregnant === true))
      expect(r.history.medications.map((m) => m.id)).not.toContain('combined-oral-contraceptive');
  });

  it('GIVEN a pregnant woman THEN she takes nothing to avoid in pregnancy, and her pregnancy medicines instead', () => {
    const pregnant = women.filter((w) => w.history.pregnant === true);
    for (const r of pregnant)
      for (const m of r.history.medications) expect(tiny.medications.get(m.id)?.pregnancy).toBeUndefined();
    const hypertensive = (r: (typeof pe)[number]) =>
      r.history.conditions.some((c) => c.id === 'hypertension');
    const treated = (r: (typeof pe)[number]) => r.history.medications.filter((m) => m.for === 'hypertension');
    const pregnantTreated = pregnant.filter(hypertensive).flatMap(treated);
    expect(pregnantTreated.length).toBeGreaterThan(0);
    for (const m of pregnantTreated) expect(m.id).toBe('labetalol');
    // hypercholesterolaemia has no pregnancy medicine: untreated in pregnancy (statins stop)
    for (const r of pregnant) expect(r.history.medications.some((m) => m.class === 'statins')).toBe(false);
    const others = pe.filter((r) => r.history.pregnant !== true && hypertensive(r)).flatMap(treated);
    expect(others.length).toBeGreaterThan(0);
    for (const m of others) expect(m.id).toBe('ramipril');
  });
});
