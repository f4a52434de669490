/**
 * A given and family name that fit the patient. The given name fits their sex and generation: the
 * knowledge base lists common names by birth decade (ONS), the birth year comes from the age, blurred
 * by up to five years either way so names of neighbouring decades mix near a boundary, and a name of
 * that decade is drawn (an 80-year-old is a Margaret or a Kenneth, not a Jayden). Without that list,
 * faker's British English given names are used whatever the age. Family names come from faker's
 * British English list, about one in ten double-barrelled as its pattern weights say. Faker is only a
 * word list here: every draw comes from the seeded Rng, so names are as reproducible as everything else.
 */
import { base, en, en_GB, Faker } from '@faker-js/faker';
import type { Ontology } from '../ontology/Ontology.ts';
import type { GivenNamesOfDecade, Sex } from '../ontology/schema.ts';
import type { Rng } from './rng.ts';

/**
 * The year patients are taken to present in, to turn an age into a birth year. Records carry no date,
 * so it is fixed (same seed, same name); move it on with the name lists.
 */
export const PRESENT_YEAR = 2025;

/** Years either way a birth year is blurred by before its decade is looked up. */
const BLUR_YEARS = 5;

interface FakerNames {
  given: Record<Sex, readonly string[]>;
  family: readonly string[];
  /** Share of family names that are double-barrelled. */
  doubleBarrelled: number;
}

let fakerNames: FakerNames | undefined;

function loadFakerNames(): FakerNames {
  const person = new Faker({ locale: [en_GB, en, base] }).definitions.person;
  const patterns = person.last_name_pattern?.generic ?? [];
  let total = 0;
  let double = 0;
  for (const p of patterns) {
    total += p.weight;
    if (p.value.split('{{person.last_name').length - 1 >= 2) double += p.weight;
  }
  return {
    given: { female: person.first_name?.female ?? [], male: person.first_name?.male ?? [] },
    family: person.last_name?.generic ?? [],
    doubleBarrelled: total > 0 ? double / total : 0,
  };
}

// the knowledge base's decades, oldest first, once per knowledge base
const decadesOf = new WeakMap<Ontology, readonly GivenNamesOfDecade[]>();

function decades(ontology: Ontology): readonly GivenNamesOfDecade[] {
  let list = decadesOf.get(ontology);
  if (!list) {
    list = [...(ontology.demographics?.givenNames ?? [])].sort((a, b) => a.born - b.born);
    decadesOf.set(ontology, list);
  }
  return list;
}

/** The names of the decade a birth year falls in (the nearest listed decade outside the list's span). */
export function givenNamesBornIn(
  list: readonly GivenNamesOfDecade[],
  year: number,
): GivenNamesOfDecade | undefined {
  let found = list[0];
  for (const d of list) if (d.born <= year) found = d;
  return found;
}

/** A given name that fits the sex and age, and a family name, drawn from `rng`. */
export function pickName(
  ontology: Ontology,
  sex: Sex,
  age: number,
  rng: Rng,
): { givenName: string; familyName: string } {
  fakerNames ??= loadFakerNames();
  const { family, doubleBarrelled } = fakerNames;
  const born = PRESENT_YEAR - age + rng.int(-BLUR_YEARS, BLUR_YEARS);
  const decade = givenNamesBornIn(decades(ontology), born);
  const givenName = rng.pick(decade ? decade[sex] : fakerNames.given[sex]);
  const first = rng.pick(family);
  const familyName = rng.chance(doubleBarrelled) ? `${first}-${rng.pick(family)}` : first;
  return { givenName, familyName };
}
