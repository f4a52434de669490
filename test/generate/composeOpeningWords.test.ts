import { describe, expect, it } from 'vitest';
import { composeOpeningWords } from '../../src/generate/composeOpeningWords.ts';

describe('composeOpeningWords', () => {
  it('GIVEN a start time THEN says it the way people round it', () => {
    expect(composeOpeningWords("I've got this pain in my chest.", { value: 42, unit: 'hours' })).toBe(
      "I've got this pain in my chest. It started about 2 days ago.",
    );
    expect(composeOpeningWords('My chest hurts', { value: 1, unit: 'hours' })).toBe(
      'My chest hurts. It started about an hour ago.',
    );
    expect(composeOpeningWords('I cough', { value: 90, unit: 'minutes' })).toBe(
      'I cough. It started about 2 hours ago.',
    );
    expect(composeOpeningWords('I cough', { value: 21, unit: 'days' })).toBe(
      "I cough. It's been going on for about 3 weeks now.",
    );
    expect(composeOpeningWords('I cough', { value: 3, unit: 'months' })).toBe(
      "I cough. It's been going on for about 3 months now.",
    );
  });

  it('GIVEN no start time THEN says only the complaint', () => {
    expect(composeOpeningWords('I feel dizzy', undefined)).toBe('I feel dizzy.');
  });
});
