/**
 * The topic hits of one clause: what the topic rules match, less a topic word that is only part of a
 * longer symptom phrase ("needles" in "pins and needles"), and how one hit blocks another.
 */
import type { Topic } from '../domain/query.ts';
import { MEDICINES_AND_ALLERGIES } from './clauseWordings.ts';
import type { PhraseHit } from './findPhrases.ts';
import { TEXTBOOK } from './outOfScope.ts';
import { TOPIC_RULES } from './topicRules.ts';

export interface TopicHit {
  topic: Topic;
  target?: string | undefined;
  start: number;
  /** End of the rule's match (phrase-derived hits: their start). */
  end?: number;
  blocks: readonly string[];
  /** Derived from a lexicon phrase rather than a topic rule. */
  fromPhrase?: boolean;
  /** Which of the clause's joined questions it is in ("anything worrying you, or anything else?"). */
  part?: number;
}

/** "…or anything else…", "…and do you…": a second question joined on, which no block reaches across. */
const JOINED_QUESTION =
  /\b(?:or|and) (?=(?:any|anything|is there|are there|do you|have you|are you|did you|has there)\b)/g;

/** Whether another hit blocks this one (by topic, by `topic:target`, or everything with `*`). */
export function blocked(hit: TopicHit, by: readonly TopicHit[]): boolean {
  return by.some(
    (b) =>
      b !== hit &&
      (b.part === undefined || hit.part === undefined || b.part === hit.part) &&
      b.blocks.some(
        (k) =>
          k === '*' || k === hit.topic || (hit.target !== undefined && k === `${hit.topic}:${hit.target}`),
      ),
  );
}

/** The topic rules' hits on a clause: strong ones, and weak ones used only when nothing else is asked. */
export function readTopicHits(
  text: string,
  phrases: readonly PhraseHit[],
): { hits: TopicHit[]; weakHits: TopicHit[] } {
  const hits: TopicHit[] = [];
  const weakHits: TopicHit[] = [];
  const joins = [...text.matchAll(JOINED_QUESTION)].map((m) => m.index);
  for (const rule of TOPIC_RULES) {
    const m = rule.re.exec(text);
    if (!m) continue;
    // "what causes epilepsy?": a textbook question names a condition nobody has
    if (rule.asCondition === true && TEXTBOOK.test(text)) continue;
    const hit = {
      topic: rule.topic,
      target: rule.target,
      start: m.index,
      end: m.index + m[0].length,
      blocks: rule.blocks ?? [],
      part: joins.filter((j) => j < m.index).length,
      // "epilepsy?" named by a rule is a condition like one from the lexicon
      ...(rule.asCondition === true ? { fromPhrase: true } : {}),
    };
    (rule.weak ? weakHits : hits).push(hit);
  }
  // a topic word inside a longer symptom phrase ("needles" in "pins and needles", "patches" in "red
  // patches") is the symptom's, unless the topic deliberately claims that symptom ("heavy periods")
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i] as TopicHit;
    const end = h.end ?? h.start;
    const inside = phrases.find(
      (p) => p.kind === 'symptom' && p.start <= h.start && end <= p.end && p.end - p.start > end - h.start,
    );
    if (inside && !h.blocks.includes(`symptom:${inside.id}`)) hits.splice(i, 1);
  }
  // "what meds are you on, any allergies?", "DHx and allergies?": the medicines asked first are a question
  // of their own; the allergy only takes in a medicine it is to ("allergic to any medicines?")
  const askedBefore = (a: TopicHit): boolean =>
    hits.some(
      (m) =>
        m.topic === 'medications' &&
        (m.end ?? m.start) < a.start &&
        /\b(?:and|or|any|also|plus)\b/.test(text.slice(m.end ?? m.start, a.start)) &&
        !/\b(?:to|with|from)\b/.test(text.slice(m.end ?? m.start, a.start)),
    );
  for (const h of hits) {
    if (h.topic === 'allergies' && (MEDICINES_AND_ALLERGIES.test(text) || askedBefore(h)))
      h.blocks = h.blocks.filter((b) => b !== 'medications');
  }
  return { hits, weakHits };
}
