/** Difficulty changes the case itself: classic at easy; atypical, distracting and vague at hard. */
import { describe, expect, it } from 'vitest';
import type { PatientRecord } from '../../src/domain/record.ts';
import { generatePatients } from '../../src/generate/generatePatients.ts';
import { tinyOntology } from './tinyOntology.ts';

const tiny = tinyOntology();
const N = 1500;

function batch(difficulty: 'easy' | 'medium' | 'hard'): PatientRecord[] {
  const out: PatientRecord[] = [];
  for (const item of generatePatients(tiny, {
    specialty: 'cardiology',
    seed: 'difficulty',
    count: N,
    condition: 'test-mi',
    difficulty,
  })) {
    if (!item.ok) throw new Error(JSON.stringify(item.error));
    out.push(item.value.record);
  }
  return out;
}

const easy = batch('easy');
const medium = batch('medium');
const hard = batch('hard');
const share = (list: PatientRecord[], test: (r: PatientRecord) => boolean): number =>
  list.filter(test).length / list.length;
const classic = ['chest-pain', 'sweating', 'nausea'];
const hasAllClassic = (r: PatientRecord): boolean =>
  classic.every((id) => r.presentation.symptoms.some((s) => s.id === id));
const old = (r: PatientRecord): boolean => r.demographics.age >= 70;

describe('difficulty', () => {
  it('GIVEN easy THEN every case presents typically with all classic symptoms and the classic chief complaint', () => {
    for (const r of easy) {
      expect(r.variant).toBe('typical');
      expect(hasAllClassic(r)).toBe(true);
    }
    expect(share(easy, (r) => r.presentation.chiefComplaint === 'chest-pain')).toBeGreaterThan(0.97);
  });

  it('GIVEN hard THEN patients the atypical variant applies to mostly present atypically, far more than at medium', () => {
    const hardAtypical = share(hard.filter(old), (r) => r.variant === 'silent');
    const mediumAtypical = share(medium.filter(old), (r) => r.variant === 'silent');
    expect(hardAtypical).toBeGreaterThan(0.55);
    expect(mediumAtypical).toBeLessThan(0.4);
    for (const r of hard.filter((x) => x.variant === 'silent')) {
      expect(r.presentation.symptoms.map((s) => s.id)).not.toContain('chest-pain');
    }
  });

  it('GIVEN hard THEN classic features go missing more often than at medium', () => {
    expect(share(hard, hasAllClassic)).toBeLessThan(share(medium, hasAllClassic) - 0.1);
  });

  it('GIVEN hard THEN comorbidities resembling a differential (GORD for chest pain) appear as distractors', () => {
    const gord = (r: PatientRecord): boolean => r.history.conditions.some((c) => c.id === 'gord');
    expect(share(hard, gord)).toBeGreaterThan(0.9);
    expect(share(medium, gord)).toBeLessThan(0.3);
  });

  it('GIVEN hard THEN vague historians are far commoner; easy cases never get one', () => {
    const vague = (r: PatientRecord): boolean => r.persona.archetype === 'vague';
    expect(share(easy, vague)).toBe(0);
    expect(share(hard, vague)).toBeGreaterThan(share(medium, vague) + 0.25);
  });

  it('GIVEN easy THEN vital signs stay in the middle of the condition’s ranges', () => {
    const spread = (list: PatientRecord[]): number => {
      const rates = list.map((r) => r.vitals.heartRate);
      return Math.max(...rates) - Math.min(...rates);
    };
    expect(spread(easy)).toBeLessThan(spread(medium));
    for (const r of easy) {
      expect(r.vitals.heartRate).toBeGreaterThanOrEqual(96);
      expect(r.vitals.heartRate).toBeLessThanOrEqual(114);
    }
  });
});
