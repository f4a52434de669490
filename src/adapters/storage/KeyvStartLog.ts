/**
 * When the bot last started, kept in the store so it survives the crash it is meant to detect: a bot
 * that crash-loops burns Discord's 1,000 IDENTIFYs a day and gets its token reset.
 */
import type { Keyv } from 'keyv';
import { z } from 'zod';

const KEY = 'starts';
const KEEP = 50;
const Starts = z.array(z.number().int());

export class KeyvStartLog {
  constructor(
    private readonly keyv: Keyv,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Records a start now; returns how many starts (this one included) fell within `windowMs`. */
  async record(windowMs: number): Promise<number> {
    const now = this.clock();
    const parsed = Starts.safeParse(await this.keyv.get(KEY));
    const starts = [...(parsed.success ? parsed.data : []), now].slice(-KEEP);
    await this.keyv.set(KEY, starts);
    return starts.filter((t) => t > now - windowMs).length;
  }
}

/** How long to wait before logging in after `recent` starts in the last window: none for the first three. */
export function identifyDelayMs(recent: number): number {
  if (recent <= 3) return 0;
  return Math.min(15 * 60_000, 15_000 * 2 ** (recent - 4));
}
