/**
 * A fetch for the openai SDK that keeps its retries inside a turn's budget. The SDK honours any
 * `retry-after` a server sends, however long, in a sleep it cannot abort; behind this wrapper a wait
 * longer than `maxWaitMs` is refused (`x-should-retry: false`), so the SDK fails fast with the rate
 * limit error instead of sleeping past the deadline. Shorter waits are honoured as sent.
 */
type Fetch = typeof globalThis.fetch;

/** How long a response asks the client to wait, in ms (undefined if it does not say). */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && !Number.isNaN(Number.parseFloat(ms))) return Number.parseFloat(ms);
  const value = headers.get('retry-after');
  if (value === null) return undefined;
  const seconds = Number.parseFloat(value);
  if (!Number.isNaN(seconds)) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : date - now;
}

/** Wraps `inner` so that retryable responses asking for a longer wait than `maxWaitMs` are not retried. */
export function boundRetryAfter(inner: Fetch, maxWaitMs: number): Fetch {
  return async (input, init) => {
    const response = await inner(input, init);
    if (response.status !== 429 && response.status < 500) return response;
    const wait = retryAfterMs(response.headers);
    if (wait === undefined || wait <= maxWaitMs) return response;
    const headers = new Headers(response.headers);
    headers.set('x-should-retry', 'false');
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
