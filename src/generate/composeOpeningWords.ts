/**
 * The patient's opening words: one of their lay phrasings of the chief complaint, then when it began
 * in the words every later answer uses ("It started about three days ago.", "It's been going on for
 * about three months now."): the shared `describeAgo` phrasing, so the opening and the history agree.
 * The exact figure stays in the record.
 */
import type { Ago } from '../domain/record.ts';
import { describeAgo, describeSpan } from '../text/describeAgo.ts';

/** The opening words for a lay phrasing of the chief complaint and when it started. */
export function composeOpeningWords(lay: string, started: Ago | undefined): string {
  const first = /[.!?]$/.test(lay.trim()) ? lay.trim() : `${lay.trim()}.`;
  if (!started) return first;
  const hours = { minutes: 1 / 60, hours: 1, days: 24, weeks: 168, months: 730, years: 8766 }[started.unit];
  return started.value * hours >= 14 * 24
    ? `${first} It's been going on for ${describeSpan(started)} now.`
    : `${first} It started ${describeAgo(started)}.`;
}
