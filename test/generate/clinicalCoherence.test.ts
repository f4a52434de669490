/**
 * Records from the real knowledge base are clinically coherent in the ways reviewers found them not to
 * be: background history that contradicts or leaks the diagnosis, operations without their reason,
 * results that ignore the patient's own drugs and diseases.
 */
import { describe, expect, it } from 'vitest';
import type { PatientRecord } from '../../src/domain/record.ts';
import { generatePatients } from '../../src/generate/generatePatients.ts';
import { resultFor } from '../../src/generate/resultFor.ts';
import { loadOntology } from '../../src/ontology/loadOntology.ts';

const { ontology } = loadOntology();

function records(specialty: string, count: number, condition?: string): PatientRecord[] {
  const out: PatientRecord[] = [];
  const request = { specialty, seed: 'coherence', count };
  for (const item of generatePatients(ontology, condition ? { ...request, condition } : request)) {
    if (!item.ok) throw new Error(JSON.stringify(item.error));
    out.push(item.value.record);
  }
  return out;
}

const cardiology = records('cardiology', 3000);
const respiratory = records('respiratory', 3000);
const everyone = [...cardiology, ...respiratory];
const ids = (r: PatientRecord): string[] => [
  ...r.history.conditions.map((c) => c.id),
  ...r.history.medications.map((m) => m.id),
];

describe('background history and the condition', () => {
  it.each([
    'supraventricular-tachycardia',
    'complete-heart-block',
    'aortic-stenosis',
    'hypertrophic-cardiomyopathy',
  ])('GIVEN %s (a sinus or regular ECG) THEN no patient has permanent AF', (condition) => {
    for (const r of records('cardiology', 300, condition)) {
      expect(r.history.conditions.map((c) => c.id)).not.toContain('atrial-fibrillation-chronic');
    }
  });

  it('GIVEN stable angina THEN nobody already has ischaemic heart disease ("angina") or a revascularisation', () => {
    for (const r of records('cardiology', 300, 'stable-angina')) {
      expect(r.history.conditions.map((c) => c.id)).not.toContain('ischaemic-heart-disease');
      for (const s of r.history.surgeries) expect(['cabg', 'pci-stent']).not.toContain(s.id);
    }
  });

  it('GIVEN complete heart block THEN nobody has a pacemaker already', () => {
    for (const r of records('cardiology', 300, 'complete-heart-block')) {
      expect(r.history.surgeries.map((s) => s.id)).not.toContain('pacemaker-insertion');
    }
  });
});

describe('operations and their reasons', () => {
  it('GIVEN any record THEN every operation has its reason and fits sex, pregnancy and reproductive age', () => {
    let seen = 0;
    for (const r of everyone) {
      const has = new Set(ids(r));
      for (const s of r.history.surgeries) {
        if (s.id === 'cabg' || s.id === 'pci-stent') expect(has.has('ischaemic-heart-disease')).toBe(true);
        if (s.id === 'thyroidectomy') expect(has.has('levothyroxine')).toBe(true);
        if (s.id === 'turp') expect(has.has('prostatic-hypertrophy')).toBe(true);
        if (s.id === 'hysterectomy' || s.id === 'laparoscopic-sterilisation') {
          expect(r.history.pregnant).not.toBe(true);
          expect(r.history.social.exposures.map((e) => e.id)).not.toContain('pregnancy-postpartum');
        }
        if (s.id === 'caesarean-section' || s.id === 'laparoscopic-sterilisation') {
          expect(r.demographics.age - s.yearsAgo).toBeLessThanOrEqual(50);
        }
        if (s.id === 'cabg' || s.id === 'pci-stent') seen++;
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('GIVEN any record THEN the combined pill stops at 50 and HRT starts at 40', () => {
    for (const r of everyone) {
      for (const m of r.history.medications) {
        if (m.id === 'combined-oral-contraceptive') expect(r.demographics.age).toBeLessThanOrEqual(50);
        if (m.id === 'hormone-replacement-therapy') expect(r.demographics.age).toBeGreaterThanOrEqual(40);
      }
    }
  });
});

describe('results and the patient’s own history', () => {
  const withAny = (id: string): PatientRecord[] => everyone.filter((r) => ids(r).includes(id));

  it('GIVEN warfarin THEN the INR is 2.0–3.5 and flagged high', () => {
    const onWarfarin = withAny('warfarin');
    expect(onWarfarin.length).toBeGreaterThan(0);
    for (const r of onWarfarin) {
      const inr = resultFor(r, ontology, 'inr');
      expect(inr.value).toBeGreaterThanOrEqual(2);
      expect(inr.value).toBeLessThanOrEqual(3.5);
      expect(inr.flag).toBe('high');
    }
  });

  it('GIVEN levothyroxine THEN the TSH is in range; untreated hypothyroidism THEN it is high', () => {
    const own = (r: PatientRecord): boolean => r.investigations.some((i) => i.id === 'tsh');
    for (const r of withAny('hypothyroidism').filter((x) => !own(x))) {
      const tsh = resultFor(r, ontology, 'tsh');
      expect(tsh.flag).toBe(ids(r).includes('levothyroxine') ? 'normal' : 'high');
    }
  });

  it('GIVEN diabetes or CKD THEN HbA1c and glucose, or creatinine, are raised', () => {
    const diabetic = withAny('type-2-diabetes');
    expect(diabetic.length).toBeGreaterThan(0);
    for (const r of diabetic) {
      expect(resultFor(r, ontology, 'hba1c').flag).toBe('high');
      const glucose = resultFor(r, ontology, 'glucose').value ?? 0;
      expect(glucose).toBeGreaterThanOrEqual(6);
    }
    for (const r of withAny('chronic-kidney-disease')) {
      expect(resultFor(r, ontology, 'creatinine').value ?? 0).toBeGreaterThanOrEqual(90);
    }
  });

  it('GIVEN known HIV THEN the HIV test is positive', () => {
    for (const r of withAny('hiv')) expect(resultFor(r, ontology, 'hiv-test').flag).toBe('abnormal');
    const negative = everyone.find((r) => !ids(r).includes('hiv'));
    if (!negative) throw new Error('no record without HIV');
    expect(resultFor(negative, ontology, 'hiv-test').flag).toBe('normal');
  });
});
