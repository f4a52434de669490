import { describe, expect, it } from 'vitest';
import { mrChestPain, msBreathless } from '../fixtures/patients.ts';
import { check, codes } from './replyFixtures.ts';

const unsupported = (reply: string, record = mrChestPain) =>
  codes(check(record, reply)).filter((c) => c.startsWith('unsupported/'));

describe('unsupported: new clinical claims', () => {
  it.each([
    ['a new symptom', "I've also had terrible headaches.", 'unsupported/new_symptom'],
    ['another new symptom', 'And my joints are really painful.', 'unsupported/new_symptom'],
    ['a new medicine', 'I also take metformin every day.', 'unsupported/new_medication'],
    ['a new condition', "I've got asthma as well.", 'unsupported/new_condition'],
    ['a new operation', 'I had my gallbladder out a few years back.', 'unsupported/new_surgery'],
    ['a new family history', 'My brother had a stroke at fifty.', 'unsupported/new_family_history'],
  ])('GIVEN %s THEN it is refused', (_, reply, code) => {
    expect(unsupported(reply)).toContain(code);
  });

  it.each([
    "I'm really worried, to be honest.",
    'My wife has been getting headaches, mind.',
    'I take ramipril for my blood pressure.',
    "I've got high blood pressure.",
    "I'm not sure what's causing it.",
    'It gets worse when I move about.',
  ])('GIVEN a reply within the record (%s) THEN no new claim', (reply) => {
    expect(unsupported(reply)).toEqual([]);
  });

  it('GIVEN a symptom word inside the record’s own story THEN repeating the story is not a new claim', () => {
    // msBreathless: chest pain "worse when I take a deep breath in or cough"
    expect(unsupported('The pain is worse when I take a deep breath in or cough.', msBreathless)).toEqual([]);
    expect(unsupported("I've also got a nasty cough.", msBreathless)).toContain('unsupported/new_symptom');
  });
});
