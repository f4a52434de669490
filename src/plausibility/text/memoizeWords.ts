/**
 * A word function with its answers kept: replies draw on a small vocabulary, so a word is worked out
 * once. Bounded: the store is emptied when it holds `limit` words.
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
