import { describe, expect, it } from 'vitest';
import { understand } from '../../src/dialogue/understand.ts';
import { coverageKey } from '../../src/domain/query.ts';
import { knowledge } from './knowledge.ts';

const { lexicon } = knowledge();
const keys = (text: string, focus: { symptom?: string; topic?: string } = {}): string[] =>
  understand(text, focus, lexicon).map(coverageKey);

describe('understand', () => {
  it('reads an opening question', () => {
    expect(keys('What brings you in today?')).toEqual(['opening']);
    expect(keys("What's brought you to A&E?")).toEqual(['opening']);
  });

  it('reads a follow-up about the symptom in focus ("does it go anywhere?" after chest pain)', () => {
    expect(keys('Does it go anywhere?', { symptom: 'chest-pain' })).toEqual(['symptom:chest-pain/radiation']);
    expect(keys('What makes it worse?', { symptom: 'chest-pain' })).toEqual([
      'symptom:chest-pain/exacerbating',
    ]);
    expect(keys('How bad is it out of ten?', { symptom: 'chest-pain' })).toEqual([
      'symptom:chest-pain/severity',
    ]);
    expect(keys('When did it start?', { symptom: 'chest-pain' })).toEqual(['symptom:chest-pain/onset']);
    expect(keys('Is it there all the time?', { symptom: 'chest-pain' })).toEqual([
      'symptom:chest-pain/timing',
    ]);
  });

  it('names the symptom asked about when the question names it, whatever the focus', () => {
    expect(keys('How long have you had the cough?', { symptom: 'chest-pain' })).toEqual([
      'symptom:cough/duration',
    ]);
  });

  it('reads symptoms by clinical name and by lay phrasing', () => {
    for (const q of ['Are you short of breath?', 'Any trouble breathing?', 'Any dyspnoea?', 'Any SOB?']) {
      expect(keys(q), q).toEqual(['symptom:breathlessness']);
    }
    expect(keys('Do your ankles swell?')).toEqual(['symptom:ankle-swelling']);
    expect(keys('Have you been coughing up any blood?')).toEqual(['symptom:haemoptysis']);
    expect(keys('Do you get breathless when you lie flat?')).toEqual(['symptom:orthopnoea']);
  });

  it('splits a message with several questions into several queries', () => {
    expect(keys('Any fever or cough? And do you smoke?')).toEqual([
      'symptom:fever',
      'symptom:cough',
      'smoking',
    ]);
    expect(keys('Where is the pain and does it go anywhere?', { symptom: 'chest-pain' })).toEqual([
      'symptom:chest-pain/site',
      'symptom:chest-pain/radiation',
    ]);
  });

  it('reads a negated or tag question as the question it is', () => {
    expect(keys("You don't smoke, do you?")).toEqual(['smoking']);
    expect(keys('No allergies, is that right?')).toEqual(['allergies']);
  });

  it('tolerates typos and American spelling', () => {
    expect(keys('Any cheast pain?')).toEqual(['symptom:chest-pain']);
    expect(keys('how much alchohol do you drink')).toEqual(['alcohol']);
    expect(keys('Any hemoptysis?')).toEqual(['symptom:haemoptysis']);
    expect(keys('Have you traveled recently?')).toEqual([
      'exposure:long-haul-travel',
      'exposure:foreign-travel',
    ]);
  });

  it('keeps "how long have you smoked" a smoking question, not a symptom duration', () => {
    expect(keys('How long have you smoked for?', { symptom: 'chest-pain' })).toEqual(['smoking']);
  });

  it('continues a non-symptom topic for a bare follow-up ("how many a day?")', () => {
    expect(keys('How many a day?', { topic: 'smoking' })).toEqual(['smoking']);
  });

  it('reads the pain in "what have you taken for the pain" as relieving, not the medication list', () => {
    expect(keys('Have you taken anything for the pain?', { symptom: 'chest-pain' })).toEqual([
      'symptom:chest-pain/relieving',
    ]);
    expect(keys('Are you on any regular medications?')).toEqual(['medications']);
  });

  it('separates history from allergies and family from the patient', () => {
    expect(keys('Any allergies to medications?')).toEqual(['allergies']);
    expect(keys('Does anyone in your family have heart problems?').every((k) => k.startsWith('family'))).toBe(
      true,
    );
  });

  it('reads ideas, concerns, expectations, empathy and small talk', () => {
    expect(keys('What do you think is going on?')).toEqual(['ideas']);
    expect(keys('Is there anything worrying you?')).toEqual(['concerns']);
    expect(keys('What are you hoping for from today?')).toEqual(['expectations']);
    expect(keys("I'm sorry to hear that, that sounds awful.")).toEqual(['empathy']);
    expect(keys('Do you have any pets?')).toEqual(['smalltalk:pet']);
  });

  it('answers nonsense with one honest unknown query, never a guess', () => {
    const qs = understand('Purple monkey dishwasher', {}, lexicon);
    expect(qs).toHaveLength(1);
    expect(qs[0]?.topic).toBe('unknown');
    expect(qs[0]?.confidence).toBe(0);
  });

  it('ignores a bare acknowledgement', () => {
    expect(understand('Okay.', {}, lexicon)).toEqual([]);
  });

  it('keeps the words each query was read from', () => {
    const [q] = understand('Do you smoke?', {}, lexicon);
    expect(q?.span).toBe('do you smoke');
  });
});
