/**
 * Shows "<bot> is typing…" while `work` runs, if it runs long enough for anyone to notice and the
 * request budget allows: every REST call counts against the bot's 50 requests a second, and an offline
 * turn is done in milliseconds. Discord's indicator lasts about 10 s, so a long turn renews it.
 */
const RENEW_MS = 8_000;
/** Turns faster than this show no indicator. */
export const TYPING_AFTER_MS = 300;

export async function keepTyping<T>(
  channel: { sendTyping(): Promise<void> },
  work: () => Promise<T>,
  options: { afterMs?: number; affordable?: () => boolean } = {},
): Promise<T> {
  const afterMs = options.afterMs ?? TYPING_AFTER_MS;
  const type = (): void => {
    // under load the request budget goes to answers, not to indicators
    if (options.affordable && !options.affordable()) return;
    // the indicator is a courtesy: a failure must never fail the turn
    channel.sendTyping().catch(() => undefined);
  };
  let renew: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    type();
    renew = setInterval(type, RENEW_MS);
  }, afterMs);
  try {
    return await work();
  } finally {
    clearTimeout(first);
    clearInterval(renew);
  }
}
