/** STORE_URL, parsed once: which Keyv backend to use and where it lives. */
import { isAbsolute, resolve } from 'node:path';

export type StoreLocation =
  | { kind: 'memory' }
  | { kind: 'sqlite'; path: string }
  | { kind: 'redis'; url: string };

export type StoreUrlResult = { ok: true; value: StoreLocation } | { ok: false; problem: string };

/**
 * `memory://`, `sqlite://<path>` (relative to the working directory, or absolute: `sqlite:///var/x.sqlite`)
 * or `redis://[user:pass@]host:port[/db]` / `rediss://...`.
 */
export function parseStoreUrl(url: string, cwd: string = process.cwd()): StoreUrlResult {
  const trimmed = url.trim();
  if (trimmed === 'memory://' || trimmed === 'memory') return { ok: true, value: { kind: 'memory' } };
  if (trimmed.startsWith('sqlite://')) {
    const path = trimmed.slice('sqlite://'.length);
    if (path === '')
      return {
        ok: false,
        problem: 'STORE_URL: sqlite:// needs a file path, e.g. sqlite://./data/patient-zero.sqlite',
      };
    return { ok: true, value: { kind: 'sqlite', path: isAbsolute(path) ? path : resolve(cwd, path) } };
  }
  if (trimmed.startsWith('redis://') || trimmed.startsWith('rediss://')) {
    try {
      new URL(trimmed);
    } catch {
      return { ok: false, problem: 'STORE_URL: not a valid redis:// URL' };
    }
    return { ok: true, value: { kind: 'redis', url: trimmed } };
  }
  return { ok: false, problem: 'STORE_URL: expected memory://, sqlite://<path> or redis://host:port' };
}
