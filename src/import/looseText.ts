/**
 * Reading `LooseValue`s as text: flattening any nesting into "Label: value" prose, walking the leaves
 * of a nested object with their key paths, and turning keys like `Cranial_Nerves` into labels.
 */
import { normalizeName } from '../text/normalizeName.ts';
import type { LooseValue } from './agentClinicShape.ts';

/** One leaf of a nested value, with the keys that lead to it. */
export interface Leaf {
  path: string[];
  text: string;
}

/** `Cranial_Nerves` → "Cranial nerves", `CT_Scan_Thorax` → "CT scan thorax", `Rubella_IgM` → "Rubella IgM". */
export function humanizeKey(key: string): string {
  const words = key
    .replace(/_/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    // words with a capital after the first letter are abbreviations (CT, IgM, pH): kept as written
    .map((w) => (/[A-Z]/.test(w.slice(1)) ? w : w.toLowerCase()));
  const text = words.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Any value as one line of prose: lists joined with "; ", objects as "Label: value" pairs. */
export function flattenText(value: LooseValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value))
    return value
      .map(flattenText)
      .filter((s) => s !== '')
      .join('; ');
  return Object.entries(value)
    .map(([k, v]) => {
      const text = flattenText(v);
      return text === '' ? '' : `${humanizeKey(k)}: ${text}`;
    })
    .filter((s) => s !== '')
    .join('; ');
}

/** Every non-empty leaf under `value`; a list of plain values counts as one leaf. */
export function leavesOf(value: LooseValue | undefined, path: string[] = []): Leaf[] {
  if (value === undefined || value === null) return [];
  if (typeof value !== 'object' || (Array.isArray(value) && value.every((v) => typeof v !== 'object'))) {
    const text = flattenText(value);
    return text === '' ? [] : [{ path, text }];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => leavesOf(v, [...path, String(i + 1)]));
  return Object.entries(value).flatMap(([k, v]) => leavesOf(v, [...path, k]));
}

/** A kebab-case id from any text ("Myasthenia gravis (MG)" → "myasthenia-gravis-mg"), at most 60 characters. */
export function slugify(text: string): string {
  const slug = normalizeName(text).replace(/\s+/g, '-').slice(0, 60).replace(/-+$/, '');
  return slug === '' ? 'unnamed' : slug;
}

/** The keys of every object under `value` (any parsed JSON), at any depth. */
export function keysOf(value: unknown): string[] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return value.flatMap(keysOf);
  return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
}
