/**
 * What a patient's own history does to one test: the first effect of their medications (in record order),
 * else of their chronic conditions. A medication wins because it is what changes the number (levothyroxine
 * brings an underactive thyroid's TSH back into range). Shared by the generator and the record checks.
 */
import type { Ontology } from './Ontology.ts';
import type { HistoryEffect, Range } from './schema.ts';

interface HistoryIds {
  conditions: readonly { id: string }[];
  medications: readonly { id: string }[];
}

/** The effect the history has on `investigationId`, or undefined when it has none. */
export function historyEffectOn(
  history: HistoryIds,
  ontology: Ontology,
  investigationId: string,
): HistoryEffect | undefined {
  for (const m of history.medications) {
    const e = ontology.medications.get(m.id)?.effects.find((x) => x.investigation === investigationId);
    if (e) return e;
  }
  for (const c of history.conditions) {
    const e = ontology.chronicConditions.get(c.id)?.effects.find((x) => x.investigation === investigationId);
    if (e) return e;
  }
  return undefined;
}

/**
 * The range a listed result is drawn from when the history also has an effect on it: the overlap of
 * the two, or the condition's own range when they do not overlap (the acute illness decides what it lists).
 */
export function combinedRange(condition: Range, effect: Range): Range {
  const low = Math.max(condition.low, effect.low);
  const high = Math.min(condition.high, effect.high);
  return low <= high ? { low, high } : condition;
}
