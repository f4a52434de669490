/**
 * Words that look like a claim and are not one: smoke that is not tobacco, a symptom's word inside the
 * name of the patient's own condition, a persona's opener before the plan's own sentence. Each was a
 * false alarm on an honest offline reply (consistency benchmark); detection of the real claim stays.
 */
import { describe, expect, it } from 'vitest';
import { PatientRecord } from '../../src/domain/record.ts';
import { mrChestPain, msBreathless } from '../fixtures/patients.ts';
import { check, codes, plan } from './replyFixtures.ts';

const codesOf = (record: PatientRecord, reply: string, disclosure = plan()) =>
  codes(check(record, reply, { disclosure }));

describe('smoking: only tobacco smoking is smoking history', () => {
  // msBreathless has never smoked; mrChestPain has smoked 20 a day for 40 years
  it.each(['I smoke a bit of weed most weekends.', "I've smoked the odd joint at parties."])(
    'GIVEN a never-smoker who smokes cannabis (%s) THEN no smoking contradiction',
    (reply) => {
      expect(codesOf(msBreathless, reply)).not.toContain('contradiction/smoking_differs');
    },
  );

  it('GIVEN smoke breathed in at work with its years THEN they are not years of smoking', () => {
    const reply =
      "I've been a firefighter for fifteen years, so I've breathed in all sorts of smoke and dust.";
    expect(codesOf(mrChestPain, reply)).not.toContain('contradiction/smoking_differs');
  });

  it.each([
    [msBreathless, 'I smoke weed and about ten cigarettes a day.'],
    [msBreathless, 'I used to smoke, but I gave up.'],
    [mrChestPain, "I've smoked for fifteen years."],
    [mrChestPain, "I don't smoke, I've never smoked."],
  ])('GIVEN a wrong tobacco history (%#) THEN it is still refused', (record, reply) => {
    expect(codesOf(record, reply)).toContain('contradiction/smoking_differs');
  });
});

describe("symptom words inside the patient's own conditions", () => {
  const withRheumaticFever = PatientRecord.parse({
    ...mrChestPain,
    history: {
      ...mrChestPain.history,
      conditions: [
        ...mrChestPain.history.conditions,
        {
          id: 'rheumatic-fever-history',
          name: 'Rheumatic fever in childhood',
          lay: 'rheumatic fever as a child',
          sinceYears: 40,
        },
      ],
    },
    presentation: {
      ...mrChestPain.presentation,
      symptoms: [
        ...mrChestPain.presentation.symptoms,
        { id: 'fever', name: 'Fever', attributes: { started: { value: 2, unit: 'days' } } },
      ],
    },
  });

  it('GIVEN the years since a childhood illness named like a symptom THEN they are not when the symptom started', () => {
    const disclosure = plan(['pmh:rheumatic-fever-history', 'present', 'rheumatic fever as a child']);
    expect(
      codesOf(withRheumaticFever, 'I had rheumatic fever as a child, forty years ago.', disclosure),
    ).toEqual([]);
  });

  it('GIVEN the symptom itself dated wrongly THEN it is still refused', () => {
    const disclosure = plan(['symptom:fever', 'present', 'I feel hot and cold']);
    expect(codesOf(withRheumaticFever, 'The fever started forty years ago.', disclosure)).toContain(
      'contradiction/duration_differs',
    );
  });
});

describe("the plan's own denial after a persona's opener", () => {
  const disclosure = plan(['symptom:loss-of-interest', 'absent', "No, I'm still interested in things."]);

  it.each([
    "Oh gosh, no, I'm still interested in things. Should I be worried?",
    "Well, doc, no, I'm still interested in things.",
    "Och, no, I'm still interested in things.",
  ])('GIVEN %s THEN it is not read as losing interest', (reply) => {
    expect(codesOf(msBreathless, reply, disclosure)).toEqual([]);
  });

  it('GIVEN a reply that says the opposite THEN it is still refused', () => {
    expect(codesOf(msBreathless, "Oh gosh, yes, I've lost interest in everything.", disclosure)).toContain(
      'contradiction/symptom_affirmed',
    );
  });
});

describe("relatives' illnesses", () => {
  it.each([
    ['No angina in the family.', ['family', 'absent', 'nothing runs in the family']],
    [
      'No high blood pressure in the family.',
      ['family:hypertension', 'absent', 'no high blood pressure in the family'],
    ],
  ] as const)(
    'GIVEN "%s" from a patient who has it THEN it is not read as their own denial',
    (reply, fact) => {
      expect(codesOf(mrChestPain, reply, plan([...fact]))).toEqual([]);
    },
  );

  it("GIVEN the patient's own condition denied THEN it is still refused", () => {
    expect(codesOf(mrChestPain, "I don't have high blood pressure.")).toContain(
      'contradiction/condition_denied',
    );
    expect(codesOf(mrChestPain, 'No chest pain at all.')).toContain('contradiction/symptom_denied');
  });
});
