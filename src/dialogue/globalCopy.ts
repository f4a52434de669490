/**
 * A global copy of a pattern, made once per pattern: for `matchAll` and for scans from a `lastIndex`.
 * The shared pattern itself stays without the `g` flag, so `.test()` and `.exec()` on it keep no state
 * between calls (a global pattern moves its `lastIndex` and the next test starts where the last ended).
 */
const copies = new WeakMap<RegExp, RegExp>();

export function globalCopy(re: RegExp): RegExp {
  let copy = copies.get(re);
  if (copy === undefined) {
    copy = new RegExp(re.source, `${re.flags}g`);
    copies.set(re, copy);
  }
  return copy;
}
