import { describe, expect, it } from 'vitest';
import { plan } from '../../src/dialogue/plan.ts';
import { emptyMemory, type Memory } from '../../src/domain/dialogue.ts';
import type { Query } from '../../src/domain/query.ts';
import { PatientRecord } from '../../src/domain/record.ts';
import { mrChestPain, msBreathless } from '../fixtures/patients.ts';
import { knowledge } from './knowledge.ts';

const { ontology } = knowledge();
const q = (topic: Query['topic'], target?: string, attribute?: Query['attribute'], span = ''): Query => ({
  topic,
  ...(target !== undefined ? { target } : {}),
  ...(attribute !== undefined ? { attribute } : {}),
  confidence: 1,
  span,
});
const facts = (queries: Query[], record = mrChestPain, memory: Memory = emptyMemory()) =>
  plan(queries, record, memory, ontology).facts;

describe('plan', () => {
  it('answers an open question with the chief complaint only (progressive disclosure)', () => {
    const f = facts([q('opening')]);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      fact: 'symptom:chest-pain',
      status: 'present',
      value: mrChestPain.presentation.words,
    });
  });

  it('answers a loosely read question but marks it unsure; a question read by rule is sure', () => {
    const loose = { ...q('symptom', 'vomiting'), confidence: 0.61 };
    expect(plan([loose], mrChestPain, emptyMemory(), ontology).moves).toContain('unsure');
    expect(plan([loose], mrChestPain, emptyMemory(), ontology).facts).toHaveLength(1);
    expect(plan([q('symptom', 'vomiting')], mrChestPain, emptyMemory(), ontology).moves).not.toContain(
      'unsure',
    );
    // one sure reading in the message is enough to answer plainly
    expect(plan([loose, q('smoking')], mrChestPain, emptyMemory(), ontology).moves).not.toContain('unsure');
  });

  it('states an attribute from the record with its record path', () => {
    const [f] = facts([q('symptom', 'chest-pain', 'radiation')]);
    expect(f).toEqual({
      fact: 'symptom:chest-pain/radiation',
      path: 'presentation.symptoms[0].attributes.radiation',
      status: 'present',
      value: 'down my left arm and up into my jaw',
    });
  });

  it('resolves "where is it?" to the symptom in focus', () => {
    const memory = { ...emptyMemory(), focus: { symptom: 'chest-pain' } };
    const d = plan([q('symptom', undefined, 'site')], mrChestPain, memory, ontology);
    expect(d.queries[0]?.target).toBe('chest-pain');
    expect(d.facts[0]?.value).toBe('right in the middle of my chest');
  });

  it('denies a pertinent negative with its record path, and any symptom not in the record', () => {
    const [fever] = facts([q('symptom', 'fever')]);
    expect(fever).toMatchObject({
      fact: 'symptom:fever',
      status: 'absent',
      path: 'presentation.negatives[0]',
    });
    const [rash] = facts([q('symptom', 'rash')]);
    expect(rash).toMatchObject({ fact: 'symptom:rash', status: 'absent', path: 'ontology.symptoms.rash' });
  });

  it('says the pain does not spread when the record gives no radiation', () => {
    const [f] = facts([q('symptom', 'chest-pain', 'radiation')], msBreathless);
    expect(f).toMatchObject({ status: 'absent', value: 'does not spread anywhere' });
  });

  it('never knows a test value ("I don\'t know what my cholesterol is")', () => {
    const [f] = facts([q('pmh', 'test:results', undefined, 'what is your cholesterol level')]);
    expect(f).toMatchObject({ fact: 'test:cholesterol', status: 'unknown' });
  });

  it('plans the social and drug history from the record', () => {
    const f = facts([q('smoking'), q('medications'), q('allergies'), q('pmh')]);
    expect(f.map((x) => [x.fact, x.status])).toEqual([
      ['smoking', 'present'],
      ['medication:ramipril', 'present'],
      ['allergy:penicillin', 'present'],
      ['pmh:hypertension', 'present'],
    ]);
    expect(facts([q('smoking')], msBreathless)[0]).toMatchObject({ status: 'absent', value: 'never smoked' });
  });

  it('answers travel with the recorded journey whichever travel exposure was asked', () => {
    const f = facts([q('exposure', 'long-haul-travel'), q('exposure', 'foreign-travel')], msBreathless);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ fact: 'exposure:long-haul-travel', status: 'present' });
  });

  it('answers contraception from the medication list', () => {
    const [f] = facts([q('pregnancy', 'contraception')], msBreathless);
    expect(f).toMatchObject({ fact: 'medication:combined-oral-contraceptive', status: 'present' });
  });

  it('improvises a harmless detail once and then repeats it from memory', () => {
    const [pet] = facts([q('smalltalk', 'pet')]);
    expect(pet?.status).toBe('improvised');
    const memory = { ...emptyMemory(), improvised: { pet: 'We have a tortoise called Sheldon.' } };
    expect(facts([q('smalltalk', 'pet')], mrChestPain, memory)[0]?.value).toBe(
      'We have a tortoise called Sheldon.',
    );
  });

  it('keeps the first telling of a fact (memory wins over a new wording)', () => {
    const earlier = {
      fact: 'smoking',
      path: 'history.social.smoking',
      status: 'present' as const,
      value: 'about a pack a day',
    };
    const memory = { ...emptyMemory(), disclosed: { smoking: earlier } };
    expect(facts([q('smoking')], mrChestPain, memory)[0]).toEqual(earlier);
  });

  it("asks what a word means instead of answering when it is beyond the patient's literacy", () => {
    const lowLiteracy = PatientRecord.parse({
      ...mrChestPain,
      persona: { ...mrChestPain.persona, literacy: 'low' },
    });
    const d = plan(
      [q('symptom', 'haemoptysis', undefined, 'any haemoptysis')],
      lowLiteracy,
      emptyMemory(),
      ontology,
    );
    expect(d.facts[0]).toMatchObject({ fact: 'jargon:haemoptysis', status: 'unknown' });
    expect(d.moves).toContain('jargon');
  });

  it('never puts a name of the diagnosis in a value, even when the persona wrote one', () => {
    const leaky = PatientRecord.parse({
      ...mrChestPain,
      persona: { ...mrChestPain.persona, concern: "I'm terrified I'm having a heart attack." },
    });
    const [f] = facts([q('concerns')], leaky);
    expect(f?.value.toLowerCase()).not.toContain('heart attack');
    expect(f?.value).toBe("I'm worried it might be something serious.");
  });

  it('gives the next untold attributes when asked to say more about a symptom already told', () => {
    const told = facts([q('opening')]);
    const memory = { ...emptyMemory(), disclosed: Object.fromEntries(told.map((f) => [f.fact, f])) };
    const more = facts([q('symptom', 'chest-pain')], mrChestPain, memory);
    expect(more.map((f) => f.fact)).toEqual(['symptom:chest-pain/character', 'symptom:chest-pain/site']);
  });
});
