/** Names fit the patient's generation: given names come from the decade the patient was born in. */
import { describe, expect, it } from 'vitest';
import { generatePatients } from '../../src/generate/generatePatients.ts';
import { givenNamesBornIn, PRESENT_YEAR, pickName } from '../../src/generate/pickName.ts';
import { createRng } from '../../src/generate/rng.ts';
import { loadOntology } from '../../src/ontology/loadOntology.ts';

const { ontology } = loadOntology();
const decades = ontology.demographics?.givenNames ?? [];

/** Given names listed only for decades in [from, to] (born), of either sex. */
function onlyIn(from: number, to: number): Set<string> {
  const inside = new Set<string>();
  const outside = new Set<string>();
  for (const d of decades) {
    for (const n of [...d.female, ...d.male]) (d.born >= from && d.born <= to ? inside : outside).add(n);
  }
  return new Set([...inside].filter((n) => !outside.has(n)));
}

describe('pickName', () => {
  it('GIVEN the knowledge base THEN it lists given names for every decade a patient (16 to 105) is born in', () => {
    for (const age of [16, 40, 70, 105]) {
      const d = givenNamesBornIn(decades, PRESENT_YEAR - age);
      expect(d).toBeDefined();
      expect(Math.abs((d?.born ?? 0) + 5 - (PRESENT_YEAR - age))).toBeLessThanOrEqual(10);
    }
  });

  it('GIVEN old and young patients THEN no elderly patient has a name of the young, nor the reverse', () => {
    const young = onlyIn(1990, 2000);
    const old = onlyIn(1920, 1940);
    expect(young.has('Jayden')).toBe(true);
    expect(old.has('Doris')).toBe(true);
    let elderly = 0;
    let youth = 0;
    for (const s of ontology.playableSpecialties()) {
      for (const item of generatePatients(ontology, { specialty: s.id, seed: 'names', count: 1500 })) {
        if (!item.ok) continue;
        const { age, givenName } = item.value.record.demographics;
        if (age >= 75) {
          elderly++;
          expect(young.has(givenName), `${givenName}, ${age}`).toBe(false);
        }
        if (age <= 30) {
          youth++;
          expect(old.has(givenName), `${givenName}, ${age}`).toBe(false);
        }
      }
    }
    expect(elderly).toBeGreaterThan(100);
    expect(youth).toBeGreaterThan(20);
  });

  it('GIVEN an age THEN names of neighbouring decades mix, and the same seed gives the same name', () => {
    const names = new Set<string>();
    for (let i = 0; i < 400; i++) names.add(pickName(ontology, 'female', 45, createRng(`n${i}`)).givenName);
    const of1970s = new Set(decades.find((d) => d.born === 1970)?.female);
    const of1980s = new Set(decades.find((d) => d.born === 1980)?.female);
    expect([...names].some((n) => of1970s.has(n) && !of1980s.has(n))).toBe(true);
    expect([...names].some((n) => of1980s.has(n) && !of1970s.has(n))).toBe(true);
    expect(pickName(ontology, 'male', 80, createRng('x'))).toEqual(
      pickName(ontology, 'male', 80, createRng('x')),
    );
  });

  it('GIVEN many patients THEN some family names are double-barrelled, most are not', () => {
    let double = 0;
    for (let i = 0; i < 2000; i++)
      if (pickName(ontology, 'male', 50, createRng(`f${i}`)).familyName.includes('-')) double++;
    expect(double).toBeGreaterThan(20);
    expect(double).toBeLessThan(600);
  });
});
