import { describe, expect, it } from 'vitest';
import { findSymptoms, matchSymptomLine } from '../../src/import/findSymptoms.ts';
import { mapInvestigations } from '../../src/import/mapInvestigations.ts';
import { ontology } from './agentClinicSample.ts';

describe('reading symptoms from case prose', () => {
  it('GIVEN "Denies X, but reports Y" THEN X is a denial and Y a symptom', () => {
    expect(findSymptoms('Denies cough, but reports a fever and malaise.', ontology)).toEqual({
      present: ['fever', 'fatigue'],
      negated: ['cough'],
    });
  });

  it('GIVEN a past or resolved mention THEN it is neither present nor denied; a dated complaint still counts', () => {
    expect(findSymptoms('History of rash during antibiotic treatment. The rash resolved.', ontology)).toEqual(
      { present: [], negated: [] },
    );
    expect(findSymptoms('A 1-month history of double vision.', ontology).present).toEqual(['double-vision']);
  });

  it('GIVEN a longer and a shorter term overlapping THEN the longer wins ("double vision", not any visual disturbance)', () => {
    expect(matchSymptomLine('Double vision', ontology).present).toEqual(['double-vision']);
  });

  it('GIVEN a misspelt short symptom line THEN the closest symptom is found', () => {
    expect(matchSymptomLine('Palpitatons', ontology).present).toEqual(['palpitations']);
  });
});

describe('reading test results', () => {
  it('GIVEN glucose under a urine test THEN it is part of the urinalysis, not the plasma glucose', () => {
    const { investigations } = mapInvestigations(
      { Urine_Test: { Glucose: 'Negative' }, Blood_Tests: { Glucose: '5.2 mmol/L' } },
      ontology,
    );
    expect(investigations).toEqual([
      { id: 'urine-dipstick', name: expect.any(String), text: 'Glucose: Negative', flag: 'normal' },
      { id: 'glucose', name: expect.any(String), text: '5.2 mmol/L', flag: 'normal' },
    ]);
  });

  it('GIVEN a test the knowledge base lacks THEN its results are kept together under an imported id', () => {
    const { investigations, unmatched } = mapInvestigations(
      { TORCH_Screen: { Rubella_IgM: 'Positive', Others: 'Negative' } },
      ontology,
    );
    expect(investigations).toEqual([
      {
        id: 'imported-torch-screen',
        name: 'TORCH screen',
        text: 'Rubella IgM: Positive; Others: Negative',
        flag: 'abnormal',
      },
    ]);
    expect(unmatched).toEqual(['TORCH screen']);
  });
});
