/**
 * Bad replies the leaky model got past the checker in the plausibility benchmark, each refused now,
 * beside the honest reply that must still pass.
 */
import { describe, expect, it } from 'vitest';
import { emptyMemory } from '../../src/domain/dialogue.ts';
import { PatientRecord } from '../../src/domain/record.ts';
import { mrChestPain } from '../fixtures/patients.ts';
import { check, codes, plan } from './replyFixtures.ts';

describe('a symptom whose name is also a history word', () => {
  const withRash = PatientRecord.parse({
    ...mrChestPain,
    presentation: {
      ...mrChestPain.presentation,
      symptoms: [
        ...mrChestPain.presentation.symptoms,
        { id: 'rash', name: 'Rash', attributes: { started: { value: 2, unit: 'weeks' } } },
      ],
    },
  });
  const disclosure = plan(['symptom:rash', 'present', "I've come out in a rash."]);

  it('GIVEN the rash dated wrongly THEN the reply is refused (a rash is not an allergy story here)', () => {
    expect(codes(check(withRash, 'The rash started just an hour ago.', { disclosure }))).toContain(
      'contradiction/duration_differs',
    );
  });

  it('GIVEN the rash dated as in the record THEN no contradiction', () => {
    expect(codes(check(withRash, 'The rash started about two weeks ago.', { disclosure }))).not.toContain(
      'contradiction/duration_differs',
    );
  });
});

describe('a pet named earlier is the same pet whatever it is called', () => {
  const memory = { ...emptyMemory(), improvised: { pet: "I've got a golden retriever called Bailey." } };

  it('GIVEN the dog renamed THEN the reply is refused', () => {
    expect(codes(check(mrChestPain, 'My dog is called Biscuit.', { memory }))).toContain(
      'contradiction/memory_differs',
    );
  });

  it('GIVEN the same name THEN no contradiction', () => {
    expect(codes(check(mrChestPain, 'My dog is called Bailey.', { memory }))).not.toContain(
      'contradiction/memory_differs',
    );
  });
});

describe('a reading beside a medicine that shares its number', () => {
  const disclosure = plan([
    'medication:salbutamol-inhaler',
    'present',
    'Salbutamol inhaler 100 micrograms per puff, 2 puffs as required',
  ]);

  it('GIVEN a pulse reading after the inhaler dose THEN the reply is refused', () => {
    const reply =
      'Salbutamol inhaler 100 micrograms per puff, 2 puffs as required. My pulse was 100 beats per minute, they said.';
    expect(codes(check(mrChestPain, reply, { disclosure }))).toContain('leak/vital_sign');
  });

  it('GIVEN the inhaler dose alone THEN no vital-sign leak', () => {
    const reply = 'Salbutamol inhaler 100 micrograms per puff, 2 puffs as required.';
    expect(codes(check(mrChestPain, reply, { disclosure }))).not.toContain('leak/vital_sign');
  });
});
