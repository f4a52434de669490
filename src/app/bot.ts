/**
 * `patient-zero bot` (what `npm start` runs): config → knowledge base → services → Discord client, until
 * SIGINT/SIGTERM. Refuses to start, naming what is missing, when the Discord settings are not there.
 */
import type { PatientZeroBot } from '../adapters/discord/PatientZeroBot.ts';
import { parseStoreUrl } from '../adapters/storage/parseStoreUrl.ts';
import type { Io } from './cli/io.ts';
import { type Config, llmEnabled, loadConfig } from './config.ts';

const SETTING_HELP: Record<string, string> = {
  DISCORD_TOKEN: 'the bot token (Discord Developer Portal → your application → Bot → Reset Token)',
};

/** The Discord settings the bot cannot run without, each with where to find it. */
export function missingDiscordSettings(config: Config): string[] {
  return config.DISCORD_TOKEN === undefined ? ['DISCORD_TOKEN'] : [];
}

export interface RunBotOptions {
  /** Stops the bot when aborted (tests); by default SIGINT/SIGTERM do. */
  signal?: AbortSignal;
  /** Called once the bot is logged in and ready. */
  onReady?: (bot: PatientZeroBot) => void;
}

function waitForStop(signal: AbortSignal | undefined): Promise<string> {
  return new Promise((resolve) => {
    if (signal) {
      if (signal.aborted) resolve('aborted');
      signal.addEventListener('abort', () => resolve('aborted'), { once: true });
      return;
    }
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

/** Runs the bot; resolves to the process exit code once it has stopped. */
export async function runBot(
  io: Io,
  env: Record<string, string | undefined> = process.env,
  options: RunBotOptions = {},
): Promise<number> {
  const loaded = loadConfig(env);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.err(`config: ${p}`);
    return 2;
  }
  const config = loaded.config;
  const missing = missingDiscordSettings(config);
  if (missing.length > 0 || config.DISCORD_TOKEN === undefined) {
    io.err(`Cannot start the Discord bot: missing ${missing.join(', ')}.`);
    for (const name of missing) io.err(`  ${name}: ${SETTING_HELP[name] ?? 'see deploy/README.md'}`);
    io.err(
      'Set it in the environment (or a .env file loaded by your process manager); see deploy/README.md.',
    );
    io.err('To try a case without Discord: npm run sandbox');
    return 1;
  }
  const token = config.DISCORD_TOKEN;
  const store = parseStoreUrl(config.STORE_URL);
  if (!store.ok) {
    io.err(`config: ${store.problem}`);
    return 2;
  }
  // the engine, discord.js and the store are loaded only once the settings are known to be there
  const [
    { loadKnowledge },
    { createServices },
    { createLogger },
    { createDiscordClient },
    { PatientZeroBot },
    { buildRegistry },
    { identifyDelayMs },
  ] = await Promise.all([
    import('./loadKnowledge.ts'),
    import('./createServices.ts'),
    import('../adapters/log/createLogger.ts'),
    import('../adapters/discord/createDiscordClient.ts'),
    import('../adapters/discord/PatientZeroBot.ts'),
    import('../../commands/patient.ts'),
    import('../adapters/storage/KeyvStartLog.ts'),
  ]);
  const knowledge = loadKnowledge(config.ONTOLOGY_DIR);
  if (!knowledge.ok) {
    for (const p of knowledge.problems) io.err(p);
    io.err('The knowledge base has problems; run `patient-zero ontology check` for the list.');
    return 1;
  }

  const log = createLogger({ level: config.LOG_LEVEL });
  // the model client is loaded only when a model is configured
  const phraser = llmEnabled(config) ? (await import('./createPhraser.ts')).createPhraser(config) : undefined;
  const services = createServices({ config, knowledge: knowledge.value, log, phraser });
  const stopped = waitForStop(options.signal);
  try {
    // crash-loop protection: every IDENTIFY counts against Discord's daily 1,000
    const recent = await services.starts.record(10 * 60_000).catch(() => 0);
    const delay = identifyDelayMs(recent);
    if (delay > 0) {
      log.warn({ recentStarts: recent, delayMs: delay }, 'restarting too often; waiting before logging in');
      const outcome = await Promise.race([new Promise((r) => setTimeout(r, delay, 'waited')), stopped]);
      if (outcome !== 'waited') return 0;
    }
    const client = createDiscordClient({
      apiUrl: config.DISCORD_API_URL,
      gatewayUrl: config.DISCORD_GATEWAY_URL,
      messageContent: config.DISCORD_MESSAGE_CONTENT,
    });
    const bot = new PatientZeroBot({ client, services: services.bot, registry: buildRegistry(), log });
    try {
      await bot.start(token);
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'TokenInvalid') io.err('Discord refused the bot token: check DISCORD_TOKEN.');
      else if (code === 'DisallowedIntents' || String(error).includes('4014')) {
        io.err(
          'Discord refused the Message Content intent: enable it for the bot in the Developer Portal, or set DISCORD_MESSAGE_CONTENT=false (students then use /patient ask or mention the bot).',
        );
      } else
        io.err(`Could not connect to Discord: ${error instanceof Error ? error.message : String(error)}`);
      log.error({ err: error }, 'login failed');
      await bot.stop().catch(() => undefined);
      return 1;
    }
    if (
      config.DISCORD_APPLICATION_ID &&
      client.application &&
      client.application.id !== config.DISCORD_APPLICATION_ID
    ) {
      log.warn(
        { expected: config.DISCORD_APPLICATION_ID, actual: client.application.id },
        'DISCORD_APPLICATION_ID does not match the token',
      );
    }
    log.info({ user: client.user?.id, guilds: client.guilds.cache.size }, 'bot ready');
    options.onReady?.(bot);
    const reason = await stopped;
    log.info({ reason }, 'stopping');
    await bot.stop();
    return 0;
  } finally {
    await services.close().catch(() => undefined);
  }
}
