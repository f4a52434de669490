import type { Observation } from '@medplum/fhirtypes';
import { describe, expect, it } from 'vitest';
import { toFhirBundle } from '../../src/export/toFhirBundle.ts';
import { generatePatients } from '../../src/generate/generatePatients.ts';
import { tinyOntology } from './tinyOntology.ts';

const tiny = tinyOntology();
const records = [...generatePatients(tiny, { specialty: 'cardiology', seed: 'fhir', count: 200 })].flatMap(
  (i) => (i.ok ? [i.value.record] : []),
);

describe('toFhirBundle', () => {
  it('GIVEN a record THEN the bundle holds one resource per fact, each tagged as test data', () => {
    for (const r of records) {
      const bundle = toFhirBundle(r, { ontology: tiny });
      const types = (bundle.entry ?? []).map((e) => e.resource?.resourceType);
      expect(bundle.type).toBe('collection');
      expect(types.filter((t) => t === 'Patient')).toHaveLength(1);
      expect(types.filter((t) => t === 'AllergyIntolerance')).toHaveLength(r.history.allergies.length);
      expect(types.filter((t) => t === 'MedicationStatement')).toHaveLength(r.history.medications.length);
      expect(types.filter((t) => t === 'FamilyMemberHistory')).toHaveLength(r.history.family.length);
      // diagnosis + symptoms + past conditions
      expect(types.filter((t) => t === 'Condition')).toHaveLength(
        1 + r.presentation.symptoms.length + r.history.conditions.length,
      );
      for (const e of bundle.entry ?? []) {
        expect(e.resource?.meta?.security?.[0]?.code).toBe('HTEST');
        expect(e.fullUrl).toBe(`urn:uuid:${e.resource?.id}`);
      }
    }
  });

  it('GIVEN vitals THEN they are LOINC vital-sign observations with UCUM units, blood pressure as a panel', () => {
    const r = records[0];
    if (!r) throw new Error('no record');
    const obs = (toFhirBundle(r).entry ?? []).flatMap((e) =>
      e.resource?.resourceType === 'Observation' ? [e.resource] : [],
    );
    const byCode = new Map(obs.map((o) => [o.code.coding?.[0]?.code, o]));
    expect(byCode.get('8867-4')?.valueQuantity).toEqual({
      value: r.vitals.heartRate,
      unit: 'beats/minute',
      system: 'http://unitsofmeasure.org',
      code: '/min',
    });
    expect(byCode.get('85354-9')?.component?.map((c) => c.valueQuantity?.value)).toEqual([
      r.vitals.systolic,
      r.vitals.diastolic,
    ]);
    expect(byCode.get('8310-5')?.valueQuantity?.code).toBe('Cel');
  });

  it('GIVEN results THEN each carries its value or report, reference range and interpretation flag', () => {
    const r = records.find((x) => x.investigations.some((i) => i.id === 'troponin' && i.flag === 'high'));
    if (!r) throw new Error('no record with a high troponin');
    const trop = (toFhirBundle(r, { ontology: tiny }).entry ?? [])
      .map((e) => e.resource)
      .find(
        (res): res is Observation =>
          res?.resourceType === 'Observation' && res.code.coding?.[0]?.code === 'troponin',
      );
    expect(trop?.interpretation?.[0]?.coding?.[0]?.code).toBe('H');
    expect(trop?.referenceRange?.[0]?.high?.value).toBeGreaterThan(0);
    expect(trop?.category?.[0]?.coding?.[0]?.code).toBe('laboratory');
  });

  it('GIVEN the same record twice THEN the bundle is identical; asOf adds a birth year', () => {
    const r = records[1];
    if (!r) throw new Error('no record');
    expect(JSON.stringify(toFhirBundle(r))).toBe(JSON.stringify(toFhirBundle(structuredClone(r))));
    const birthDate = (bundle: ReturnType<typeof toFhirBundle>): string | undefined => {
      const patient = bundle.entry?.[0]?.resource;
      return patient?.resourceType === 'Patient' ? patient.birthDate : 'not a patient';
    };
    expect(birthDate(toFhirBundle(r, { asOf: '2025-06-01' }))).toBe(String(2025 - r.demographics.age));
    expect(birthDate(toFhirBundle(r))).toBeUndefined();
  });

  it('GIVEN an ICD-10 system written by name THEN the bundle uses the FHIR canonical URI', () => {
    const r = records[2];
    if (!r) throw new Error('no record');
    const named = structuredClone(r);
    named.condition.icd10.system = 'ICD-10';
    expect(JSON.stringify(toFhirBundle(named))).toContain(
      '"system":"http://hl7.org/fhir/sid/icd-10","code":"I2',
    );
    named.condition.icd10.system = 'ICD-10-CM';
    expect(JSON.stringify(toFhirBundle(named))).toContain('"system":"http://hl7.org/fhir/sid/icd-10-cm"');
  });

  it('GIVEN an ontology THEN past conditions carry their ICD-10 codes', () => {
    const r = records.find((x) => x.history.conditions.some((c) => c.id === 'hypertension'));
    if (!r) throw new Error('no hypertensive patient');
    const text = JSON.stringify(toFhirBundle(r, { ontology: tiny }));
    expect(text).toContain('"code":"I10"');
  });
});
