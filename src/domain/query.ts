/**
 * What a doctor's message asks: the contract between understanding, planning, coverage scoring and the
 * knowledge base's must-ask history points (their `covers` keys are `coverageKey`s of queries).
 */
import { z } from 'zod';
import { SymptomAttribute } from '../ontology/schema.ts';

export const TOPICS = [
  'greeting', // "hello, I'm Sam, one of the medical students"
  'identity', // name, age, date of birth
  'opening', // "what brings you in today?"
  'symptom', // a symptom by name (target) and optionally one attribute of it
  'ros', // review of a body system (target = system id)
  'pmh', // past medical history
  'surgery', // operations
  'medications',
  'allergies',
  'family',
  'smoking',
  'alcohol',
  'drugs', // recreational drugs
  'occupation',
  'living', // home, who they live with, independence
  'exposure', // travel, immobilisation, sick contacts ... (target = exposure id)
  'pregnancy', // pregnancy, periods, contraception
  'ideas',
  'concerns',
  'expectations',
  'empathy', // the student acknowledges feelings or reassures
  'smalltalk',
  'summary', // the student summarises back; the patient confirms
  'anything-else', // "is there anything else?"
  'unknown',
] as const;
export const Topic = z.enum(TOPICS);
export type Topic = z.infer<typeof Topic>;

export const Query = z.strictObject({
  topic: Topic,
  /** Symptom id for `symptom`, system id for `ros`, exposure id for `exposure`. */
  target: z.string().optional(),
  attribute: SymptomAttribute.optional(),
  /** How sure understanding is (1 = exact phrase, lower = fuzzy). */
  confidence: z.number().min(0).max(1).default(1),
  /** The words of the message this query was read from. */
  span: z.string().optional(),
});
export type Query = z.infer<typeof Query>;

/** The key a query counts for in coverage: `topic`, `topic:target` or `topic:target/attribute`. */
export function coverageKey(q: Pick<Query, 'topic' | 'target' | 'attribute'>): string {
  let key: string = q.topic;
  if (q.target !== undefined) key += `:${q.target}`;
  if (q.attribute !== undefined) key += `/${q.attribute}`;
  return key;
}

/**
 * Whether the asked coverage keys satisfy one `covers` key of a history point: `symptom:chest-pain`
 * is satisfied by any question about chest pain; `symptom:chest-pain/radiation` only by that attribute.
 */
export function isCovered(covers: string, asked: ReadonlySet<string>): boolean {
  if (asked.has(covers)) return true;
  if (covers.includes('/')) return false;
  for (const key of asked) if (key.startsWith(`${covers}:`) || key.startsWith(`${covers}/`)) return true;
  return false;
}
