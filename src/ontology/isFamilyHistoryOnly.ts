/**
 * Whether a chronic-condition entry can only be a relative's history, never the patient's own:
 * ICD-10 codes Z80–Z84 are "family history of ..." codes (e.g. Z82.4, sudden cardiac death in a relative).
 */
import type { ChronicConditionDef } from './schema.ts';

/** True for entries coded ICD-10 Z80–Z84. */
export function isFamilyHistoryOnly(def: ChronicConditionDef): boolean {
  return /^Z8[0-4]/i.test(def.icd10.code);
}
