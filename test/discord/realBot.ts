/**
 * The production composition (createServices: real CaseService, real Keyv store, shipped knowledge base)
 * behind the real bot and discord.js client, logged in to a FakeDiscord.
 */
import { buildRegistry } from '../../commands/patient.ts';
import { createDiscordClient } from '../../src/adapters/discord/createDiscordClient.ts';
import { PatientZeroBot } from '../../src/adapters/discord/PatientZeroBot.ts';
import { testConfig } from '../../src/app/config.ts';
import { createServices, type Services } from '../../src/app/createServices.ts';
import { type Knowledge, loadKnowledge } from '../../src/app/loadKnowledge.ts';
import type { FakeDiscord } from '../fakes/fakeDiscord/FakeDiscord.ts';
import { memoryLogger } from './botHarness.ts';

let knowledge: Knowledge | undefined;

/** The shipped knowledge base, loaded once per test file. */
export function shippedKnowledge(): Knowledge {
  if (!knowledge) {
    const loaded = loadKnowledge();
    if (!loaded.ok) throw new Error(`knowledge base has problems:\n${loaded.problems.join('\n')}`);
    knowledge = loaded.value;
  }
  return knowledge;
}

export interface RealBot {
  bot: PatientZeroBot;
  services: Services;
  logLines: () => Record<string, unknown>[];
  stop(): Promise<void>;
}

export async function startRealBot(fake: FakeDiscord, env: Record<string, string> = {}): Promise<RealBot> {
  const config = testConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_URL: fake.apiUrl, ...env });
  const logger = memoryLogger();
  const services = createServices({ config, knowledge: shippedKnowledge(), log: logger.log });
  const client = createDiscordClient({ apiUrl: fake.apiUrl, messageContent: config.DISCORD_MESSAGE_CONTENT });
  const bot = new PatientZeroBot({
    client,
    services: services.bot,
    registry: buildRegistry(),
    log: logger.log,
  });
  await bot.start(fake.token);
  await bot.caughtUp;
  return {
    bot,
    services,
    logLines: logger.lines,
    stop: async () => {
      await bot.stop();
      await services.close();
    },
  };
}
