/**
 * Registers the slash commands with Discord: globally (can take a while to show everywhere) or for one
 * guild (instant, for testing). Idempotent: a PUT replaces the whole set.
 */
import { REST, Routes } from 'discord.js';
import { commandDefinitions } from '../commands/patient.ts';
import type { Io } from '../src/app/cli/io.ts';
import { loadConfig } from '../src/app/config.ts';

export interface RegisterOptions {
  token: string;
  applicationId: string;
  /** REST base (DISCORD_API_URL). */
  apiUrl: string;
  /** Register for this guild only. */
  guildId?: string | undefined;
}

/** PUTs the command definitions; resolves to the names Discord now has. */
export async function registerCommands(
  options: RegisterOptions,
): Promise<{ scope: 'global' | 'guild'; names: string[] }> {
  const rest = new REST({ api: options.apiUrl, timeout: 15_000 }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const saved = (await rest.put(route, { body: commandDefinitions })) as { name: string }[];
  return { scope: options.guildId ? 'guild' : 'global', names: saved.map((c) => c.name) };
}

/** `patient-zero deploy-commands [--guild ID]`: resolves to the exit code. */
export async function deployCommands(
  io: Io,
  env: Record<string, string | undefined>,
  opts: { guild?: string },
): Promise<number> {
  const loaded = loadConfig(env);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.err(`config: ${p}`);
    return 2;
  }
  const {
    DISCORD_TOKEN: token,
    DISCORD_APPLICATION_ID: applicationId,
    DISCORD_API_URL: apiUrl,
  } = loaded.config;
  const missing = [
    token === undefined ? 'DISCORD_TOKEN' : '',
    applicationId === undefined ? 'DISCORD_APPLICATION_ID' : '',
  ].filter(Boolean);
  if (missing.length > 0 || token === undefined || applicationId === undefined) {
    io.err(
      `Cannot register commands: missing ${missing.join(', ')} (Discord Developer Portal → your application).`,
    );
    return 1;
  }
  if (opts.guild !== undefined && !/^\d{15,25}$/.test(opts.guild)) {
    io.err(
      '--guild must be a server id (enable Developer Mode in Discord, right-click the server, Copy Server ID).',
    );
    return 2;
  }
  try {
    const done = await registerCommands({ token, applicationId, apiUrl, guildId: opts.guild });
    io.out(
      done.scope === 'guild'
        ? `Registered /${done.names.join(', /')} in guild ${opts.guild}.`
        : `Registered /${done.names.join(', /')} globally (may take up to an hour to appear everywhere).`,
    );
    return 0;
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    io.err(
      status === 401
        ? 'Discord refused the token: check DISCORD_TOKEN.'
        : `Could not register commands: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 1;
  }
}
