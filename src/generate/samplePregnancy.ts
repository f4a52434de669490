/**
 * `history.pregnant` for women of reproductive age (absent for everyone else): true only when the
 * condition's pregnancy exposure was drawn and the patient's account says she is pregnant (not
 * postpartum), so pregnancy appears only where the knowledge base makes it part of the story.
 */
import type { PatientRecord } from '../domain/record.ts';
import { PREGNANCY_EXPOSURE, REPRODUCTIVE_AGE } from '../ontology/pregnancy.ts';
import type { Sex } from '../ontology/schema.ts';

/** Pregnancy status: a boolean for women of reproductive age, undefined for everyone else. */
export function samplePregnancy(
  sex: Sex,
  age: number,
  social: PatientRecord['history']['social'],
): boolean | undefined {
  if (sex !== 'female' || age < REPRODUCTIVE_AGE.low || age > REPRODUCTIVE_AGE.high) return undefined;
  const account = social.exposures.find((e) => e.id === PREGNANCY_EXPOSURE)?.text ?? '';
  return /\bpregnant\b/i.test(account) && !/\bnot pregnant\b/i.test(account);
}
