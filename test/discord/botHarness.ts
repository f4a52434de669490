/** Starts the real bot (discord.js client, commands, adapters) against a FakeDiscord. */
import { Writable } from 'node:stream';
import { buildRegistry } from '../../commands/patient.ts';
import type { BotServices } from '../../src/adapters/discord/BotServices.ts';
import { createDiscordClient } from '../../src/adapters/discord/createDiscordClient.ts';
import { PatientZeroBot } from '../../src/adapters/discord/PatientZeroBot.ts';
import { createLogger, type Logger } from '../../src/adapters/log/createLogger.ts';
import { KeyvGuildSettingsStore } from '../../src/adapters/storage/KeyvGuildSettingsStore.ts';
import { openKeyvBackend } from '../../src/adapters/storage/openKeyvBackend.ts';
import type { CaseApi } from '../../src/cases/CaseApi.ts';
import type { FakeDiscord } from '../fakes/fakeDiscord/FakeDiscord.ts';

export interface RunningBot {
  bot: PatientZeroBot;
  stop(): Promise<void>;
}

/** A logger that keeps its lines in memory (warn and above by default). */
export function memoryLogger(level: 'warn' | 'info' | 'debug' = 'warn'): {
  log: Logger;
  lines: () => Record<string, unknown>[];
} {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return {
    log: createLogger({ level, destination: stream }),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

export async function startBot(
  fake: FakeDiscord,
  services: BotServices,
  options: { messageContent?: boolean } = {},
): Promise<RunningBot> {
  const client = createDiscordClient({ apiUrl: fake.apiUrl, messageContent: options.messageContent ?? true });
  const bot = new PatientZeroBot({ client, services, registry: buildRegistry(), log: services.log });
  await bot.start(fake.token);
  await bot.caughtUp;
  return { bot, stop: () => bot.stop() };
}

/** BotServices around one CaseApi (tests that do not need per-guild model switching). */
export function servicesAround(
  cases: CaseApi,
  openCaseKeys: () => Promise<string[]>,
  log: Logger,
): BotServices {
  const settings = new KeyvGuildSettingsStore(openKeyvBackend({ kind: 'memory' }).open('settings'));
  return {
    cases: async () => cases,
    catalog: {
      specialties: () => [{ id: 'cardiology', name: 'Cardiology' }],
      allSpecialties: () => [
        { id: 'cardiology', name: 'Cardiology' },
        { id: 'respiratory', name: 'Respiratory medicine' },
      ],
      systems: () => [{ id: 'cardiovascular', name: 'Cardiovascular system' }],
    },
    settings,
    openCaseKeys,
    log,
    modelAvailable: false,
    defaultRetentionDays: 30,
    avatarUrl: (seed) => `https://avatars.invalid/${seed}.png`,
  };
}
