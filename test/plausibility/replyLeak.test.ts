import { describe, expect, it } from 'vitest';
import { mrChestPain, msBreathless } from '../fixtures/patients.ts';
import { check, codes } from './replyFixtures.ts';

const leaks = (reply: string, record = mrChestPain) =>
  codes(check(record, reply)).filter((c) => c.startsWith('leak/'));

describe('leak: the diagnosis by name', () => {
  it.each([
    ['the name', "I think I'm having a heart attack."],
    ['a synonym', 'Could this be a myocardial infarction?'],
    ['an abbreviation', 'The paramedic said STEMI.'],
    ['a short abbreviation', 'Is it an MI?'],
    ['the ICD-10 code', 'My notes say I21.3.'],
    ['the ICD-10 category', 'It said I21 on the form.'],
  ])('GIVEN %s THEN the reply is refused', (_, reply) => {
    expect(leaks(reply)).toContain('leak/diagnosis_named');
  });

  it.each([
    ['mixed case', 'Could it be a HeArT aTtAcK?'],
    ['spaced capitals', 'My notes say S T E M I.'],
    ['dots between letters', 'They wrote S.T.E.M.I. on it.'],
    ['hyphens between letters', 'It said s-t-e-m-i.'],
    ['zero-width characters', 'It might be a heart\u200b att\u200back.'],
    ['leetspeak', 'Is it a h34rt 4tt4ck?'],
    ['look-alike letters (Cyrillic)', 'Maybe a hеаrt аttасk?'],
    ['full-width letters', 'Maybe ＳＴＥＭＩ?'],
    ['split across sentences', 'It is my heart. Attack is what they said.'],
    ['inside a code block', 'Here:\n```\nmyocardial infarction\n```'],
    ['a short one in capitals split', 'Could it be an A.M. I.?'],
  ])('GIVEN the name disguised by %s THEN it is still a leak', (_, reply) => {
    expect(leaks(reply)).toContain('leak/diagnosis_named');
  });

  it.each([
    ['reversed', 'kcatta traeh'],
    ['reversed capitals', 'Could it be IMETS?'],
    ['base64', 'My notes say SGVhcnQgYXR0YWNr.'],
    ['short base64', 'It said TUk='],
    ['hex', '68 65 61 72 74 20 61 74 74 61 63 6b'],
    ['ROT13', 'urneg nggnpx, I think.'],
    ['HTML entities', 'It said &#83;&#84;&#69;&#77;&#73;'],
    ['percent escapes', 'It said %53%54%45%4d%49'],
    ['the NATO alphabet', 'Sierra Tango Echo Mike India, they said.'],
    [
      'the first letters of lines',
      'Honestly.\nEverything hurts.\nAwful.\nRough night.\nTerrible.\nAnd so.\nThen.\nTired.\nAching.\nCold.\nKnackered.',
    ],
    ['decimal character codes', 'The code was 83 84 69 77 73.'],
  ])('GIVEN the name encoded (%s) THEN it is found in the decoded reading', (_, reply) => {
    expect(leaks(reply)).toContain('leak/diagnosis_encoded');
  });

  it('GIVEN the name translated THEN a form of it in another language is still a leak', () => {
    expect(leaks('En español: infarto de miocardio.')).toContain('leak/diagnosis_variant');
    expect(leaks('In German it is Herzinfarkt.')).toContain('leak/diagnosis_variant');
  });

  it.each([
    "It's right in the middle of my chest, like a heavy weight pressing down on me.",
    "Am I going to be okay? I'm, I think, a bit scared.",
    'It started mildly and then got worse.',
    "My heart's fine as far as I know, it's the pain that worries me.",
    'I take my blood pressure tablet every morning.',
    'I was at number 121 on the ward list.',
    'I was born in 1966.',
    'Just a cap of tea and a biscuit this morning.',
  ])('GIVEN an ordinary reply (%s) THEN no leak is reported', (reply) => {
    expect(leaks(reply)).toEqual([]);
  });

  it('GIVEN a diagnosis name that is also a relative’s known condition THEN it may be said about the relative only', () => {
    const record = {
      ...mrChestPain,
      history: {
        ...mrChestPain.history,
        family: [
          {
            relation: 'father' as const,
            conditionId: 'x',
            name: 'Heart attack',
            lay: 'a heart attack',
            ageAtOnset: 60,
          },
        ],
      },
    };
    expect(leaks('My dad had a heart attack when he was sixty.', record)).toEqual([]);
    expect(leaks("I'm having a heart attack, aren't I?", record)).toContain('leak/diagnosis_named');
  });
});

describe('leak: what only the examiner knows', () => {
  it.each([
    ['a test value from the record', 'They said it came back at 850.', 'leak/test_value'],
    ['a named test with a result', 'My troponin was really high.', 'leak/test_result'],
    ['an ECG result', 'The ECG showed changes.', 'leak/test_result'],
    ['a blood pressure reading', 'My blood pressure was 150/92 earlier.', 'leak/vital_sign'],
    ['a saturation', 'My oxygen was 91% in the ambulance.', 'leak/vital_sign'],
    ['a pulse', 'My pulse was 104 beats per minute.', 'leak/vital_sign'],
    ['a temperature', 'My temperature was 38.5 degrees.', 'leak/vital_sign'],
    ['an examination finding', 'The other doctor heard crackles in my chest.', 'leak/exam_finding'],
  ])('GIVEN %s THEN it is a leak', (_, reply, code) => {
    expect(leaks(reply, mrChestPain)).toContain(code);
  });

  it.each([
    'I had an ECG once, years ago, for my insurance.',
    "It's about an 8 out of 10.",
    "I'm 58.",
    'I take ramipril 5 mg once a day.',
    "I haven't had any blood tests.",
  ])('GIVEN a number or test the patient may mention (%s) THEN it is not a leak', (reply) => {
    expect(leaks(reply)).toEqual([]);
  });

  it('GIVEN the other fixture patient THEN her D-dimer value is a leak and her own numbers are not', () => {
    expect(leaks('The D-dimer was 2400, they told me.', msBreathless)).toContain('leak/test_value');
    expect(leaks('I flew back from Sydney five days ago, a 22-hour journey.', msBreathless)).toEqual([]);
  });
});
