/**
 * The patient's opening words: one of their lay phrasings of the chief complaint, then when it began
 * in the round terms people use ("It started about 2 hours ago.", "about 2 days ago" for 42 hours,
 * "It's been going on for about 3 months now."). The exact figure stays in the record.
 */
import type { Ago } from '../domain/record.ts';

const ONE: Record<Ago['unit'], string> = {
  minutes: 'a minute',
  hours: 'an hour',
  days: 'a day',
  weeks: 'a week',
  months: 'a month',
  years: 'a year',
};

/** "an hour", "2 hours", "1.5 days". */
export function formatAgo(ago: Ago): string {
  return ago.value === 1 ? ONE[ago.unit] : `${ago.value} ${ago.unit}`;
}

/** The span as a person would round it: 90+ minutes in hours, 24+ hours in days, 14+ days in weeks. */
function spoken(ago: Ago): Ago {
  if (ago.unit === 'minutes' && ago.value >= 90) return { value: Math.round(ago.value / 60), unit: 'hours' };
  if (ago.unit === 'hours' && ago.value >= 24) return { value: Math.round(ago.value / 24), unit: 'days' };
  if (ago.unit === 'days' && ago.value >= 14) return { value: Math.round(ago.value / 7), unit: 'weeks' };
  return ago;
}

/** The opening words for a lay phrasing of the chief complaint and when it started. */
export function composeOpeningWords(lay: string, started: Ago | undefined): string {
  const first = /[.!?]$/.test(lay.trim()) ? lay.trim() : `${lay.trim()}.`;
  if (!started) return first;
  const ago = spoken(started);
  const long = ago.unit === 'weeks' || ago.unit === 'months' || ago.unit === 'years';
  return long
    ? `${first} It's been going on for about ${formatAgo(ago)} now.`
    : `${first} It started about ${formatAgo(ago)} ago.`;
}
