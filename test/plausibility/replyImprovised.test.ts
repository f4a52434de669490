import { describe, expect, it } from 'vitest';
import { emptyMemory } from '../../src/domain/dialogue.ts';
import { checkImprovised, normaliseDetailKey } from '../../src/plausibility/checkImprovised.ts';
import { mrChestPain } from '../fixtures/patients.ts';
import { ontology } from './replyFixtures.ts';

const verdict = (details: { key: string; value: string }[], memory = emptyMemory(), record = mrChestPain) =>
  checkImprovised(details, { record, memory, ontology });

describe('improvised details: only harmless ones are kept', () => {
  it('GIVEN harmless personal details THEN they are accepted, keys normalised', () => {
    const v = verdict([
      { key: "Dog's name", value: 'a collie called Max' },
      { key: 'hobby', value: 'fishing on the canal' },
    ]);
    expect(v.accepted).toEqual([
      { key: 'dogs-name', value: 'a collie called Max' },
      { key: 'hobby', value: 'fishing on the canal' },
    ]);
    expect(v.rejected).toEqual([]);
  });

  it.each([
    ['a symptom', 'extra', 'I also get headaches'],
    ['a medicine', 'tablets', 'aspirin every morning'],
    ['a condition', 'health', 'a touch of asthma'],
    ['a clinical word', 'story', 'was in hospital last year'],
    ['the diagnosis', 'worry', 'that it is a heart attack'],
  ])('GIVEN %s as a detail THEN it is rejected as clinical', (_, key, value) => {
    expect(verdict([{ key, value }]).rejected[0]?.reason).toBe('clinical');
  });

  it.each([
    ['name', 'Bob'],
    ['age', '40'],
    ['occupation', 'teacher'],
    ['smoking-history', 'none'],
  ])('GIVEN a detail the record owns (%s) THEN it is rejected', (key, value) => {
    expect(verdict([{ key, value }]).rejected[0]?.reason).toBe('the record decides this');
  });

  it('GIVEN a detail already in memory with another value THEN the new value is rejected', () => {
    const memory = emptyMemory();
    memory.improvised.dog = 'a collie called Max';
    expect(verdict([{ key: 'dog', value: 'a spaniel called Rex' }], memory).rejected[0]?.reason).toBe(
      'contradicts an earlier detail',
    );
    expect(verdict([{ key: 'dog', value: 'a collie called Max' }], memory)).toEqual({
      accepted: [],
      rejected: [],
    });
  });

  it('GIVEN a patient who lives alone THEN a live-in spouse is rejected', () => {
    const record = {
      ...mrChestPain,
      demographics: { ...mrChestPain.demographics, living: 'lives alone in a flat' },
    };
    expect(verdict([{ key: 'wife', value: 'my wife Jean' }], emptyMemory(), record).rejected[0]?.reason).toBe(
      'contradicts who the patient lives with',
    );
  });

  it('normalises keys and refuses unusable ones', () => {
    expect(normaliseDetailKey('Favourite Team!')).toBe('favourite-team');
    expect(normaliseDetailKey('??')).toBeUndefined();
  });
});
