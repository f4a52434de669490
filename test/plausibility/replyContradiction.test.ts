import { describe, expect, it } from 'vitest';
import { emptyMemory } from '../../src/domain/dialogue.ts';
import { mrChestPain, msBreathless } from '../fixtures/patients.ts';
import { check, codes, plan } from './replyFixtures.ts';

const contradictions = (reply: string, record = mrChestPain, options = {}) =>
  codes(check(record, reply, options)).filter((c) => c.startsWith('contradiction/'));

describe('contradiction: symptoms present and absent', () => {
  it.each([
    [
      'affirms a symptom the record marks absent',
      "I've had a bad cough too.",
      'contradiction/symptom_affirmed',
    ],
    ['affirms another absent symptom', "I've been coughing up blood.", 'contradiction/symptom_affirmed'],
    ['denies a symptom the patient has ("no ...")', 'No chest pain at all.', 'contradiction/symptom_denied'],
    ['denies with "I haven\'t had"', "No, I haven't had any chest pain.", 'contradiction/symptom_denied'],
    ['denies with "never"', "I've never been sweaty.", 'contradiction/symptom_denied'],
    ['denies in the patient’s own words', "No, my breathing's been fine.", 'contradiction/symptom_denied'],
    ['denies inside the words', "My chest hasn't been hurting.", 'contradiction/symptom_denied'],
  ])('GIVEN a reply that %s THEN it is refused', (_, reply, code) => {
    expect(contradictions(reply)).toContain(code);
  });

  it.each([
    'No cough, no fever.',
    "I haven't coughed up any blood.",
    "I've got this pain in my chest.",
    "I've never had pain like this before.",
    "I can't catch my breath.",
    'My dad had a cough for years.',
    'Do you mean the cough? No, none of that.',
    "If I'd had a fever I'd have said.",
    "I'm not sure about a fever, I haven't checked.",
  ])('GIVEN a reply consistent with the record (%s) THEN no contradiction', (reply) => {
    expect(contradictions(reply)).toEqual([]);
  });

  it('GIVEN the plan asks only about a symptom the patient has THEN a bare "No" is refused', () => {
    const disclosure = plan(['symptom:sweating', 'present', 'sweating']);
    expect(contradictions("No, there's been nothing like that.", mrChestPain, { disclosure })).toContain(
      'contradiction/plan_denied',
    );
    expect(contradictions("Yes, I've been sweating a lot.", mrChestPain, { disclosure })).toEqual([]);
  });

  it('GIVEN memory says a symptom was denied earlier THEN affirming it now is refused', () => {
    const memory = emptyMemory();
    memory.disclosed['symptom:dizziness'] = {
      fact: 'symptom:dizziness',
      path: 'memory',
      status: 'absent',
      value: 'no dizziness',
    };
    expect(contradictions("I've been feeling dizzy.", mrChestPain, { memory })).toContain(
      'contradiction/symptom_affirmed',
    );
  });
});

describe('contradiction: what a symptom is like', () => {
  const radiation = plan(['symptom:chest-pain/radiation', 'present', 'down my left arm and up into my jaw']);

  it.each([
    ['the other arm', 'It goes down my right arm.', 'contradiction/radiation_differs'],
    ['nowhere', "It doesn't go anywhere, it stays put.", 'contradiction/radiation_differs'],
    ['somewhere else', 'It spreads through to my back.', 'contradiction/radiation_differs'],
  ])('GIVEN radiation to %s THEN it is refused', (_, reply, code) => {
    expect(contradictions(reply, mrChestPain, { disclosure: radiation })).toContain(code);
  });

  it('GIVEN the record’s radiation in other words THEN it is accepted', () => {
    expect(
      contradictions('It moves down my left arm and into my jaw.', mrChestPain, { disclosure: radiation }),
    ).toEqual([]);
  });

  it.each([
    [
      'site on the wrong side',
      'The chest pain is on the left side of my chest.',
      'contradiction/site_differs',
    ],
    ['a different severity', 'About a 3 out of 10.', 'contradiction/severity_differs'],
    ['a different severity written 3/10', 'Maybe 3/10.', 'contradiction/severity_differs'],
    ['a gradual onset', 'It came on gradually, bit by bit.', 'contradiction/onset_differs'],
    ['a different duration', 'It started three weeks ago.', 'contradiction/duration_differs'],
  ])('GIVEN %s THEN it is refused', (_, reply, code) => {
    const disclosure = plan(['symptom:chest-pain/site', 'present', 'right in the middle of my chest']);
    expect(contradictions(reply, mrChestPain, { disclosure })).toContain(code);
  });

  it.each([
    "It's right in the middle of my chest.",
    "I'd say 8 out of 10.",
    'Seven or eight out of ten.',
    'It came on all of a sudden.',
    'It started about two hours ago.',
    'It started this morning.',
    'It began a couple of hours ago and has been bad since.',
  ])('GIVEN the record’s values (%s) THEN no contradiction', (reply) => {
    const disclosure = plan(['symptom:chest-pain/onset', 'present', 'all of a sudden']);
    expect(contradictions(reply, mrChestPain, { disclosure })).toEqual([]);
  });

  it.each([
    ['the stomach', "It's in my stomach."],
    ['the lower back', 'The pain is down in my lower back.'],
    ['a leg', 'It hurts in my leg mostly.'],
  ])('GIVEN a site far from anywhere the record puts it (%s) THEN it is refused', (_, reply) => {
    const disclosure = plan(['symptom:chest-pain/site', 'present', 'right in the middle of my chest']);
    expect(contradictions(reply, mrChestPain, { disclosure })).toContain('contradiction/site_differs');
  });

  it.each([
    'Behind my breastbone, really.',
    'Across my chest and round into my armpit.',
    "It's in my chest, and my jaw aches with it.",
    'My stomach feels a bit sick with it, but the pain is in my chest.',
  ])('GIVEN a site at or beside where the record puts it (%s) THEN no contradiction', (reply) => {
    const disclosure = plan(['symptom:chest-pain/site', 'present', 'right in the middle of my chest']);
    expect(contradictions(reply, mrChestPain, { disclosure })).toEqual([]);
  });

  it('GIVEN two symptoms with different scores THEN either score is accepted for an ambiguous "it"', () => {
    const disclosure = plan(
      ['symptom:breathlessness/severity', 'present', '7'],
      ['symptom:chest-pain/severity', 'present', '6'],
    );
    expect(contradictions("It's a 6 out of 10.", msBreathless, { disclosure })).toEqual([]);
    expect(contradictions("It's a 2 out of 10.", msBreathless, { disclosure })).toContain(
      'contradiction/severity_differs',
    );
  });
});

describe('contradiction: history', () => {
  it.each([
    ['says he does not smoke', "I don't smoke.", 'contradiction/smoking_differs'],
    ['says he never smoked', "I've never smoked.", 'contradiction/smoking_differs'],
    ['gives another daily amount', 'I smoke about 5 a day.', 'contradiction/smoking_differs'],
    ['says he does not drink', "I don't drink at all, I'm teetotal.", 'contradiction/alcohol_differs'],
    ['denies all medicines', "I don't take any medication.", 'contradiction/medications_denied'],
    ['denies a named medicine', "I'm not on ramipril.", 'contradiction/medication_denied'],
    ['denies allergies', "I don't have any allergies.", 'contradiction/allergies_denied'],
    ['denies a family history', 'Nothing runs in the family.', 'contradiction/family_denied'],
    ['denies past illness', "I've never been ill in my life.", 'contradiction/conditions_denied'],
    ['denies operations', "I've never had an operation.", 'contradiction/surgery_denied'],
    ['gives another age', "I'm 45 years old.", 'contradiction/age_differs'],
    ['gives another name', 'My name is Robert.', 'contradiction/name_differs'],
    ['says he lives alone', 'I live on my own.', 'contradiction/living_differs'],
  ])('GIVEN a reply that %s THEN it is refused', (_, reply, code) => {
    expect(contradictions(reply)).toContain(code);
  });

  it.each([
    'I smoke about 20 a day, have done for years.',
    'I have a few pints at the weekend.',
    'I take my blood pressure tablet, ramipril.',
    "I'm allergic to penicillin, I come out in a rash.",
    'My dad had heart trouble.',
    'I had my appendix out when I was young.',
    "I don't drink much, a few pints a week.",
    "I don't take anything for the pain.",
  ])('GIVEN a reply true to the history (%s) THEN no contradiction', (reply) => {
    expect(contradictions(reply)).toEqual([]);
  });

  it('GIVEN a never-smoker THEN claiming to smoke is refused', () => {
    expect(contradictions('I smoke about fifteen a day.', msBreathless)).toContain(
      'contradiction/smoking_differs',
    );
  });

  it('GIVEN a patient with no allergies THEN naming one is refused; with one, another is a new claim', () => {
    expect(contradictions("I'm allergic to peanuts.", msBreathless)).toContain(
      'contradiction/allergy_differs',
    );
    expect(codes(check(mrChestPain, "I'm allergic to peanuts."))).toContain('unsupported/allergy_differs');
  });
});

describe('contradiction: memory', () => {
  it('GIVEN an improvised detail in memory THEN a reply that changes it is refused', () => {
    const memory = emptyMemory();
    memory.improvised.dog = 'a collie called Max';
    expect(contradictions('My dog is called Buster.', mrChestPain, { memory })).toContain(
      'contradiction/memory_differs',
    );
    expect(contradictions('My dog Max will be missing me.', mrChestPain, { memory })).toEqual([]);
  });

  it('GIVEN a count in memory THEN a different count is refused', () => {
    const memory = emptyMemory();
    memory.improvised.grandchildren = 'three grandchildren';
    expect(contradictions('I have two grandchildren.', mrChestPain, { memory })).toContain(
      'contradiction/memory_differs',
    );
    expect(
      contradictions('I have three grandchildren, all little terrors.', mrChestPain, { memory }),
    ).toEqual([]);
  });
});
