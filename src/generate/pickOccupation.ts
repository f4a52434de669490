/**
 * An occupation that fits the age: one whose age bounds include it; past retirement age most people
 * are retired from a job they could have held in their fifties ("retired bus driver").
 */
import type { Ontology } from '../ontology/Ontology.ts';
import { type GeneratorIndex, indexOntology } from './indexOntology.ts';
import type { Rng } from './rng.ts';

/** Titles that describe not working, which make no sense after "retired". */
const NOT_A_JOB = /\b(unemployed|sick leave|student|apprentice|parent|carer)\b/i;
/** Share of people past retirement age who still work, when a job fits their age. */
const STILL_WORKING = 0.12;
/** The age whose jobs a retired person is described by. */
const FORMER_AGE = 55;

const former = new WeakMap<GeneratorIndex, readonly string[]>();

/** The jobs a retired person is described by (computed once per knowledge base). */
function formerJobs(index: GeneratorIndex): readonly string[] {
  let titles = former.get(index);
  if (!titles) {
    titles = index.occupationsAt(FORMER_AGE).filter((title) => !NOT_A_JOB.test(title));
    former.set(index, titles);
  }
  return titles;
}

/** An occupation that fits the age, or "retired <former job>" past retirement age. */
export function pickOccupation(ontology: Ontology, age: number, rng: Rng): string {
  const demographics = ontology.demographics;
  if (!demographics) return 'not recorded';
  const index = indexOntology(ontology);
  const fits = index.occupationsAt(age);
  if (age < demographics.retirementAge) return fits.length > 0 ? rng.pick(fits) : 'not working';
  if (fits.length > 0 && rng.chance(STILL_WORKING)) return rng.pick(fits);
  const former = formerJobs(index);
  return former.length > 0 ? `retired ${rng.pick(former)}` : 'retired';
}
