/** Builds the case store that STORE_URL names: `memory://`, `sqlite://<path>` or `redis://host:port`. */
import { KeyvCaseStore } from './KeyvCaseStore.ts';
import { type BackendOptions, type KeyvBackend, openKeyvBackend } from './openKeyvBackend.ts';
import { parseStoreUrl } from './parseStoreUrl.ts';

export interface CaseStoreOptions extends BackendOptions {
  url: string;
  namespace: string;
  clock?: () => number;
  opTimeoutMs?: number;
  onInvalid?: (key: string, problems: string[]) => void;
}

/** Opens the backend for `url`; throws with an operator-readable message when the URL is not understood. */
export function openBackendFromUrl(url: string, options: BackendOptions = {}): KeyvBackend {
  const location = parseStoreUrl(url);
  if (!location.ok) throw new Error(location.problem);
  return openKeyvBackend(location.value, options);
}

/** A case store on its own backend (closing the store closes the backend). */
export function createCaseStore(options: CaseStoreOptions): KeyvCaseStore {
  const backend = openBackendFromUrl(options.url, options);
  return caseStoreOn(backend, options.namespace, { ...options, close: () => backend.close() });
}

/** A case store on a shared backend: cases in `namespace`, open-case markers in `namespace-open`. */
export function caseStoreOn(
  backend: KeyvBackend,
  namespace: string,
  options: Pick<CaseStoreOptions, 'clock' | 'opTimeoutMs' | 'onInvalid'> & {
    close?: () => Promise<void>;
  } = {},
): KeyvCaseStore {
  return new KeyvCaseStore({
    cases: backend.open(namespace),
    markers: backend.open(`${namespace}-open`),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.opTimeoutMs ? { opTimeoutMs: options.opTimeoutMs } : {}),
    ...(options.onInvalid ? { onInvalid: options.onInvalid } : {}),
    ...(options.close ? { close: options.close } : {}),
  });
}
