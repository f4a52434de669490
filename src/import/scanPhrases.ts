/**
 * Finds known phrases as whole words in normalized text. Overlaps go to the longest phrase, so
 * "double vision" wins over "vision" and "chest pain" over "pain"; hits come back in text order.
 */

export interface PhraseEntry {
  id: string;
  /** Normalized (`normalizeName`) phrase. */
  phrase: string;
}

export interface PhraseHit {
  id: string;
  phrase: string;
  /** Character offsets in the normalized text. */
  start: number;
  end: number;
}

/** Every non-overlapping whole-word hit of `entries` in `text` (already normalized). */
export function scanPhrases(text: string, entries: readonly PhraseEntry[]): PhraseHit[] {
  const padded = ` ${text} `;
  const hits: PhraseHit[] = [];
  for (const { id, phrase } of entries) {
    if (phrase === '') continue;
    const needle = ` ${phrase} `;
    let from = padded.indexOf(needle);
    while (from >= 0) {
      hits.push({ id, phrase, start: from, end: from + phrase.length });
      from = padded.indexOf(needle, from + 1);
    }
  }
  hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.id.localeCompare(b.id));
  const kept: PhraseHit[] = [];
  for (const hit of hits) {
    if (kept.every((k) => hit.end <= k.start || hit.start >= k.end)) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}
