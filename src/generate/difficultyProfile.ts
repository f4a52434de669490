/**
 * How difficulty changes the case itself, not just its label. Easy is the textbook picture: classic
 * symptoms present, the usual chief complaint, no atypical variant, a clear historian. Hard prefers an
 * atypical variant, leaves out some classic features, adds comorbidities that point at a differential,
 * and favours vague or tangential historians.
 */
import type { Difficulty } from '../ontology/schema.ts';

export interface DifficultyProfile {
  /** Relative weight when the request names no difficulty. */
  weight: number;
  /** Chance that a symptom, finding or result listed with probability p is present. */
  presence(p: number): number;
  /** Chance that an investigation result listed with probability p is abnormal as listed. */
  resultPresence(p: number): number;
  /** Weight of a symptom as the chief complaint, from its `chief` weight. */
  chiefWeight(w: number): number;
  /** Chance of using an atypical variant, given the summed probability of those that apply. */
  atypicalChance(sum: number): number;
  /** Comorbidities added that resemble a differential diagnosis. */
  distractors: number;
  /** Multiplier on the weight of poor-historian persona archetypes. */
  poorHistorianWeight: number;
  /** Fraction of each vital-sign range used, centred on its middle (1 = the whole range). */
  vitalsSpread: number;
  /** Chance of drawing the age from the whole range instead of around the mode. */
  ageSpread: number;
}

export const DIFFICULTY_PROFILES: Record<Difficulty, DifficultyProfile> = {
  easy: {
    weight: 0.35,
    presence: (p) => (p >= 0.5 ? 1 : p * 0.5),
    resultPresence: (p) => (p >= 0.5 ? 1 : p),
    chiefWeight: (w) => w * w,
    atypicalChance: () => 0,
    distractors: 0,
    poorHistorianWeight: 0,
    vitalsSpread: 0.6,
    ageSpread: 0,
  },
  medium: {
    weight: 0.4,
    presence: (p) => p,
    resultPresence: (p) => p,
    chiefWeight: (w) => w,
    atypicalChance: (sum) => Math.min(1, sum),
    distractors: 0,
    poorHistorianWeight: 1,
    vitalsSpread: 1,
    ageSpread: 0.1,
  },
  hard: {
    weight: 0.25,
    // some classic features go missing; uncommon ones turn up more often
    presence: (p) => (p >= 0.5 ? p * 0.8 : Math.min(1, p * 1.5)),
    // results stay as listed: a hard case misleads through the story, not through impossible tests
    resultPresence: (p) => p,
    chiefWeight: (w) => Math.sqrt(w),
    atypicalChance: (sum) => (sum > 0 ? Math.min(0.9, Math.max(0.6, 3 * sum)) : 0),
    distractors: 2,
    poorHistorianWeight: 4,
    vitalsSpread: 1,
    ageSpread: 0.35,
  },
};
