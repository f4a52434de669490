/**
 * A given and family name that fit the patient's sex, from faker's British English locale (with
 * English fallback): about one family name in ten is double-barrelled, as en_GB's pattern says. Faker
 * draws from our seeded Rng through its `randomizer` option, so names are as reproducible as everything
 * else. Family names are picked from faker's list directly rather than through `person.lastName()`,
 * whose template expansion costs more than the rest of the record (measured: bench/generator).
 */
import { base, en, en_GB, Faker } from '@faker-js/faker';
import type { Sex } from '../ontology/schema.ts';
import type { Rng } from './rng.ts';

let current: Rng | undefined;

interface Names {
  faker: Faker;
  given: Record<Sex, readonly string[]>;
  family: readonly string[];
  /** How many family names each pattern joins (1, or 2 for double-barrelled), with its weight. */
  patterns: readonly { value: number; weight: number }[];
}

let names: Names | undefined;

function load(): Names {
  const faker = new Faker({
    locale: [en_GB, en, base],
    randomizer: {
      next: () => {
        if (!current) throw new Error('pickName: faker used outside a seeded call');
        return current.next();
      },
      seed: () => {
        // seeding happens through the Rng each call supplies
      },
    },
  });
  const person = faker.definitions.person;
  const family = person.last_name?.generic ?? [];
  const patterns = (
    person.last_name_pattern?.generic ?? [{ value: '{{person.last_name.generic}}', weight: 1 }]
  ).map((p) => ({ value: Math.max(1, p.value.split('{{person.last_name').length - 1), weight: p.weight }));
  return {
    faker,
    given: { female: person.first_name?.female ?? [], male: person.first_name?.male ?? [] },
    family,
    patterns,
  };
}

/** A given name that fits the sex and a family name, drawn from `rng`. */
export function pickName(sex: Sex, rng: Rng): { givenName: string; familyName: string } {
  names ??= load();
  const { faker, given, family, patterns } = names;
  current = rng;
  try {
    const parts = faker.helpers.weightedArrayElement(patterns);
    const familyName = Array.from({ length: parts }, () => faker.helpers.arrayElement(family)).join('-');
    return { givenName: faker.helpers.arrayElement(given[sex]), familyName };
  } finally {
    current = undefined;
  }
}
