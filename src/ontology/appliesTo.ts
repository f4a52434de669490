/**
 * Whether an `Applicability` (`when`: age, sex, any of some chronic conditions) holds for a patient.
 * Shared by the generator (atypical variants, exposures) and the record checks that verify them.
 */
import type { Applicability, Sex } from './schema.ts';

/** True when the patient is within the ages and sex and has any of `anyOf` (when given). */
export function appliesTo(when: Applicability, age: number, sex: Sex, own: ReadonlySet<string>): boolean {
  if (when.sex !== undefined && when.sex !== sex) return false;
  if (when.minAge !== undefined && age < when.minAge) return false;
  if (when.maxAge !== undefined && age > when.maxAge) return false;
  if (when.anyOf !== undefined && !when.anyOf.some((id) => own.has(id))) return false;
  return true;
}
