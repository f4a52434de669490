/**
 * The patient's idea, concern or expectation, from the ICE vocabulary: entries about the chief
 * complaint are likeliest (weight 4 each), then entries about another of their symptoms (2), then
 * general ones (1). The choices given already exclude any entry that names the diagnosis (`iceFor`).
 */
import type { IceDef } from '../ontology/schema.ts';
import type { IceChoices } from './indexOntology.ts';
import type { Rng } from './rng.ts';

/** Said when the vocabulary has nothing that fits: neutral, and naming no diagnosis. */
export const ICE_FALLBACK: Record<IceDef['kind'], string> = {
  idea: "I'm not sure what's causing it.",
  concern: "I'm worried it might be something serious.",
  expectation: "I'd like to find out what's going on.",
};

/** Each symptom's entries of every kind (`choices.bySymptom`), looked up once for the three picks. */
export function iceOfSymptoms(choices: IceChoices, symptoms: readonly string[]): SymptomIce {
  return symptoms.map((s) => choices.bySymptom.get(s));
}

/** The ICE entries about each of the patient's symptoms, in symptom order. */
export type SymptomIce = readonly (Readonly<Record<IceDef['kind'], readonly IceDef[]>> | undefined)[];

/**
 * One idea, concern or expectation for a patient with these symptoms (the fallback when none fits);
 * `found` is `iceOfSymptoms(choices, symptoms)`.
 */
export function pickIce(
  choices: IceChoices,
  kind: IceDef['kind'],
  chief: string,
  symptoms: readonly string[],
  found: SymptomIce,
  rng: Rng,
): string {
  // symptom-specific entries with their best weight (an entry may list several of the symptoms)
  const specific: IceDef[] = [];
  const weights: number[] = [];
  for (let i = 0; i < symptoms.length; i++) {
    const w = symptoms[i] === chief ? 4 : 2;
    const entries = found[i]?.[kind];
    if (entries === undefined) continue;
    for (const e of entries) {
      const at = specific.indexOf(e);
      if (at < 0) {
        specific.push(e);
        weights.push(w);
      } else if ((weights[at] ?? 0) < w) weights[at] = w;
    }
  }
  const general = choices.general[kind];
  let total = general.length;
  for (const w of weights) total += w;
  if (total === 0) return ICE_FALLBACK[kind];
  let target = rng.next() * total;
  for (let i = 0; i < specific.length; i++) {
    target -= weights[i] ?? 0;
    if (target < 0) return specific[i]?.text ?? ICE_FALLBACK[kind];
  }
  return general[Math.min(general.length - 1, Math.floor(target))]?.text ?? ICE_FALLBACK[kind];
}
