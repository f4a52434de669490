import { describe, expect, it } from 'vitest';
import { updateMemory } from '../../src/dialogue/updateMemory.ts';
import { type Disclosure, emptyMemory, Memory } from '../../src/domain/dialogue.ts';
import type { Query } from '../../src/domain/query.ts';

const query = (topic: Query['topic'], target?: string): Query => ({
  topic,
  ...(target ? { target } : {}),
  confidence: 1,
});
const disclosure = (queries: Query[], facts: Disclosure['facts'] = [], moves: string[] = []): Disclosure => ({
  queries,
  facts,
  moves,
});

describe('updateMemory', () => {
  it('keeps the first telling of a fact and counts the turn', () => {
    const first = {
      fact: 'smoking',
      path: 'history.social.smoking',
      status: 'present' as const,
      value: 'smokes 20 a day',
    };
    const m1 = updateMemory(emptyMemory(), disclosure([query('smoking')], [first]), []);
    const m2 = updateMemory(m1, disclosure([query('smoking')], [{ ...first, value: 'something else' }]), []);
    expect(m2.disclosed.smoking?.value).toBe('smokes 20 a day');
    expect(m2.turn).toBe(2);
  });

  it('moves the focus to the last symptom asked about', () => {
    const m = updateMemory(emptyMemory(), disclosure([query('smoking'), query('symptom', 'cough')]), []);
    expect(m.focus).toEqual({ symptom: 'cough', topic: 'symptom' });
  });

  it('leaves the focus where it was when the symptom asked about is denied', () => {
    const denied = {
      fact: 'symptom:abdominal-pain',
      path: 'ontology.symptoms.abdominal-pain',
      status: 'absent' as const,
      value: 'No, my tummy is fine.',
    };
    const before = { ...emptyMemory(), focus: { symptom: 'chest-pain', topic: 'symptom' as const } };
    const m = updateMemory(before, disclosure([query('symptom', 'abdominal-pain')], [denied]), []);
    expect(m.focus).toEqual({ symptom: 'chest-pain', topic: 'symptom' });
  });

  it('focuses the chief complaint after the opening question', () => {
    const told = {
      fact: 'symptom:chest-pain',
      path: 'presentation.symptoms[0]',
      status: 'present' as const,
      value: 'My chest hurts.',
    };
    expect(updateMemory(emptyMemory(), disclosure([query('opening')], [told]), []).focus.symptom).toBe(
      'chest-pain',
    );
  });

  it('commits improvised details so the next answer honours them', () => {
    const pet = {
      fact: 'improvised:pet',
      path: 'memory.improvised.pet',
      status: 'improvised' as const,
      value: 'A cat called Tom.',
    };
    expect(
      updateMemory(emptyMemory(), disclosure([query('smalltalk', 'pet')], [pet]), []).improvised,
    ).toEqual({ pet: 'A cat called Tom.' });
  });

  it('settles with empathy and is unsettled by bluntness, within -2..2', () => {
    const kind = updateMemory(emptyMemory(), disclosure([query('empathy')], [], ['empathy']), []);
    expect(kind.rapport).toBeGreaterThan(0);
    let blunt = emptyMemory();
    for (let i = 0; i < 5; i++)
      blunt = updateMemory(blunt, disclosure([query('smalltalk', 'rude')], [], ['hurt']), []);
    expect(blunt.rapport).toBe(-2);
  });

  it('returns plain data that survives a JSON round trip and the schema', () => {
    const m = updateMemory(emptyMemory(), disclosure([query('symptom', 'cough')]), []);
    expect(Memory.parse(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });

  it('does not change the memory it was given', () => {
    const before = emptyMemory();
    updateMemory(before, disclosure([query('symptom', 'cough')]), []);
    expect(before).toEqual(emptyMemory());
  });
});
