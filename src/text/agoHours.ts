/** Time spans in hours, so spans in different units compare ("36 hours" is before "2 days"). */
import type { TimeUnit } from '../ontology/schema.ts';

/** Hours in one of each unit (a month as 730 hours, a year as 8,766). */
export const HOURS_PER: Readonly<Record<TimeUnit, number>> = {
  minutes: 1 / 60,
  hours: 1,
  days: 24,
  weeks: 168,
  months: 730,
  years: 8766,
};

/** The span in hours. */
export function agoHours(ago: { value: number; unit: TimeUnit }): number {
  return ago.value * HOURS_PER[ago.unit];
}
