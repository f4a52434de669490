import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runBot } from '../../src/app/bot.ts';
import { main } from '../../src/app/main.ts';
import { captureIo } from '../fakes/captureIo.ts';
import { FakeDiscord } from '../fakes/fakeDiscord/FakeDiscord.ts';

describe('patient-zero bot and deploy-commands', () => {
  it('GIVEN no Discord settings WHEN the bot starts THEN it exits non-zero naming DISCORD_TOKEN and pointing to the sandbox', async () => {
    const { io, err } = captureIo();
    const code = await main(['bot'], io, { STORE_URL: 'memory://' });
    expect(code).toBe(1);
    expect(err.join('\n')).toContain('DISCORD_TOKEN');
    expect(err.join('\n')).toContain('npm run sandbox');
  });

  it('GIVEN no Discord settings WHEN `npm start` runs THEN the process exits non-zero with the same message', () => {
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', STORE_URL: 'memory://' };
    const run = spawnSync('npm', ['start', '--silent'], {
      cwd: process.cwd(),
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('DISCORD_TOKEN');
    expect(run.stderr).toContain('npm run sandbox');
  });

  it('GIVEN Discord settings WHEN the bot runs THEN it logs in, serves, and stops cleanly with exit code 0', async () => {
    const fake = await FakeDiscord.start();
    try {
      const server = fake.studyServer();
      const { io } = captureIo();
      const stop = new AbortController();
      const env = {
        DISCORD_TOKEN: fake.token,
        DISCORD_API_URL: fake.apiUrl,
        STORE_URL: 'memory://',
        LOG_LEVEL: 'silent',
      };
      const exited: number[] = [];
      const ready = new Promise<void>((resolve) => {
        void runBot(io, env, { signal: stop.signal, onReady: () => resolve() }).then((code) =>
          exited.push(code),
        );
      });
      await ready;
      const i = fake.command({
        guildId: server.guild.id,
        channelId: server.channel.id,
        userId: server.owner.id,
        subcommand: 'settings',
      });
      expect((await fake.reply(i)).content).toContain('Patient Zero settings');
      stop.abort();
      await fake.waitFor(() => exited.length === 1, 5_000, 'the bot to stop');
      expect(exited).toEqual([0]);
    } finally {
      await fake.stop();
    }
  });

  it('GIVEN a token Discord refuses WHEN the bot starts THEN it exits 1 saying so', async () => {
    const fake = await FakeDiscord.start();
    try {
      const { io, err } = captureIo();
      const env = {
        DISCORD_TOKEN: 'revoked',
        DISCORD_API_URL: fake.apiUrl,
        STORE_URL: 'memory://',
        LOG_LEVEL: 'silent',
      };
      expect(await runBot(io, env)).toBe(1);
      expect(err.join('\n')).toContain('Discord refused the bot token');
    } finally {
      await fake.stop();
    }
  });

  it('GIVEN a token and application id WHEN deploy-commands runs for a guild THEN Discord holds the /patient command with every subcommand', async () => {
    const fake = await FakeDiscord.start();
    try {
      const server = fake.studyServer();
      const { io, out } = captureIo();
      const env = {
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
      };
      expect(await main(['deploy-commands', '--guild', server.guild.id], io, env)).toBe(0);
      expect(out.join('\n')).toContain('Registered /patient');
      const [command] = fake.state.guildCommands.get(server.guild.id) ?? [];
      const subcommands = ((command?.options ?? []) as { name: string }[]).map((o) => o.name);
      expect(subcommands).toEqual([
        'new',
        'ask',
        'exam',
        'order',
        'vitals',
        'hint',
        'diagnose',
        'reveal',
        'end',
        'transcript',
        'settings',
      ]);
      expect(await main(['deploy-commands'], io, env)).toBe(0);
      expect(fake.state.globalCommands.map((c) => c.name)).toEqual(['patient']);
    } finally {
      await fake.stop();
    }
  });

  it('GIVEN a wrong token WHEN deploy-commands runs THEN it exits 1 saying the token was refused', async () => {
    const fake = await FakeDiscord.start();
    try {
      const { io, err } = captureIo();
      const env = {
        DISCORD_TOKEN: 'nope',
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
      };
      expect(await main(['deploy-commands'], io, env)).toBe(1);
      expect(err.join('\n')).toContain('DISCORD_TOKEN');
    } finally {
      await fake.stop();
    }
  });
});
