/**
 * `history.pregnant` for women of reproductive age (absent for everyone else): true only when the
 * condition's pregnancy exposure was drawn with an account of a current pregnancy (`pregnancy: pregnant`
 * in the knowledge base), so pregnancy appears where the knowledge base makes it part of the story, at
 * the rate it gives (about 4% of women of child-bearing age with a PE are pregnant), never by chance
 * elsewhere; an account of recent childbirth (`postpartum`) leaves her not pregnant.
 */
import { REPRODUCTIVE_AGE } from '../ontology/pregnancy.ts';
import type { Sex } from '../ontology/schema.ts';

/** What the drawn pregnancy exposure says, if one was drawn. */
export type PregnancyAccount = 'pregnant' | 'postpartum' | undefined;

/** Pregnancy status: a boolean for women of reproductive age, undefined for everyone else. */
export function samplePregnancy(sex: Sex, age: number, account: PregnancyAccount): boolean | undefined {
  if (sex !== 'female' || age < REPRODUCTIVE_AGE.low || age > REPRODUCTIVE_AGE.high) return undefined;
  return account === 'pregnant';
}
