import { describe, expect, it } from 'vitest';
import { PatientZeroError } from '../../src/domain/errors.ts';
import type { PatientRecord } from '../../src/domain/record.ts';
import { generatePatients } from '../../src/generate/generatePatients.ts';
import { resultFor } from '../../src/generate/resultFor.ts';
import { tinyOntology } from './tinyOntology.ts';

const tiny = tinyOntology();
const patients: PatientRecord[] = [];
for (const item of generatePatients(tiny, { specialty: 'respiratory', seed: 'results', count: 300 })) {
  if (item.ok) patients.push(item.value.record);
}

describe('resultFor', () => {
  it('GIVEN a test the record holds THEN returns the record’s own result', () => {
    const p = patients[0];
    if (!p) throw new Error('no patient');
    const own = p.investigations.find((r) => r.id === 'd-dimer');
    expect(own?.flag).toBe('high');
    expect(resultFor(p, tiny, 'd-dimer')).toBe(own);
  });

  it('GIVEN a numeric test the record lacks THEN returns a normal value inside the range for the patient’s sex', () => {
    for (const p of patients) {
      const hb = resultFor(p, tiny, 'haemoglobin');
      const range = p.demographics.sex === 'male' ? { low: 130, high: 180 } : { low: 115, high: 165 };
      expect(hb.range).toEqual(range);
      expect(hb.value).toBeGreaterThanOrEqual(range.low);
      expect(hb.value).toBeLessThanOrEqual(range.high);
      expect(hb.flag).toBe('normal');
      expect(hb.unit).toBe('g/L');
    }
  });

  it('GIVEN the same patient and test asked twice THEN the normal result is the same; other patients vary', () => {
    const [a, b] = patients;
    if (!a || !b) throw new Error('no patients');
    expect(resultFor(a, tiny, 'haemoglobin')).toEqual(resultFor(structuredClone(a), tiny, 'haemoglobin'));
    const values = new Set(patients.map((p) => resultFor(p, tiny, 'haemoglobin').value));
    expect(values.size).toBeGreaterThan(20);
  });

  it('GIVEN a qualitative test the record lacks THEN returns the test’s normal report', () => {
    const p = patients.find((x) => !x.investigations.some((r) => r.id === 'chest-xray'));
    if (!p) throw new Error('no patient without a chest X-ray');
    expect(resultFor(p, tiny, 'chest-xray')).toEqual({
      id: 'chest-xray',
      name: 'Chest X-ray',
      text: 'Normal chest.',
      flag: 'normal',
    });
  });

  it('GIVEN an unknown test id THEN throws unknown_test', () => {
    const p = patients[0];
    if (!p) throw new Error('no patient');
    expect(() => resultFor(p, tiny, 'no-such-test')).toThrow(PatientZeroError);
  });
});
