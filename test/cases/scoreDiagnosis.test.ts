import { beforeAll, describe, expect, it } from 'vitest';
import { scoreDiagnosis } from '../../src/cases/scoreDiagnosis.ts';
import { loadOntology } from '../../src/ontology/loadOntology.ts';
import type { Ontology } from '../../src/ontology/Ontology.ts';

let ontology: Ontology;
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
      expect(scoreDiagnosis(text, 'stemi', ontology), text).toMatchObject({ verdict: 'correct', score: 1 });
    }
  });

  it('GIVEN a neighbouring diagnosis one letter away THEN it is read as that diagnosis, not as a typo', () => {
    const nstemi = scoreDiagnosis('NSTEMI', 'stemi', ontology);
    expect(nstemi.verdict).not.toBe('correct');
    expect(nstemi.matched?.toLowerCase()).toContain('non');
  });

  it('GIVEN one of the listed differentials THEN it scores half', () => {
    const differential = ontology.condition('stemi')?.differentials[0] ?? '';
    const name = ontology.diagnosisNames(differential)[0] ?? '';
    expect(scoreDiagnosis(name, 'stemi', ontology)).toMatchObject({ verdict: 'differential', score: 0.5 });
  });

  it('GIVEN something unrelated THEN it is incorrect', () => {
    expect(scoreDiagnosis('ingrown toenail', 'stemi', ontology)).toMatchObject({
      verdict: 'incorrect',
      score: 0,
    });
    expect(scoreDiagnosis('', 'stemi', ontology).verdict).toBe('incorrect');
  });
});
