import { describe, expect, it } from 'vitest';
import { matchName, rankNames } from '../../src/text/matchName.ts';

const tests = [
  { id: 'troponin', names: ['High-sensitivity troponin I', 'trop', 'hs-cTnI'] },
  { id: 'ecg', names: ['12-lead ECG', 'electrocardiogram', 'EKG'] },
  { id: 'chest-xray', names: ['Chest X-ray', 'CXR', 'chest radiograph'] },
];

describe('matchName', () => {
  it('GIVEN an exact alias in any case THEN it matches with score 1', () => {
    expect(matchName('ekg', tests)).toMatchObject({ id: 'ecg', score: 1 });
    expect(matchName('CXR', tests)).toMatchObject({ id: 'chest-xray', score: 1 });
  });

  it('GIVEN a typo or punctuation difference THEN it still finds the test', () => {
    expect(matchName('tropnin', tests)?.id).toBe('troponin');
    expect(matchName('chest x ray', tests)?.id).toBe('chest-xray');
    expect(matchName('electrocardiagram', tests)?.id).toBe('ecg');
  });

  it('GIVEN nonsense THEN nothing matches, and ranking is still stable and complete', () => {
    expect(matchName('unobtainium scan', tests)).toBeUndefined();
    expect(rankNames('zzz', tests).map((m) => m.id)).toHaveLength(3);
  });
});
