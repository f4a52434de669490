import { beforeAll, describe, expect, it } from 'vitest';
import { scoreDiagnosis } from '../../src/cases/scoreDiagnosis.ts';
import { loadOntology } from '../../src/ontology/loadOntology.ts';
import type { Ontology } from '../../src/ontology/Ontology.ts';

let ontology: Ontology;
const STEMI = { id: 'stemi', name: 'ST-elevation myocardial infarction' };
beforeAll(() => {
  ontology = loadOntology().ontology;
});

describe('scoreDiagnosis', () => {
  it('GIVEN the condition by name, synonym, abbreviation or with a typo THEN it is correct', () => {
    for (const text of [
      'ST-elevation myocardial infarction',
      'heart attack',
      'STEMI',
      'inferior stemi',
      'myocardial infraction',
    ]) {
      expect(scoreDiagnosis(text, STEMI, ontology), text).toMatchObject({ verdict: 'correct', score: 1 });
    }
  });

  it('GIVEN a neighbouring diagnosis one letter away THEN it is read as that diagnosis, not as a typo', () => {
    const nstemi = scoreDiagnosis('NSTEMI', STEMI, ontology);
    expect(nstemi.verdict).not.toBe('correct');
    expect(nstemi.matched?.toLowerCase()).toContain('non');
  });

  it('GIVEN one of the listed differentials THEN it scores half', () => {
    const differential = ontology.condition('stemi')?.differentials[0] ?? '';
    const name = ontology.diagnosisNames(differential)[0] ?? '';
    expect(scoreDiagnosis(name, STEMI, ontology)).toMatchObject({ verdict: 'differential', score: 0.5 });
  });

  it('GIVEN a case imported with a diagnosis the knowledge base lacks THEN its own name still scores', () => {
    const imported = { id: 'imported-acute-appendicitis', name: 'Acute appendicitis' };
    expect(scoreDiagnosis('acute apendicitis', imported, ontology)).toMatchObject({
      verdict: 'correct',
      score: 1,
    });
    expect(scoreDiagnosis('pneumothorax', imported, ontology).verdict).toBe('incorrect');
  });

  it('GIVEN something unrelated THEN it is incorrect', () => {
    expect(scoreDiagnosis('ingrown toenail', STEMI, ontology)).toMatchObject({
      verdict: 'incorrect',
      score: 0,
    });
    expect(scoreDiagnosis('', STEMI, ontology).verdict).toBe('incorrect');
  });
});
