import { describe, expect, it } from 'vitest';
import { composeOpeningWords } from '../../src/generate/composeOpeningWords.ts';
import { describeAgo } from '../../src/text/describeAgo.ts';
import { namesOtherSite } from '../../src/text/namesOtherSite.ts';

describe('composeOpeningWords', () => {
  it('GIVEN a start time THEN says it in words, the way people round it', () => {
    expect(composeOpeningWords("I've got this pain in my chest.", { value: 42, unit: 'hours' })).toBe(
      "I've got this pain in my chest. It started about two days ago.",
    );
    expect(composeOpeningWords('My chest hurts', { value: 71, unit: 'hours' })).toBe(
      'My chest hurts. It started about three days ago.',
    );
    expect(composeOpeningWords('My chest hurts', { value: 1, unit: 'hours' })).toBe(
      'My chest hurts. It started about an hour ago.',
    );
    expect(composeOpeningWords('I cough', { value: 90, unit: 'minutes' })).toBe(
      'I cough. It started about an hour and a half ago.',
    );
    expect(composeOpeningWords('I cough', { value: 21, unit: 'days' })).toBe(
      "I cough. It's been going on for about three weeks now.",
    );
    expect(composeOpeningWords('I cough', { value: 3, unit: 'months' })).toBe(
      "I cough. It's been going on for about three months now.",
    );
  });

  it('GIVEN any start time THEN the opening words use the same phrase as later answers, never 71 hours', () => {
    for (const unit of ['minutes', 'hours', 'days', 'weeks', 'months'] as const) {
      for (let value = 1; value <= 120; value++) {
        const words = composeOpeningWords('I cough', { value, unit });
        expect(words).not.toMatch(/\b(2[4-9]|[3-9]\d|\d{3,}) hours|\b(1[4-9]|[2-9]\d) days|\b\d{3,}\b/);
        if (words.includes('started')) expect(words).toContain(describeAgo({ value, unit }));
      }
    }
  });

  it('GIVEN no start time THEN says only the complaint', () => {
    expect(composeOpeningWords('I feel dizzy', undefined)).toBe('I feel dizzy.');
  });

  it('GIVEN a lay phrasing naming another site than the record’s THEN namesOtherSite says so', () => {
    expect(namesOtherSite('I have a pain in my chest.', 'between my shoulder blades')).toBe(true);
    expect(namesOtherSite('I have a pain in my chest.', 'right in the middle of my chest')).toBe(false);
    expect(namesOtherSite('It hurts.', 'in my back')).toBe(false);
    expect(namesOtherSite('I have a pain in my chest.', undefined)).toBe(false);
  });

  it('GIVEN joints, hands and feet THEN they are sites too (no aching knees and hands for sore ankles)', () => {
    expect(namesOtherSite('My knees and hands ache all the time.', 'in both ankles')).toBe(true);
    expect(namesOtherSite('My ankles are so swollen I can hardly walk.', 'in both ankles')).toBe(false);
    expect(namesOtherSite('My fingers go white in the cold.', 'in my hands')).toBe(false);
    expect(namesOtherSite('My joints are really painful.', 'in both ankles')).toBe(false);
  });
});
