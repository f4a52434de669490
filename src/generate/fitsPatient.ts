/** Whether a vocabulary entry with optional age and sex limits applies to this patient. */
import type { Sex } from '../ontology/schema.ts';

/** True when the entry has no age or sex limit the patient falls outside. */
export function fitsPatient(
  entry: { minAge?: number | undefined; maxAge?: number | undefined; sex?: Sex | undefined },
  age: number,
  sex: Sex,
): boolean {
  if (entry.sex !== undefined && entry.sex !== sex) return false;
  if (entry.minAge !== undefined && age < entry.minAge) return false;
  if (entry.maxAge !== undefined && age > entry.maxAge) return false;
  return true;
}
