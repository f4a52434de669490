/**
 * Age and sex from an AgentClinic demographics line ("45-year-old male", "8-month-old boy",
 * "Newborn, female", "22-year-old white female"), with the pronouns of the history as a fallback for sex.
 */
import type { Sex } from '../ontology/schema.ts';

const AGE = /(\d{1,3}(?:\.\d+)?)[\s-]*(year|yr|month|week|day)s?[\s-]*old/i;
const AGE_LOOSE = /\b(?:aged?|age:)\s*(\d{1,3})\b|\b(\d{1,3})\s*(?:yo|y\/o|years?)\b/i;

/** Age in whole years; under one year is 0. Undefined when the text gives none. */
export function parseAge(text: string): number | undefined {
  const m = AGE.exec(text);
  if (m?.[1] !== undefined) {
    const n = Number(m[1]);
    return m[2]?.toLowerCase().startsWith('y') ? Math.floor(n) : 0;
  }
  if (/\b(?:newborn|neonate|infant|baby)\b/i.test(text)) return 0;
  const loose = AGE_LOOSE.exec(text);
  const n = Number(loose?.[1] ?? loose?.[2]);
  return Number.isFinite(n) && loose ? n : undefined;
}

/** Sex named in the text ("female", "woman", "boy", ...). */
export function parseSex(text: string): Sex | undefined {
  if (/\b(?:female|woman|women|girl|lady|pregnant)\b/i.test(text)) return 'female';
  if (/\b(?:male|man|men|boy|gentleman)\b/i.test(text)) return 'male';
  // "Sex: F", "30yo M": a capital letter standing alone
  if (/(?:^|[\s:,(\d])F(?=$|[\s,;.)])/.test(text)) return 'female';
  if (/(?:^|[\s:,(\d])M(?=$|[\s,;.)])/.test(text)) return 'male';
  return undefined;
}

/** Sex from the pronouns of a history ("She reports ..."), when one kind clearly dominates. */
export function sexFromPronouns(text: string): Sex | undefined {
  const she = (text.match(/\b(?:she|her|hers|herself)\b/gi) ?? []).length;
  const he = (text.match(/\b(?:he|him|his|himself)\b/gi) ?? []).length;
  if (she > 0 && she >= 2 * he) return 'female';
  if (he > 0 && he >= 2 * she) return 'male';
  return undefined;
}
