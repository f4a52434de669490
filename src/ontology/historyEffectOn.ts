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

type EffectsById = ReadonlyMap<string, ReadonlyMap<string, HistoryEffect>>;

interface EffectIndex {
  medications: EffectsById;
  conditions: EffectsById;
}

const memo = new WeakMap<Ontology, EffectIndex>();

/** Each entry's effects by investigation, the first listed winning (as `effects.find` would pick). */
function byInvestigation(entries: Iterable<{ id: string; effects: readonly HistoryEffect[] }>): EffectsById {
  const out = new Map<string, Map<string, HistoryEffect>>();
  for (const entry of entries) {
    if (entry.effects.length === 0) continue;
    const effects = new Map<string, HistoryEffect>();
    for (const e of entry.effects) if (!effects.has(e.investigation)) effects.set(e.investigation, e);
    out.set(entry.id, effects);
  }
  return out;
}

// called for every result of every record (generator and two record checks): indexed once per knowledge base
function effectIndex(ontology: Ontology): EffectIndex {
  let index = memo.get(ontology);
  if (!index) {
    index = {
      medications: byInvestigation(ontology.medications.values()),
      conditions: byInvestigation(ontology.chronicConditions.values()),
    };
    memo.set(ontology, index);
  }
  return index;
}

/** The effect the history has on `investigationId`, or undefined when it has none. */
export function historyEffectOn(
  history: HistoryIds,
  ontology: Ontology,
  investigationId: string,
): HistoryEffect | undefined {
  const index = effectIndex(ontology);
  for (const m of history.medications) {
    const e = index.medications.get(m.id)?.get(investigationId);
    if (e) return e;
  }
  for (const c of history.conditions) {
    const e = index.conditions.get(c.id)?.get(investigationId);
    if (e) return e;
  }
  return undefined;
}

const NO_EFFECTS: ReadonlyMap<string, HistoryEffect> = new Map();

/**
 * Every effect the history has, by investigation (what `historyEffectOn` gives for each): built once
 * per record by callers that ask about several results. Most histories have none.
 */
export function historyEffectsOf(
  history: HistoryIds,
  ontology: Ontology,
): ReadonlyMap<string, HistoryEffect> {
  const index = effectIndex(ontology);
  let out: Map<string, HistoryEffect> | undefined;
  // medications first, each in record order, the first effect on a test winning (as historyEffectOn)
  for (const list of [history.medications, history.conditions]) {
    const byId = list === history.medications ? index.medications : index.conditions;
    for (const item of list) {
      const effects = byId.get(item.id);
      if (!effects) continue;
      out ??= new Map();
      for (const [investigation, e] of effects) if (!out.has(investigation)) out.set(investigation, e);
    }
  }
  return out ?? NO_EFFECTS;
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
