import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/dialogue/normalizeText.ts';
import { painSiteIn } from '../../src/dialogue/painSites.ts';
import { understand } from '../../src/dialogue/understand.ts';
import { coverageKey } from '../../src/domain/query.ts';
import { knowledge } from './knowledge.ts';

const { lexicon } = knowledge();
const keys = (text: string, focus: { symptom?: string; topic?: string } = {}): string[] =>
  understand(text, focus, lexicon).map(coverageKey);
const TRAVEL = ['exposure:long-haul-travel', 'exposure:foreign-travel'];

describe('understand: shorthand', () => {
  it('GIVEN "+" or "&" between two words THEN reads "and"', () => {
    expect(normalizeText('smoking + alcohol?')).toBe('smoking and alcohol?');
    expect(keys('meds & allergies?')).toEqual(['medications', 'allergies']);
  });

  it('GIVEN "ur" or "your" before a state, or "uve" THEN "you are", "you have"', () => {
    expect(normalizeText('when ur tired')).toBe('when you are tired');
    expect(normalizeText('your not pregnant')).toBe('you are not pregnant');
    expect(normalizeText('how is ur chest')).toBe('how is your chest');
    expect(keys('how long uve had it?', { symptom: 'cough' })).toEqual(['symptom:cough/duration']);
  });

  it('GIVEN txt-speak "wats" and the "DH" abbreviation THEN spells them out', () => {
    expect(normalizeText('wats the pain like')).toBe('what is the pain like');
    expect(keys('DH?')).toEqual(['medications']);
  });
});

describe('understand: a bare pain standing for the symptom in focus', () => {
  it('GIVEN a focus symptom whose terms name a pain THEN "the pain" is that symptom', () => {
    expect(keys('How bad is the pain out of ten?', { symptom: 'dysuria' })).toEqual([
      'symptom:dysuria/severity',
    ]);
  });

  it('GIVEN a body part and a pain cue with nothing else THEN the pain of that part', () => {
    expect(painSiteIn('how bad is the throat', lexicon.symptoms)).toBe('sore-throat');
    expect(painSiteIn('has it come back', lexicon.symptoms)).toBeUndefined();
    expect(keys('How severe is the chest today?')).toEqual(['symptom:chest-pain/severity']);
  });
});

describe('understand: what a circumstance does, and to which symptom', () => {
  it('GIVEN two circumstances "when you X or Y" THEN both are circumstances, not symptoms', () => {
    expect(keys('Is it worse when you bend or cough?', { symptom: 'back-pain' })).toEqual([
      'symptom:back-pain/exacerbating',
    ]);
  });

  it('GIVEN a symptom that eases the one in focus THEN it is the relieving factor', () => {
    expect(keys('Does passing wind help it?', { symptom: 'abdominal-pain' })).toEqual([
      'symptom:abdominal-pain/relieving',
    ]);
  });
});

describe('understand: follow-ups leaning on the focus', () => {
  it('GIVEN the family under discussion THEN an illness asked of "he" or "they" is the family history', () => {
    expect(keys('Is your father still alive? Did he have diabetes?')).toEqual(['family']);
    expect(keys('Have you got diabetes?', { topic: 'family' })).toEqual(['pmh:type-2-diabetes']);
  });

  it('GIVEN when or how long next to an exposure and no symptom THEN it asks about the exposure', () => {
    expect(keys('How long was the flight home?')).toEqual(TRAVEL);
    expect(keys('How long was the cough there?')).toEqual(['symptom:cough/duration']);
  });

  it('GIVEN a reflection opening the message and a new question after it THEN a summary and the question', () => {
    expect(keys('So two weeks of a cough and feeling hot. And have you lost any weight?')).toEqual([
      'summary',
      'symptom:weight-loss',
    ]);
  });
});

describe('understand: unknown rather than a confident wrong topic', () => {
  it('GIVEN a textbook question about a dose or a mechanism THEN unknown, not a medication', () => {
    expect(keys('What is the dose of amoxicillin for pneumonia?')).toEqual(['unknown']);
    expect(keys('What dose of ramipril are you taking?')).toEqual(['medications:ramipril']);
  });

  it('GIVEN a worry about the habit (CAGE) THEN the habit, not a concern or anxiety', () => {
    expect(keys('Do you ever worry about how much you drink?')).toEqual(['alcohol']);
  });
});

describe('understand: examples and look-alikes', () => {
  it('GIVEN examples after "like" joined by "or" THEN each is an example, not a symptom asked', () => {
    expect(
      keys(
        'When you get the headache do you notice anything else, like flashing lights in your eyes or feeling sick?',
        {
          symptom: 'headache',
        },
      ),
    ).toEqual(['symptom:headache/associated']);
  });

  it('GIVEN allergens listed after an allergy question THEN they illustrate it, they ask nothing', () => {
    expect(keys('Any allergies? Pollen, nuts, drugs?')).toEqual(['allergies']);
  });

  it('GIVEN words that only look like a topic THEN not that topic', () => {
    // spells of time are no menstrual periods; living with family is the household, not its history
    expect(keys('Any periods where you were laid up in bed?')).toEqual(['exposure:immobilisation']);
    expect(keys('Do you live with your family?')).toEqual(['living']);
    // "people your age" compares, it asks no age; a reaction to injections is no drug use
    expect(keys('Are you slowing down compared to people your age?')).not.toContain('identity');
    expect(keys('Any bad reaction to injections?')).toEqual(['allergies']);
  });
});
