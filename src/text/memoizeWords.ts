/**
 * A function of a word (or a short phrase) with its answers kept: replies and vocabularies draw on a
 * small set of them, so each is worked out once. Bounded: the store is emptied when it holds `limit`.
 */
export function memoizeWords(fn: (word: string) => string, limit: number): (word: string) => string {
  const known = new Map<string, string>();
  return (word) => {
    let out = known.get(word);
    if (out === undefined) {
      out = fn(word);
      if (known.size >= limit) known.clear();
      known.set(word, out);
    }
    return out;
  };
}
