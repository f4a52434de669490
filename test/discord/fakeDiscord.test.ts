import { ChannelType, Client, Events, GatewayIntentBits, MessageFlags } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordClient } from '../../src/adapters/discord/createDiscordClient.ts';
import { FakeDiscord } from '../fakes/fakeDiscord/FakeDiscord.ts';

/** The fake itself, driven by the real discord.js client: if these fail, the e2e tests mean nothing. */
const clients: Client[] = [];
const fakes: FakeDiscord[] = [];

async function login(fake: FakeDiscord, intents: number[]): Promise<Client> {
  const client = new Client({ intents, rest: { api: fake.apiUrl }, allowedMentions: { parse: [] } });
  clients.push(client);
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(fake.token);
  await ready;
  return client;
}

afterEach(async () => {
  for (const c of clients.splice(0)) await c.destroy();
  for (const f of fakes.splice(0)) await f.stop();
});

async function start(options: ConstructorParameters<typeof Object>[0] = {}): Promise<FakeDiscord> {
  const fake = await FakeDiscord.start(options as object);
  fakes.push(fake);
  return fake;
}

const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent];

describe('FakeDiscord with the real discord.js client', () => {
  it('GIVEN a guild WHEN the client logs in THEN it becomes ready with the guild, its channel and its own member', async () => {
    const fake = await start();
    const server = fake.studyServer();
    const client = await login(fake, INTENTS);
    const guild = client.guilds.cache.get(server.guild.id);
    expect(guild?.name).toBe('Study group');
    expect(guild?.channels.cache.get(server.channel.id)?.type).toBe(ChannelType.GuildText);
    expect(guild?.members.me?.id).toBe(fake.botId);
  });

  it('GIVEN the API advertises an unreachable gateway WHEN the client is built with a gateway override THEN it logs in through the override', async () => {
    const fake = await start();
    fake.studyServer();
    fake.rest.advertisedGateway = 'ws://127.0.0.1:9/unreachable';
    const client = createDiscordClient({
      apiUrl: fake.apiUrl,
      gatewayUrl: fake.gatewayUrl,
      messageContent: true,
    });
    clients.push(client);
    const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
    await client.login(fake.token);
    await ready;
    expect(fake.gateway.ready).toBe(1);
  });

  it('GIVEN a wrong token THEN login fails', async () => {
    const fake = await start();
    const client = new Client({ intents: INTENTS, rest: { api: fake.apiUrl } });
    clients.push(client);
    await expect(client.login('wrong-token')).rejects.toThrow();
  });

  it('GIVEN Message Content is not allowed for the app WHEN the client asks for it THEN the gateway refuses (4014)', async () => {
    const fake = await start({ messageContentAllowed: false });
    fake.studyServer();
    const client = new Client({ intents: INTENTS, rest: { api: fake.apiUrl } });
    clients.push(client);
    await expect(client.login(fake.token)).rejects.toThrow();
  });

  it('GIVEN no Message Content intent THEN user text arrives empty unless it mentions the bot', async () => {
    const fake = await start();
    const server = fake.studyServer();
    const client = await login(fake, [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages]);
    const seen: string[] = [];
    client.on(Events.MessageCreate, (m) => {
      seen.push(m.content);
    });
    const student = server.students[0]?.id ?? '';
    fake.say(server.channel.id, student, 'hello there');
    fake.say(server.channel.id, student, `<@${fake.botId}> do you have pain?`);
    await fake.waitFor(() => seen.length === 2, 3_000, 'two messages');
    expect(seen).toEqual(['', `<@${fake.botId}> do you have pain?`]);
  });

  it('GIVEN the bot creates a thread, posts with a nonce twice and a webhook speaks in it THEN the fake holds one message per nonce and the webhook name', async () => {
    const fake = await start();
    const server = fake.studyServer();
    const client = await login(fake, INTENTS);
    const channel = client.channels.cache.get(server.channel.id);
    if (!channel || channel.type !== ChannelType.GuildText) throw new Error('no text channel');
    const thread = await channel.threads.create({ name: 'Case 1', autoArchiveDuration: 1_440 });
    expect(thread.type).toBe(ChannelType.PublicThread);
    await thread.send({ content: 'first', nonce: 'n-1', enforceNonce: true });
    await thread.send({ content: 'first again', nonce: 'n-1', enforceNonce: true });
    const webhook = await channel.createWebhook({ name: 'Patient Zero' });
    await webhook.send({ content: 'I feel awful', username: 'Frank Doyle', threadId: thread.id });
    const posted = fake.messagesIn(thread.id);
    expect(posted.map((m) => [m.author.username, m.content])).toEqual([
      ['Patient Zero', 'first'],
      ['Frank Doyle', 'I feel awful'],
    ]);
  });

  it('GIVEN a slash command WHEN the bot defers then edits THEN the fake records a deferred, then final, ephemeral reply', async () => {
    const fake = await start();
    const server = fake.studyServer();
    const client = await login(fake, INTENTS);
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await interaction.deferReply({ flags: MessageFlags.Ephemeral });
      await interaction.editReply({ content: `you chose ${interaction.options.getSubcommand()}` });
    });
    const student = server.students[0]?.id ?? '';
    const interaction = fake.command({
      guildId: server.guild.id,
      channelId: server.channel.id,
      userId: student,
      subcommand: 'vitals',
    });
    const reply = await fake.reply(interaction);
    expect(interaction.callbacks.map((c) => c.type)).toEqual([5]);
    expect(interaction.ephemeral).toBe(true);
    expect(reply.content).toBe('you chose vitals');
    expect(fake.messagesIn(server.channel.id)).toEqual([]);
  });

  it('GIVEN an interaction acknowledged after 3 seconds THEN the fake answers 10062 Unknown interaction', async () => {
    const fake = await start();
    fake.state.ackWindowMs = 50;
    const server = fake.studyServer();
    const client = await login(fake, INTENTS);
    const errors: unknown[] = [];
    client.on(Events.InteractionCreate, async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      await new Promise((r) => setTimeout(r, 120));
      await interaction.deferReply().catch((e: unknown) => errors.push(e));
    });
    fake.command({
      guildId: server.guild.id,
      channelId: server.channel.id,
      userId: server.owner.id,
      subcommand: 'vitals',
    });
    await fake.waitFor(() => errors.length > 0, 3_000, 'an error');
    expect(errors[0]).toMatchObject({ code: 10062 });
  });

  it('GIVEN a locked thread THEN a post without Manage Threads is refused with 160005', async () => {
    const fake = await start();
    const server = fake.studyServer({ botPermissions: 0n });
    fake.state.setRolePermissions(server.guild.id, server.botRoleId, 0n);
    const client = await login(fake, INTENTS);
    const thread = fake.state.createThread(server.channel.id, server.owner.id, {
      name: 'locked',
      type: ChannelType.PublicThread,
    });
    fake.state.patchChannel(thread.id, server.owner.id, { locked: true });
    const channel = await client.channels.fetch(thread.id);
    if (!channel?.isSendable()) throw new Error('not sendable');
    await expect(channel.send('hi')).rejects.toMatchObject({ code: 160005 });
  });
});
