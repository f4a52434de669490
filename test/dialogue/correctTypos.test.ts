import { describe, expect, it } from 'vitest';
import { correctTypo } from '../../src/dialogue/correctTypos.ts';
import { editDistance } from '../../src/dialogue/editDistance.ts';
import { knowledge } from './knowledge.ts';

const { lexicon } = knowledge();
const fix = (word: string): string => correctTypo(word, lexicon.typos).word;

describe('editDistance', () => {
  it('GIVEN a common slip THEN costs half an edit (vowel for vowel, doubled letter, swap, silent h)', () => {
    expect(editDistance('medecine', 'medicine', 2)).toBe(0.5);
    expect(editDistance('vomitting', 'vomiting', 2)).toBe(0.5);
    expect(editDistance('naseau', 'nausea', 2)).toBe(1);
    expect(editDistance('alchohol', 'alcohol', 2)).toBe(0.5);
  });

  it('GIVEN any other letter changed THEN costs a whole edit, and a vowel swap does too when asked to', () => {
    expect(editDistance('plain', 'pain', 2)).toBe(1);
    expect(editDistance('lock', 'lack', 2, true)).toBe(1);
  });

  it('GIVEN a distance beyond the limit THEN stops early with more than the limit', () => {
    expect(editDistance('station', 'cardiology', 1)).toBeGreaterThan(1);
    expect(editDistance('overnight', 'overweight', 1)).toBeGreaterThan(1);
  });
});

describe('correctTypo', () => {
  it('GIVEN two cheap slips in a short word THEN corrects it ("diahrea", "hedache")', () => {
    expect(fix('diahrea')).toBe('diarrhea');
    expect(fix('hedache')).toBe('headache');
    expect(fix('cheast')).toBe('chest');
    // two letters swapped in a short body word
    expect(fix('chets')).toBe('chest');
    expect(fix('heamoptysis')).toMatch(/^ha?emoptysis$/);
  });

  it('GIVEN an everyday word near a vocabulary word THEN leaves it alone', () => {
    for (const word of ['overnight', 'plain', 'steep', 'quiet', 'shallow', 'blank'])
      expect(fix(word)).toBe(word);
  });
});
