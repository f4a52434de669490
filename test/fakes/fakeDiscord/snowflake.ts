/** Discord-style snowflakes for the fake: time-ordered, unique, as decimal strings. */
const DISCORD_EPOCH = 1_420_070_400_000n;

export class SnowflakeFactory {
  private lastMs = 0n;
  private increment = 0n;

  next(now: number = Date.now()): string {
    let ms = BigInt(now) - DISCORD_EPOCH;
    if (ms <= this.lastMs) {
      // same millisecond (or a clock step back): stay monotonic
      ms = this.lastMs;
      this.increment += 1n;
      if (this.increment > 4095n) {
        ms += 1n;
        this.increment = 0n;
      }
    } else {
      this.increment = 0n;
    }
    this.lastMs = ms;
    return ((ms << 22n) | (1n << 17n) | this.increment).toString();
  }
}

/** Milliseconds since the Unix epoch encoded in a snowflake. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/** Orders snowflakes numerically (they are strings of different lengths across years). */
export function compareSnowflakes(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
