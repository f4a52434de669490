import { describe, expect, it } from 'vitest';
import { normalVitals, parseVitals } from '../../src/import/parseVitals.ts';

describe('parseVitals', () => {
  it('GIVEN labelled text with °F first and °C in brackets THEN Celsius is used; "90/min" is a heart rate', () => {
    const { vitals, warnings } = parseVitals(
      'Temperature: 98.5°F (36.9°C); Blood pressure: 137/88 mmHg; Heart rate: 90/min; Respiratory rate: 12/min; Oxygen saturation: 98% on room air',
      '',
      40,
    );
    expect(vitals).toEqual({
      heartRate: 90,
      systolic: 137,
      diastolic: 88,
      respiratoryRate: 12,
      spo2: 98,
      temperature: 36.9,
    });
    expect(warnings).toEqual([]);
  });

  it('GIVEN only Fahrenheit or abbreviations THEN they are converted and read', () => {
    const { vitals } = parseVitals('T 101.3 F, BP 150/95, HR 120, RR 22, SpO2 91%', '', 60);
    expect(vitals).toEqual({
      heartRate: 120,
      systolic: 150,
      diastolic: 95,
      respiratoryRate: 22,
      spo2: 91,
      temperature: 38.5,
    });
  });

  it('GIVEN an impossible value or nothing at all THEN normal values for the age are used, with warnings', () => {
    const { vitals, warnings } = parseVitals('Heart rate: 400 bpm', '', 0);
    expect(vitals).toEqual(normalVitals(0));
    expect(warnings.join('\n')).toContain('outside physiological limits');
    expect(warnings.join('\n')).toContain('no blood pressure');
  });

  it('GIVEN vitals written in the examination rather than under Vital_Signs THEN numbers there are used, words are not', () => {
    const { vitals } = parseVitals('', 'General: Pulse: weak and thready; Blood pressure: 90/60 mmHg', 50);
    expect(vitals.systolic).toBe(90);
    expect(vitals.heartRate).toBe(normalVitals(50).heartRate);
  });
});
