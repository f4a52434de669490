/**
 * The symptoms a presentation variant leaves possible: the condition's symptoms minus those the variant
 * drops, with the variant's additions overriding same-id symptoms or appended at the end.
 */
import type { AtypicalPresentation, ConditionSymptom } from './schema.ts';

/** The symptoms possible under the variant (all of them when there is none). */
export function symptomPool(
  symptoms: readonly ConditionSymptom[],
  variant: AtypicalPresentation | undefined,
): ConditionSymptom[] {
  if (!variant) return [...symptoms];
  const added = new Map(variant.add.map((s) => [s.id, s]));
  const pool = symptoms.filter((s) => !variant.drop.includes(s.id)).map((s) => added.get(s.id) ?? s);
  for (const s of variant.add) if (!pool.some((p) => p.id === s.id)) pool.push(s);
  return pool;
}
