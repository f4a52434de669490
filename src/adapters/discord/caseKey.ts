/** A case on Discord is keyed by where it lives: `<guildId>:<threadId>`. */
const SNOWFLAKE = /^\d{15,25}$/;

export function caseKeyOf(guildId: string, threadId: string): string {
  return `${guildId}:${threadId}`;
}

/** The guild and thread of a Discord case key, or undefined for keys made elsewhere (sandbox). */
export function parseCaseKey(key: string): { guildId: string; threadId: string } | undefined {
  const [guildId, threadId, ...rest] = key.split(':');
  if (rest.length > 0 || !guildId || !threadId || !SNOWFLAKE.test(guildId) || !SNOWFLAKE.test(threadId))
    return undefined;
  return { guildId, threadId };
}

/** Compares Discord snowflakes (decimal strings of varying length) by time. */
export function newerSnowflake(a: string, b: string): string {
  return BigInt(a) >= BigInt(b) ? a : b;
}

export function isSnowflake(id: string): boolean {
  return SNOWFLAKE.test(id);
}
