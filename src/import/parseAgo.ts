/**
 * How long ago something began, from case prose: "a 1-month history of", "for the past 4 weeks",
 * "30 minutes ago", "over the last 48 hours", "started yesterday". Ages ("35-year-old") are not durations.
 */
import type { Ago } from '../domain/record.ts';
import type { TimeUnit } from '../ontology/schema.ts';
import { proseNumber } from './proseNumber.ts';

const NUMBER = String.raw`(\d+(?:\.\d+)?|a couple of|a few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)`;
const UNIT = `(minute|min|hour|hr|day|week|wk|month|year|yr)s?`;
const BEFORE = new RegExp(
  String.raw`\b(?:for|over|in|during|within|since)\s+(?:the\s+)?(?:past\s+|last\s+|previous\s+)?${NUMBER}[\s-]+${UNIT}\b`,
  'i',
);
const AFTER = new RegExp(
  String.raw`\b${NUMBER}[\s-]+${UNIT}(?![\s-]*old)[\s-]+(?:history|ago|duration|course|period)`,
  'i',
);

const UNITS: Readonly<Record<string, TimeUnit>> = {
  minute: 'minutes',
  min: 'minutes',
  hour: 'hours',
  hr: 'hours',
  day: 'days',
  week: 'weeks',
  wk: 'weeks',
  month: 'months',
  year: 'years',
  yr: 'years',
};

function toAgo(count: string | undefined, unit: string | undefined): Ago | undefined {
  if (count === undefined || unit === undefined) return undefined;
  const value = proseNumber(count);
  const u = UNITS[unit.toLowerCase()];
  return value !== undefined && value > 0 && u !== undefined ? { value, unit: u } : undefined;
}

/** The first onset the text states, or undefined. */
export function parseAgo(text: string): Ago | undefined {
  const candidates = [AFTER.exec(text), BEFORE.exec(text)].filter((m): m is RegExpExecArray => m !== null);
  candidates.sort((a, b) => a.index - b.index);
  for (const m of candidates) {
    const ago = toAgo(m[1], m[2]);
    if (ago) return ago;
  }
  if (/\byesterday\b/i.test(text)) return { value: 1, unit: 'days' };
  if (/\b(?:this morning|earlier today|today)\b/i.test(text)) return { value: 3, unit: 'hours' };
  if (/\blast night\b/i.test(text)) return { value: 12, unit: 'hours' };
  return undefined;
}
