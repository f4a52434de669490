/**
 * The concrete attributes of one symptom: one of the knowledge base's phrasings for each attribute it
 * gives, a start time in whole units and a 0–10 severity, so every later answer about it agrees.
 */
import type { SymptomFacts } from '../domain/record.ts';
import type { SymptomAttributes } from '../ontology/schema.ts';
import type { Rng } from './rng.ts';

const TEXT_ATTRIBUTES = [
  'site',
  'onset',
  'character',
  'radiation',
  'timing',
  'exacerbating',
  'relieving',
] as const;

type TextAttribute = (typeof TEXT_ATTRIBUTES)[number];

// a symptom's attributes are fixed by the knowledge base: list the ones with options once
const textOptions = new WeakMap<SymptomAttributes, readonly [TextAttribute, readonly string[]][]>();

function optionsOf(attributes: SymptomAttributes): readonly [TextAttribute, readonly string[]][] {
  let list = textOptions.get(attributes);
  if (!list) {
    const found: [TextAttribute, readonly string[]][] = [];
    for (const key of TEXT_ATTRIBUTES) {
      const options = attributes[key];
      if (options && options.length > 0) found.push([key, options]);
    }
    list = found;
    textOptions.set(attributes, list);
  }
  return list;
}

/** One concrete value for each attribute the condition gives the symptom. */
export function sampleSymptomFacts(attributes: SymptomAttributes, rng: Rng): SymptomFacts {
  const facts: SymptomFacts = {};
  for (const [key, options] of optionsOf(attributes)) facts[key] = rng.pick(options);
  const { started, severity } = attributes;
  if (started) {
    const whole = Number.isInteger(started.low) && Number.isInteger(started.high);
    const value = whole
      ? rng.int(started.low, started.high)
      : Math.max(started.low, Math.round(rng.float(started.low, started.high) * 10) / 10);
    facts.started = { value, unit: started.unit };
  }
  if (severity) {
    const low = Math.max(0, Math.ceil(severity.low));
    const high = Math.min(10, Math.floor(severity.high));
    facts.severity = rng.int(low, Math.max(low, high));
  }
  return facts;
}
