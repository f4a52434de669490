/**
 * Every word written anywhere in a value (strings of nested objects, arrays and maps): the knowledge
 * base's own prose, used as real words typo correction must never "correct".
 */
export function collectWords(value: unknown, into: Set<string> = new Set()): Set<string> {
  const seen = new WeakSet<object>();
  const walk = (x: unknown): void => {
    if (typeof x === 'string') {
      for (const w of x.toLowerCase().match(/[a-z]+/g) ?? []) into.add(w);
      return;
    }
    if (x === null || typeof x !== 'object' || seen.has(x)) return;
    seen.add(x);
    const children = x instanceof Map ? x.values() : Array.isArray(x) ? x : Object.values(x);
    for (const child of children) walk(child);
  };
  walk(value);
  return into;
}
