/**
 * A time before presentation in a patient's words, from the record's numbers, so it reads the same
 * every time it is asked: {2, hours} → "about two hours ago" / "for about two hours".
 */

import type { Ago } from '../domain/record.ts';
import { numberWords } from './numberWords.ts';

const HOURS: Readonly<Record<string, number>> = {
  minutes: 1 / 60,
  hours: 1,
  days: 24,
  weeks: 168,
  months: 730,
  years: 8766,
};

/** `n` of a unit in words: "an hour", "a day and a half", "three weeks". */
function say(n: number, unit: string): string {
  if (n === 1) return unit === 'hour' ? 'an hour' : `a ${unit}`;
  if (n === 1.5) return unit === 'hour' ? 'an hour and a half' : `a ${unit} and a half`;
  return `${numberWords(n)} ${unit}s`;
}

/** The time in the unit a person would use for it: 29 hours is "a day", 90 minutes "an hour and a half". */
function amount(ago: Ago): string {
  const hours = ago.value * (HOURS[ago.unit] ?? 1);
  if (hours < 1) return `${numberWords(Math.max(1, Math.round(hours * 60)))} minutes`;
  if (hours < 2) return say(Math.round(hours * 2) / 2, 'hour');
  if (hours < 24) return say(Math.round(hours), 'hour');
  if (hours < 14 * 24)
    return say(hours < 48 ? Math.round((hours / 24) * 2) / 2 : Math.round(hours / 24), 'day');
  if (hours < 9 * 168) return say(Math.round(hours / 168), 'week');
  if (hours < 24 * 730) return say(Math.round(hours / 730), 'month');
  return say(Math.round(hours / 8766), 'year');
}

/** "about two hours ago" */
export function describeAgo(ago: Ago): string {
  return `about ${amount(ago)} ago`;
}

/** "about two hours" (for "it's been going on for ...") */
export function describeSpan(ago: Ago): string {
  return `about ${amount(ago)}`;
}
