/**
 * The patient's opening words: one of their lay phrasings of the chief complaint, then when it began
 * in the words every later answer uses ("It started about three days ago.", "It's been going on for
 * about three months now."): the shared `describeAgo` phrasing, so the opening and the history agree.
 * The exact figure stays in the record.
 */
import type { Ago } from '../domain/record.ts';
import { agoHours } from '../text/agoHours.ts';
import { describeAgo, describeSpan } from '../text/describeAgo.ts';
import { memoizeWords } from '../text/memoizeWords.ts';

/** A lay phrasing as a sentence (they come from the vocabulary: each is made a sentence once). */
const sentence = memoizeWords((lay) => {
  const trimmed = lay.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}, 10_000);

/** The opening words for a lay phrasing of the chief complaint and when it started. */
export function composeOpeningWords(lay: string, started: Ago | undefined): string {
  const first = sentence(lay);
  if (!started) return first;
  return agoHours(started) >= 14 * 24
    ? `${first} It's been going on for ${describeSpan(started)} now.`
    : `${first} It started ${describeAgo(started)}.`;
}
