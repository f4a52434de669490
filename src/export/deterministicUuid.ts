/** A UUID-shaped id derived from a name (version nibble 5, RFC 4122 variant), stable across runs. */
import { hashHex } from '../generate/hashString.ts';

/** The same UUID for the same name, every time. */
export function deterministicUuid(name: string): string {
  const h = hashHex(name);
  const variant = ((Number.parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
