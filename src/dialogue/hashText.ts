/** FNV-1a 32-bit hash: the deterministic source of variety (no Math.random anywhere in dialogue). */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** One item of a non-empty list, chosen by the hash of `salt`. */
export function pickBy<T>(items: readonly T[], salt: string): T {
  const item = items[hashText(salt) % items.length];
  if (item === undefined) throw new Error('pickBy needs a non-empty list');
  return item;
}
