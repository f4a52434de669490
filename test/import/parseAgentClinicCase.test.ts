import { describe, expect, it } from 'vitest';
import { parseAgentClinicCase } from '../../src/import/parseAgentClinicCase.ts';

const osce = (extra: Record<string, unknown> = {}, diagnosis: unknown = 'Asthma') =>
  JSON.stringify({
    OSCE_Examination: {
      Patient_Actor: { Demographics: '30-year-old woman', Symptoms: { Primary_Symptom: 'Wheeze' }, ...extra },
      Correct_Diagnosis: diagnosis,
    },
  });

describe('parseAgentClinicCase', () => {
  it('GIVEN the OSCE shape with unknown extra keys THEN it parses', () => {
    const parsed = parseAgentClinicCase(osce({ Family_History: { Mother: 'asthma' } }));
    expect(parsed.ok && parsed.value.diagnosis).toBe('Asthma');
  });

  it('GIVEN the NEJM image-challenge shape THEN it is refused as not an OSCE case', () => {
    const parsed = parseAgentClinicCase(JSON.stringify({ question: 'A 28-year-old woman ...', answers: [] }));
    expect(!parsed.ok && parsed.error.code).toBe('not_osce_case');
  });

  it('GIVEN a field that identifies a person (name, MRN, date of birth) THEN the case is refused as a real record', () => {
    for (const key of ['Patient_Name', 'MRN', 'Date_of_Birth', 'Address']) {
      const parsed = parseAgentClinicCase(osce({ [key]: 'x' }));
      expect(!parsed.ok && parsed.error.code).toBe('identifying_field');
    }
  });

  it('GIVEN no diagnosis, or a Patient_Actor that is not an object THEN the case is skipped with the reason', () => {
    const empty = parseAgentClinicCase(osce({}, ''));
    expect(!empty.ok && empty.error.code).toBe('no_diagnosis');
    const wrong = parseAgentClinicCase(
      JSON.stringify({ OSCE_Examination: { Patient_Actor: 'text', Correct_Diagnosis: 'x' } }),
    );
    expect(!wrong.ok && wrong.error.code).toBe('not_osce_case');
  });
});
