/** The options of a subcommand as a plain record (name → value), for zod to parse. */
import type { CommandInteractionOption } from 'discord.js';

export function readOptions(data: readonly CommandInteractionOption[]): {
  subcommand: string | undefined;
  raw: Record<string, unknown>;
} {
  const sub = data[0];
  if (!sub || sub.options === undefined) return { subcommand: sub?.name, raw: {} };
  const raw: Record<string, unknown> = {};
  for (const option of sub.options) {
    if (option.value !== undefined) raw[option.name] = option.value;
  }
  return { subcommand: sub.name, raw };
}
