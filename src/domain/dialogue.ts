/**
 * The patient's side of a conversation: what the plan decides to say (Disclosure) and what the patient
 * remembers having said (Memory). Plain data, saved with the case.
 */
import { z } from 'zod';
import { Query } from './query.ts';

export const FactStatus = z.enum(['present', 'absent', 'unknown', 'improvised']);
export type FactStatus = z.infer<typeof FactStatus>;

/** One fact the patient states this turn. */
export const DisclosedFact = z.strictObject({
  /** Stable key of the fact, e.g. `symptom:chest-pain/radiation`, `smoking`, `medication:ramipril`. */
  fact: z.string(),
  /** Where it comes from in the record (`presentation.symptoms[0].attributes.radiation`) or `memory.<key>`. */
  path: z.string(),
  status: FactStatus,
  /** The substance of the fact in plain words, stable across rephrasings. */
  value: z.string(),
});
export type DisclosedFact = z.infer<typeof DisclosedFact>;

export const Disclosure = z.strictObject({
  queries: z.array(Query),
  facts: z.array(DisclosedFact),
  /** Social moves that colour the reply (greeting back, thanks for empathy, ...). */
  moves: z.array(z.string()),
});
export type Disclosure = z.infer<typeof Disclosure>;

export const Memory = z.strictObject({
  /** Fact key → what was said about it, first time. Later answers must agree. */
  disclosed: z.record(z.string(), DisclosedFact),
  /** Harmless personal details invented in conversation (pet's name, hobby), key → value. */
  improvised: z.record(z.string(), z.string()),
  /** The symptom or topic under discussion, for follow-ups ("does it go anywhere?"). */
  focus: z.strictObject({ symptom: z.string().optional(), topic: z.string().optional() }),
  /** -2 (very distressed) .. +2 (settled): responds to how the student behaves. */
  rapport: z.number().min(-2).max(2),
  turn: z.number().int().min(0),
});
export type Memory = z.infer<typeof Memory>;

export function emptyMemory(): Memory {
  return { disclosed: {}, improvised: {}, focus: {}, rapport: 0, turn: 0 };
}
