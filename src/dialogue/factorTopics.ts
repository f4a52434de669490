/**
 * A habit named as what brings a symptom on or eases it is a circumstance of the symptom, not a
 * question about the habit: "does coffee or alcohol make them worse?", "anything that sets them off,
 * like coffee or alcohol?", "is the pain worse after a drink?", "does smoking make your cough worse?"
 * ask what aggravates the symptom; "do you drink alcohol?" still asks about drinking.
 */
import type { Topic } from '../domain/query.ts';
import type { AttributeCue } from './clauseCues.ts';
import type { TopicHit } from './clauseTopicHits.ts';

/** Habits that can be what sets a symptom off. */
const HABITS: ReadonlySet<Topic> = new Set(['alcohol', 'smoking', 'drugs']);
/** The habit as the subject of what it does to the symptom: "alcohol (or coffee) make(s) …", "a drink of alcohol make …". */
const ACTS_ON =
  /^\w+(?: \w+){0,2}(?: (?:or|and) \w+(?: \w+)?)? (?:make|makes|made|bring|brings|set|sets|trigger|triggers|help|helps|ease|eases|affect|affects|change|changes)\b/;
/** The habit after the circumstance it is ("worse after a drink") or as an example of one ("like alcohol"). */
const CIRCUMSTANCE_BEFORE =
  /\b(?:worse|better|bad|on|off) (?:when|with|after|if|whenever|while) (?:you )?(?:\w+ ){0,2}$|\b(?:like|such as|for example|for instance|e g)(?: \w+){0,3}(?: (?:or|and))? $/;

/** The topic hits less the habits named as a factor, when the clause asks what worsens or eases a symptom. */
export function withoutFactorHabits(
  text: string,
  hits: readonly TopicHit[],
  cues: readonly AttributeCue[],
  aboutSymptom: boolean,
): TopicHit[] {
  const factorCue = cues.some((c) => c.attribute === 'exacerbating' || c.attribute === 'relieving');
  if (!factorCue || !aboutSymptom) return [...hits];
  return hits.filter(
    (h) =>
      !HABITS.has(h.topic) ||
      !(ACTS_ON.test(text.slice(h.start)) || CIRCUMSTANCE_BEFORE.test(text.slice(0, h.start))),
  );
}
