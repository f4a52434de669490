import { describe, expect, it } from 'vitest';
import { mrChestPain, msBreathless } from '../fixtures/patients.ts';
import { check, codes, plan } from './replyFixtures.ts';

const character = (reply: string, record = mrChestPain, disclosure = plan()) =>
  codes(check(record, reply, { disclosure })).filter((c) => c.startsWith('character/'));

describe('character: the patient talking in a chat thread', () => {
  it.each([
    ['out of role', "As an AI language model, I can't feel pain.", 'character/out_of_role'],
    ['talking about its instructions', 'My instructions say not to tell you.', 'character/out_of_role'],
    ['talking about the simulation', 'This simulation is about chest pain.', 'character/out_of_role'],
    ['speaking as the doctor', 'I would order an ECG and some bloods.', 'character/doctor_voice'],
    ['narrating', 'The patient reports central chest pain.', 'character/doctor_voice'],
    ['giving advice', 'You should seek medical attention immediately.', 'character/advice'],
    ['a heading', '## Symptoms\nMy chest hurts.', 'character/markdown'],
    ['a list', 'Well:\n- my chest hurts\n- I feel sick', 'character/markdown'],
    ['bold text', 'My chest **really** hurts.', 'character/markdown'],
    ['a speaker label', 'Patient: my chest hurts.', 'character/speaker_label'],
    [
      'another language',
      'Me duele mucho el pecho, no puedo respirar bien y estoy muy preocupado por el dolor.',
      'character/not_english',
    ],
    ['another script', '我的胸口很痛', 'character/not_english'],
    ['a translation offer', 'In French that would be something else entirely.', 'character/translation'],
    ['jargon above the persona', "I've had some diaphoresis.", 'character/jargon'],
  ])('GIVEN a reply %s THEN it is refused', (_, reply, code) => {
    expect(character(reply)).toContain(code);
  });

  it('GIVEN a reply longer than the persona talks THEN it is refused', () => {
    expect(character('My chest hurts and it is awful. '.repeat(30))).toContain('character/too_long');
  });

  it('GIVEN a plan with many facts THEN the length limit grows with it', () => {
    const disclosure = plan(
      ...Array.from({ length: 6 }, (_, i) => [`fact-${i}`, 'present', 'x'] as [string, 'present', string]),
    );
    expect(character('My chest hurts and it is awful. '.repeat(30), mrChestPain, disclosure)).toEqual([]);
  });

  it('GIVEN medium literacy THEN everyday words pass and clinical words do not', () => {
    expect(character("I've had palpitations and my chest is tight.")).toEqual([]);
    expect(character("I've had dyspnoea.")).toContain('character/jargon');
  });

  it('GIVEN high literacy THEN more clinical words are allowed', () => {
    expect(character("I've been a bit breathless, maybe tachycardic.", msBreathless)).toEqual([]);
    expect(character('It was retrosternal, with orthopnoea.', msBreathless)).toContain('character/jargon');
  });

  it.each([
    "Well, it's right in the middle of my chest. Is that what you needed?",
    "Sorry, I'm not very good at describing it.",
    "It's been a rough morning, doctor.",
    "I'm a lorry driver, so I'm on the road most of the week.",
  ])('GIVEN a plain patient reply (%s) THEN no character problem', (reply) => {
    expect(character(reply)).toEqual([]);
  });
});
