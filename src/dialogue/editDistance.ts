/**
 * How far a typed word is from a vocabulary word, weighted by how people misspell: a vowel for a vowel
 * ("medecine"), a doubled or undoubled letter ("vomitting"), a silent h or a dropped vowel ("alchohol",
 * "cheast") and two swapped letters ("naseau") cost half an edit; any other letter a whole one.
 * Optimal string alignment; stops early once the distance exceeds `limit`.
 */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** The cost of inserting or deleting `c` between `before` and `after`. */
function gapCost(c: string, before: string | undefined, after: string | undefined): number {
  return c === before || c === after || c === 'h' || VOWELS.has(c) ? 0.5 : 1;
}

/** `strictVowels`: a vowel for another costs a whole edit (short words, where "lock" is not "lack"). */
export function editDistance(a: string, b: string, limit: number, strictVowels = false): number {
  if (Math.abs(a.length - b.length) > 2 * limit) return limit + 1;
  const n = b.length;
  let prevPrev: number[] = [];
  let prev: number[] = [0];
  // a swap ("chets") reaches back two rows, so only two rows past the limit in a row end the search
  let prevMin = 0;
  for (let j = 1; j <= n; j++) prev.push((prev[j - 1] ?? 0) + gapCost(b[j - 1] ?? '', b[j - 2], b[j]));
  for (let i = 1; i <= a.length; i++) {
    const ca = a[i - 1] ?? '';
    const row: number[] = [(prev[0] ?? 0) + gapCost(ca, a[i - 2], a[i])];
    let rowMin = row[0] ?? 0;
    for (let j = 1; j <= n; j++) {
      const cb = b[j - 1] ?? '';
      const substitution = ca === cb ? 0 : !strictVowels && VOWELS.has(ca) && VOWELS.has(cb) ? 0.5 : 1;
      let v = Math.min(
        (prev[j] ?? 0) + gapCost(ca, a[i - 2], a[i]),
        (row[j - 1] ?? 0) + gapCost(cb, b[j - 2], b[j]),
        (prev[j - 1] ?? 0) + substitution,
      );
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb) v = Math.min(v, (prevPrev[j - 2] ?? 0) + 0.5);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit && prevMin > limit) return limit + 1;
    prevMin = rowMin;
    prevPrev = prev;
    prev = row;
  }
  return prev[n] ?? limit + 1;
}
