/**
 * One Keyv backend per process (memory, an embedded SQLite file, or Redis), from which namespaced Keyv
 * instances are opened. Every instance throws on errors: an unreachable store must never read as "no case".
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import KeyvRedis, { createClient } from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import { Keyv } from 'keyv';
import type { StoreLocation } from './parseStoreUrl.ts';

export interface KeyvBackend {
  readonly kind: StoreLocation['kind'];
  /** A Keyv in `namespace` (never empty: a namespace-less clear() could flush a whole Redis database). */
  open(namespace: string): Keyv;
  /** Closes every connection this backend opened. */
  close(): Promise<void>;
}

export interface BackendOptions {
  /** How long to wait for a Redis connection before failing the operation. */
  connectTimeoutMs?: number;
  /** Where low-level errors go (they are also thrown to the caller). */
  onError?: (error: unknown) => void;
}

/** Opens the backend `location` names. Nothing connects until the first operation. */
export function openKeyvBackend(location: StoreLocation, options: BackendOptions = {}): KeyvBackend {
  const onError = options.onError ?? (() => undefined);
  const opened: Keyv[] = [];
  const guard = (namespace: string): void => {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(namespace)) throw new Error(`invalid store namespace: "${namespace}"`);
  };
  const track = (keyv: Keyv): Keyv => {
    keyv.throwOnErrors = true;
    // Keyv re-emits adapter errors; without a listener an emitted error could throw out of band
    keyv.on('error', onError);
    opened.push(keyv);
    return keyv;
  };

  switch (location.kind) {
    case 'memory':
      return {
        kind: 'memory',
        open: (namespace) => {
          guard(namespace);
          return track(new Keyv({ store: new Map(), namespace, throwOnErrors: true }));
        },
        close: async () => undefined,
      };
    case 'sqlite': {
      mkdirSync(dirname(location.path), { recursive: true });
      return {
        kind: 'sqlite',
        open: (namespace) => {
          guard(namespace);
          const store = new KeyvSqlite({
            uri: `sqlite://${location.path}`,
            busyTimeout: 5_000,
            iterationLimit: 1_000,
          });
          // WAL: readers never wait for the writer, and a commit costs one fsync of the log instead of
          // two of the database; NORMAL sync loses at most the last commits on power loss, never on a crash
          store
            .query('PRAGMA journal_mode=WAL')
            .then(() => store.query('PRAGMA synchronous=NORMAL'))
            .catch(onError);
          return track(new Keyv({ store, namespace, throwOnErrors: true }));
        },
        close: async () => {
          await Promise.all(opened.map((k) => k.disconnect().catch(onError)));
        },
      };
    }
    case 'redis': {
      // No offline queue: while disconnected, commands fail at once instead of waiting for a reconnect.
      const client = createClient({
        url: location.url,
        disableOfflineQueue: true,
        socket: {
          connectTimeout: options.connectTimeoutMs ?? 2_000,
          reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2_000),
        },
      });
      client.on('error', onError);
      return {
        kind: 'redis',
        open: (namespace) => {
          guard(namespace);
          const adapter = new KeyvRedis(client, {
            namespace,
            throwOnErrors: true,
            throwOnConnectError: true,
            connectionTimeout: options.connectTimeoutMs ?? 2_000,
          });
          // the adapter prefixes keys itself (`namespace::key`), as @keyv/redis's createKeyv does
          return track(new Keyv({ store: adapter, namespace, useKeyPrefix: false, throwOnErrors: true }));
        },
        close: async () => {
          if (client.isOpen) await client.close().catch(onError);
        },
      };
    }
  }
}
