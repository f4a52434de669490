import { describe, expect, it } from 'vitest';
import { understand } from '../../src/dialogue/understand.ts';
import { coverageKey } from '../../src/domain/query.ts';
import { knowledge } from './knowledge.ts';

const { lexicon } = knowledge();
const keys = (text: string, focus: { symptom?: string; topic?: string } = {}): string[] =>
  understand(text, focus, lexicon).map(coverageKey);
const TRAVEL = ['exposure:long-haul-travel', 'exposure:foreign-travel'];

describe('understand: terms matched as people write them', () => {
  it('GIVEN small words between the words of a term THEN still finds the term', () => {
    expect(keys('Has your heart been racing?')).toEqual(['symptom:palpitations']);
    expect(keys('Any swelling around your ankles?')).toEqual(['symptom:ankle-swelling']);
  });

  it('GIVEN a two-word term in the other order THEN finds it, unless one word is the symptom itself', () => {
    expect(keys('Have your stools been black?')).toEqual(['symptom:melaena']);
    expect(keys('Is your cough dry?')).toEqual(['symptom:cough/character']);
  });

  it('GIVEN a yes/no question describing the symptom THEN asks about the symptom, not an attribute', () => {
    expect(keys('Have your stools been black and sticky?')).toEqual(['symptom:melaena']);
    expect(keys('Do you feel full very quickly when you eat?')).toEqual(['symptom:early-satiety']);
    expect(keys('Is your cough worse at night?')).toEqual(['symptom:cough/timing']);
  });

  it('GIVEN two symptoms where one describes the other THEN keeps the more specific one only', () => {
    expect(keys('How many pillows do you need to sleep on?')).toEqual(['symptom:orthopnoea']);
    expect(keys('Any pain over your sinuses?')).toEqual(['symptom:facial-pain']);
    expect(keys('Any nausea, vomiting or sweating?')).toEqual([
      'symptom:nausea',
      'symptom:vomiting',
      'symptom:sweating',
    ]);
  });

  it('GIVEN a list of body parts THEN reads the term for each ("weakness in your face, arms or legs")', () => {
    expect(keys('Any weakness in your face, arms or legs?').sort()).toEqual([
      'symptom:arm-weakness',
      'symptom:facial-weakness',
      'symptom:leg-weakness',
    ]);
  });

  it('GIVEN a negated or graded term THEN matches it only word for word ("not passing much urine")', () => {
    expect(keys('Any problems passing urine?')).toEqual(['ros:genitourinary']);
  });
});

describe('understand: a symptom in a setting', () => {
  it('GIVEN breathlessness with a setting THEN reads the refined symptom', () => {
    expect(keys('Do you get out of breath climbing the stairs?')).toEqual([
      'symptom:exertional-breathlessness',
    ]);
    expect(keys('Are you able to lie flat without getting breathless?')).toEqual(['symptom:orthopnoea']);
    expect(keys('Do you ever wake up choking for breath?')).toEqual([
      'symptom:paroxysmal-nocturnal-dyspnoea',
    ]);
    expect(keys('Did you nearly pass out?')).toEqual(['symptom:pre-syncope']);
  });

  it('GIVEN two settings THEN the nearest decides ("breathless when you lie down at night")', () => {
    expect(keys('Are you breathless when you lie down at night?')).toEqual(['symptom:orthopnoea']);
  });

  it('GIVEN the setting makes it worse THEN asks about the base symptom', () => {
    expect(keys('Does the breathlessness get worse when you walk?')).toEqual([
      'symptom:breathlessness/exacerbating',
    ]);
  });

  it('GIVEN the setting is a list item THEN keeps every item ("any cough, phlegm or blood?")', () => {
    expect(keys('Any cough, phlegm or blood?')).toEqual([
      'symptom:cough',
      'symptom:sputum',
      'symptom:haemoptysis',
    ]);
  });

  it('GIVEN "X before you get Y" THEN X is the setting of Y', () => {
    expect(keys('How far can you walk before you get chest pain?')).toEqual([
      'symptom:chest-pain/exacerbating',
    ]);
  });

  it('GIVEN a time word that is part of the symptom THEN asks no timing ("how many pillows at night")', () => {
    expect(keys('How many pillows do you sleep on at night?')).toEqual(['symptom:orthopnoea']);
    expect(keys('Is your cough worse at night?')).toEqual(['symptom:cough/timing']);
  });
});

describe('understand: words shared between meanings', () => {
  it('GIVEN a term of two symptoms THEN reads both, unless the question names one', () => {
    expect(keys('Any indigestion?').sort()).toEqual(['symptom:epigastric-discomfort', 'symptom:heartburn']);
    expect(keys('Any heartburn or indigestion?')).toEqual(['symptom:heartburn']);
    expect(keys('Any shivers or shakes?')).toEqual(['symptom:rigors']);
  });

  it('GIVEN a movement whose subject is the patient THEN it is not the pain spreading', () => {
    expect(keys('Have you travelled anywhere recently?')).toEqual(TRAVEL);
    expect(keys('Is it worse when you move around?', { symptom: 'chest-pain' })).toEqual([
      'symptom:chest-pain/exacerbating',
    ]);
    expect(keys('Does the pain travel anywhere?', { symptom: 'chest-pain' })).toEqual([
      'symptom:chest-pain/radiation',
    ]);
  });

  it('GIVEN a topic word inside a symptom phrase THEN it is the symptom ("pins and needles")', () => {
    expect(keys('Any pins and needles or numbness?')).toEqual([
      'symptom:pins-and-needles',
      'symptom:numbness',
    ]);
  });

  it('GIVEN a name used as a modifier THEN it names nothing ("flu jab")', () => {
    expect(keys('Have you had your flu jab this year?')).toEqual(['unknown']);
  });

  it("GIVEN a relative with a disease THEN it is family history, not the patient's exposure", () => {
    expect(keys('Anyone in your family had lung cancer?').every((k) => k.startsWith('family'))).toBe(true);
    expect(keys('Has anyone around you had a cough or cold?')).toEqual(['exposure:sick-contacts']);
  });

  it('GIVEN a treatment asked for a condition THEN it is a medication question', () => {
    expect(keys('Do you take anything for your blood pressure?')).toEqual(['medications']);
  });
});

describe('understand: what a question asks about a symptom', () => {
  it('GIVEN "makes it better or worse" THEN asks both modifiers; "getting better or worse" the course', () => {
    expect(keys('What makes it better or worse?', { symptom: 'chest-pain' }).sort()).toEqual([
      'symptom:chest-pain/exacerbating',
      'symptom:chest-pain/relieving',
    ]);
    expect(keys('Is it getting better or worse?', { symptom: 'chest-pain' })).toEqual([
      'symptom:chest-pain/timing',
    ]);
  });

  it('GIVEN a question about earlier episodes THEN asks the timing', () => {
    expect(keys('Have you ever had pain like this before?', { symptom: 'chest-pain' })).toEqual([
      'symptom:chest-pain/timing',
    ]);
    expect(keys('Have you had a heart attack before?')).toEqual(['pmh:ischaemic-heart-disease']);
  });

  it('GIVEN an acknowledgement that only tells THEN it is empathy, not a severity question', () => {
    expect(keys("I can see you're in a lot of pain, we'll get you something for it soon.")).toEqual([
      'empathy',
    ]);
  });

  it("GIVEN a bare fragment after a question THEN it continues that question's subject", () => {
    expect(keys('How are your bowels? Any change?')).toEqual([
      'ros:gastrointestinal',
      'symptom:change-in-bowel-habit',
    ]);
    expect(keys('Where is the pain? Any other?', { symptom: 'chest-pain' })).toEqual([
      'symptom:chest-pain/site',
    ]);
  });
});
