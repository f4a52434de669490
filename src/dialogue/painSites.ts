/**
 * A body part standing for the pain in it: "how bad is the throat out of ten?" asks about the sore
 * throat, "what's the chest like?" about the chest pain. A part word is taken from the symptoms whose
 * name is "<part> pain", "<part> ache" or "sore <part>"; a word two symptoms share ("leg") stands
 * for neither. Built once per symptom table.
 */
import type { SymptomInfo } from './buildLexicon.ts';

const PART_NAME = /^(?:(?:a )?sore (\w+)|(\w+) (?:pain|ache))$/;
/** The body part an adjective in a symptom's name is of. */
const PART_NOUNS: Readonly<Record<string, string>> = {
  pelvic: 'pelvis',
  abdominal: 'abdomen',
  facial: 'face',
  testicular: 'testicles',
};
const cache = new WeakMap<ReadonlyMap<string, SymptomInfo>, ReadonlyMap<string, string>>();

function partWords(symptoms: ReadonlyMap<string, SymptomInfo>): ReadonlyMap<string, string> {
  const found = new Map<string, Set<string>>();
  for (const s of symptoms.values()) {
    const m = PART_NAME.exec(s.name.toLowerCase());
    const part = m?.[1] ?? m?.[2];
    if (part === undefined || part.length < 3) continue;
    const ids = found.get(part) ?? new Set<string>();
    ids.add(s.id);
    found.set(part, ids);
  }
  const parts = new Map<string, string>();
  for (const [part, ids] of found) {
    if (ids.size !== 1) continue;
    parts.set(part, [...ids][0] as string);
    // "pelvic pain" hurts in the pelvis
    const noun = PART_NOUNS[part];
    if (noun !== undefined && !found.has(noun)) parts.set(noun, [...ids][0] as string);
  }
  return parts;
}

/** Part word → the one symptom that is its pain. */
export function painSites(symptoms: ReadonlyMap<string, SymptomInfo>): ReadonlyMap<string, string> {
  let parts = cache.get(symptoms);
  if (parts === undefined) {
    parts = partWords(symptoms);
    cache.set(symptoms, parts);
  }
  return parts;
}

/** The symptom "the <part>" or "your (left) <part>" in `text` stands for, when exactly one part is named. */
export function painSiteIn(text: string, symptoms: ReadonlyMap<string, SymptomInfo>): string | undefined {
  const parts = painSites(symptoms);
  const named = new Set<string>();
  // "your left arm", "the lower back"
  for (const m of text.matchAll(/\b(?:the|your|my) (?:(?:left|right|upper|lower) )?(\w+)\b/g)) {
    const id = parts.get(m[1] ?? '');
    if (id !== undefined) named.add(id);
  }
  return named.size === 1 ? [...named][0] : undefined;
}
