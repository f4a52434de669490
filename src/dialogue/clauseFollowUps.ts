/**
 * Bare follow-ups that go on with the topic under discussion ("how many a day?", "tell me more"),
 * and the history topics whose words make a clause's attribute cues about them, not a symptom.
 */
import type { Topic } from '../domain/query.ts';

/** History topics whose words make attribute cues in the same clause about them, not a symptom. */
export const HISTORY_TOPICS: ReadonlySet<Topic> = new Set([
  'identity',
  'opening',
  'pmh',
  'surgery',
  'medications',
  'allergies',
  'family',
  'smoking',
  'alcohol',
  'drugs',
  'occupation',
  'living',
  'exposure',
  'pregnancy',
  'ideas',
  'concerns',
  'expectations',
  'summary',
  'smalltalk',
]);

/** Topics a bare follow-up ("how many a day?", "tell me more") continues. */
const FOLLOW_UP_TOPICS: readonly Topic[] = [
  'smoking',
  'alcohol',
  'drugs',
  'medications',
  'allergies',
  'pmh',
  'surgery',
  'family',
  'occupation',
  'living',
  'exposure',
  'pregnancy',
  'ideas',
  'concerns',
  'expectations',
];

/** The topic under discussion, when a bare follow-up can continue it. */
export const followUpTopic = (topic: string | undefined): Topic | undefined =>
  FOLLOW_UP_TOPICS.find((t) => t === topic);

/** "tell me more", "go on": more about whatever is under discussion. */
export const TELL_MORE =
  /\b(?:tell me (?:a bit |a little )?more|go on|carry on|say more|expand on|elaborate|more about (?:that|it|this)|more detail|explain (?:that|more))\b/;
/**
 * "how many?", "since when?", "what kind?": a question about an amount or kind of what was said; "has
 * it crept up since all this started?" (after the drinking) asks how the amount has changed.
 */
export const QUANTITY =
  /\bhow (?:many|much|long|often|heavily|regularly)\b|\b(?:crept|creeping|gone|going|went) (?:up|down)\b|\b(?:increased|decreased|cut down|cut back)\b|\bsince when\b|\bwhen did you (?:start|stop|quit|give up)\b|\bwhat (?:kind|type|sort)\b|\bwhich (?:ones?|kind)\b|\bper (?:day|week)\b|\ba (?:day|week)\b|\bwhat (?:dose|for)\b|\bwho\b|\bwhen was (?:that|this|it)\b/;
