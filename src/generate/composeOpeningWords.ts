/**
 * The patient's opening words: one of their lay phrasings of the chief complaint, then when it began
 * in the words every later answer uses ("It started about three days ago.", "It's been going on for
 * about three months now."): the shared `describeAgo` phrasing, so the opening and the history agree.
 * The exact figure stays in the record.
 */
import type { Ago } from '../domain/record.ts';
import { agoHours } from '../text/agoHours.ts';
import { describeAgo, describeSpan } from '../text/describeAgo.ts';

// lay phrasings come from the vocabulary: each is made a sentence once
const sentences = new Map<string, string>();

function sentence(lay: string): string {
  let first = sentences.get(lay);
  if (first === undefined) {
    const trimmed = lay.trim();
    first = /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
    if (sentences.size >= 10_000) sentences.clear();
    sentences.set(lay, first);
  }
  return first;
}

/** The opening words for a lay phrasing of the chief complaint and when it started. */
export function composeOpeningWords(lay: string, started: Ago | undefined): string {
  const first = sentence(lay);
  if (!started) return first;
  return agoHours(started) >= 14 * 24
    ? `${first} It's been going on for ${describeSpan(started)} now.`
    : `${first} It started ${describeAgo(started)}.`;
}
