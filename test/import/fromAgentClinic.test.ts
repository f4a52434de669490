import { describe, expect, it } from 'vitest';
import { PatientRecord } from '../../src/domain/record.ts';
import type { ImportedCase } from '../../src/import/fromAgentClinic.ts';
import { importSample, ontology, sampleText } from './agentClinicSample.ts';

const outcomes = importSample();

function converted(index: number): ImportedCase {
  const outcome = outcomes.find((o) => o.index === index);
  if (!outcome?.result.ok) throw new Error(`case ${index} did not convert`);
  return outcome.result.value;
}

describe('importing the AgentClinic sample', () => {
  it('GIVEN four lines, one malformed THEN three records convert and the broken line is skipped as invalid JSON', () => {
    expect(outcomes.map((o) => o.result.ok)).toEqual([true, true, true, false]);
    const broken = outcomes[3];
    expect(broken?.line).toBe(4);
    expect(broken?.result.ok === false && broken.result.error.code).toBe('invalid_json');
  });

  it('GIVEN any converted case THEN it is a valid PatientRecord marked as imported, with seed, versions and a calm persona', () => {
    for (const i of [0, 1, 2]) {
      const { record } = converted(i);
      expect(() => PatientRecord.parse(record)).not.toThrow();
      expect(record.seed).toBe(`agentclinic:${i}`);
      expect(record.variant).toBe('imported');
      expect(record.generatorVersion).toBe('import-agentclinic-1');
      expect(record.ontologyVersion).toBe(ontology.version);
      expect(record.persona).toMatchObject({ mood: 'calm', literacy: 'medium' });
      expect(record.vitals.systolic).toBeGreaterThan(record.vitals.diastolic);
    }
  });

  it('GIVEN the cardiology case THEN its diagnosis, symptoms, vitals, findings and tests map onto the knowledge base', () => {
    const { record, warnings } = converted(0);
    expect(record.condition.id).toBe('stemi');
    expect(record.specialty).toBe('cardiology');
    expect(record.demographics).toMatchObject({
      age: 58,
      sex: 'male',
      occupation: 'bus driver',
      living: 'lives with his wife',
    });
    expect(record.presentation.chiefComplaint).toBe('chest-pain');
    expect(record.presentation.symptoms.map((s) => s.id)).toEqual(['chest-pain', 'sweating', 'nausea']);
    expect(record.presentation.symptoms[0]?.attributes.started).toEqual({ value: 2, unit: 'hours' });
    expect(record.presentation.negatives).toEqual(expect.arrayContaining(['fever', 'cough']));
    expect(record.vitals).toEqual({
      heartRate: 110,
      systolic: 150,
      diastolic: 90,
      respiratoryRate: 20,
      spo2: 95,
      temperature: 37,
    });
    expect(record.examination.filter((e) => e.system === 'cardiovascular')).toHaveLength(3);
    expect(record.examination).toContainEqual(
      expect.objectContaining({
        system: 'respiratory',
        text: 'Auscultation: Clear to auscultation bilaterally',
      }),
    );
    expect(record.investigations).toContainEqual(expect.objectContaining({ id: 'ecg', flag: 'abnormal' }));
    expect(record.investigations).toContainEqual(
      expect.objectContaining({ id: 'troponin', flag: 'high', text: 'Elevated' }),
    );
    expect(record.investigations).toContainEqual(
      expect.objectContaining({ id: 'chest-xray', flag: 'normal' }),
    );
    expect(record.history.conditions.map((c) => [c.id, c.sinceYears])).toEqual([
      ['hypertension', 8],
      ['type-2-diabetes', 5],
    ]);
    expect(record.history.medications).toEqual([
      expect.objectContaining({ id: 'metformin', dose: '500 mg', frequency: 'twice daily' }),
      expect.objectContaining({ id: 'ramipril', dose: 'as prescribed', frequency: 'as prescribed' }),
    ]);
    expect(record.history.social.smoking).toEqual({
      status: 'current',
      perDay: 20,
      years: 30,
      packYears: 30,
    });
    expect(record.history.social.alcoholUnitsPerWeek).toBe(28);
    expect(warnings).toContainEqual(expect.stringContaining('"Pain radiating to the left arm"'));
  });

  it('GIVEN the respiratory case with vitals as one string and a past history object THEN both are read', () => {
    const { record } = converted(1);
    expect(record.condition.id).toBe('pneumothorax');
    expect(record.presentation.chiefComplaint).toBe('breathlessness');
    expect(record.presentation.symptoms.map((s) => s.id)).toContain('chest-pain');
    expect(record.presentation.negatives).toEqual(expect.arrayContaining(['cough', 'fever', 'haemoptysis']));
    expect(record.vitals).toEqual({
      heartRate: 104,
      systolic: 118,
      diastolic: 76,
      respiratoryRate: 24,
      spo2: 93,
      temperature: 36.9,
    });
    expect(record.examination.every((e) => e.system === 'respiratory')).toBe(true);
    expect(record.history.surgeries).toEqual([
      expect.objectContaining({ id: 'appendicectomy', yearsAgo: 10 }),
    ]);
    expect(record.history.allergies).toEqual([
      { id: 'penicillin', substance: 'Penicillin', reaction: 'rash' },
    ]);
    expect(record.history.social.smoking).toEqual({ status: 'current', perDay: 10, years: 6, packYears: 3 });
    expect(record.investigations.map((t) => t.id)).toEqual(
      expect.arrayContaining(['chest-xray', 'abg-ph', 'abg-pao2']),
    );
  });

  it('GIVEN a diagnosis outside the knowledge base THEN it is kept as an imported condition and every default is a warning', () => {
    const { record, warnings } = converted(2);
    expect(record.condition).toEqual({
      id: 'imported-acute-appendicitis',
      name: 'Acute appendicitis',
      icd10: { system: 'urn:patient-zero:unknown', code: 'unknown', display: 'Acute appendicitis' },
    });
    expect(record.vitals.heartRate).toBe(112);
    expect(record.vitals.spo2).toBe(98);
    expect(record.investigations).toContainEqual(
      expect.objectContaining({ id: 'white-cell-count', flag: 'high' }),
    );
    expect(record.investigations).toContainEqual(
      expect.objectContaining({ id: 'imported-ultrasound-abdomen', flag: 'abnormal' }),
    );
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"Acute appendicitis" is not in the knowledge base'),
        expect.stringContaining('heart rate given only as "Tachycardic"'),
        expect.stringContaining('no oxygen saturation'),
        expect.stringContaining('smoking: not mentioned'),
        expect.stringContaining('Ultrasound abdomen'),
      ]),
    );
  });

  it('GIVEN a name in the source text THEN no record carries it, and the made-up name depends only on the case index', () => {
    expect(sampleText).toContain('Maria Lopez');
    const again = importSample();
    for (const i of [0, 1, 2]) {
      const json = JSON.stringify(converted(i).record);
      expect(json).not.toMatch(/Maria|Lopez/);
      const second = again[i];
      expect(second?.result.ok && JSON.stringify(second.result.value.record)).toBe(json);
    }
  });
});
