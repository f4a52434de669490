/**
 * A Discord that runs on 127.0.0.1 for end-to-end tests: a REST API (v10 routes) and a WebSocket
 * gateway that the real discord.js client logs in to (`rest.api` = `apiUrl`; GET /gateway/bot returns
 * this server's ws:// URL). Tests build guilds, channels, roles and members, then act as users: post
 * messages, run slash commands and autocomplete, and read what the bot posted, edited or acknowledged.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import {
  type ChannelRecord,
  FakeDiscordState,
  type GuildRecord,
  type InteractionRecord,
  type MessageRecord,
  type RoleRecord,
  type UserRecord,
} from './FakeDiscordState.ts';
import { FakeGateway } from './FakeGateway.ts';
import { FakeRest } from './fakeRest.ts';

export type { ChannelRecord, InteractionRecord, MessageRecord, UserRecord } from './FakeDiscordState.ts';

export interface FakeDiscordOptions {
  token?: string;
  messageContentAllowed?: boolean;
  heartbeatIntervalMs?: number;
}

export type OptionValue = string | number | boolean | { role: string };

export interface CommandSpec {
  guildId: string;
  channelId: string;
  userId: string;
  /** Top-level command name (default `patient`). */
  command?: string;
  subcommand: string;
  options?: Record<string, OptionValue>;
}

/** The permissions a well-set-up bot gets in the operator guide. */
export const BOT_PERMISSIONS =
  PermissionFlagsBits.ViewChannel |
  PermissionFlagsBits.SendMessages |
  PermissionFlagsBits.SendMessagesInThreads |
  PermissionFlagsBits.CreatePublicThreads |
  PermissionFlagsBits.CreatePrivateThreads |
  PermissionFlagsBits.ManageThreads |
  PermissionFlagsBits.ManageWebhooks |
  PermissionFlagsBits.ReadMessageHistory |
  PermissionFlagsBits.EmbedLinks |
  PermissionFlagsBits.AttachFiles;

/** A study server: one guild with a #cases channel, an instructor role and some students. */
export interface StudyServer {
  guild: GuildRecord;
  channel: ChannelRecord;
  owner: UserRecord;
  instructorRole: RoleRecord;
  instructor: UserRecord;
  students: UserRecord[];
  botRoleId: string;
}

export class FakeDiscord {
  readonly state = new FakeDiscordState();
  readonly rest: FakeRest;
  readonly gateway: FakeGateway;
  readonly token: string;
  private server: Server | undefined;
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? 'fake-bot-token.for-tests-only';
    this.rest = new FakeRest(this.state, () => this.gatewayUrl);
    this.rest.tokens.add(this.token);
    this.gateway = new FakeGateway(
      this.state,
      this.rest.tokens,
      {
        heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
        messageContentAllowed: options.messageContentAllowed ?? true,
      },
      () => this.gatewayUrl,
    );
  }

  /** Starts the REST API and the gateway on one loopback port. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    const server = createServer((req, res) => {
      void fake.rest.handle(req, res);
    });
    server.on('upgrade', (req, socket, head) => {
      if ((req.url ?? '').startsWith('/gateway')) fake.gateway.upgrade(req, socket, head);
      else socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.server = server;
    fake.port = (server.address() as AddressInfo).port;
    return fake;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  get applicationId(): string {
    return this.state.applicationId;
  }

  get botId(): string {
    return this.state.bot.id;
  }

  async stop(): Promise<void> {
    await this.gateway.close();
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // ------------------------------------------------------------------ setup

  studyServer(options: { botPermissions?: bigint; students?: number } = {}): StudyServer {
    const owner = this.state.addUser('owner');
    const guild = this.state.addGuild('Study group', owner.id, options.botPermissions ?? BOT_PERMISSIONS);
    const channel = this.state.addTextChannel(guild.id, 'cases');
    const instructorRole = this.state.addRole(guild.id, 'Instructor', 0n);
    const instructor = this.state.addUser('dr-house');
    this.state.addMember(guild.id, instructor.id, [instructorRole.id]);
    const students = Array.from({ length: options.students ?? 3 }, (_, i) => {
      const student = this.state.addUser(`student-${i + 1}`);
      this.state.addMember(guild.id, student.id, []);
      return student;
    });
    const botRoleId = [...guild.roles.values()].find((r) => r.name === 'Patient Zero')?.id ?? '';
    // a bot already connected learns about the new guild as it would on joining it
    this.state.emit({ t: 'GUILD_CREATE', d: this.state.guildCreatePayload(guild.id), intent: 1 });
    return { guild, channel, owner, instructorRole, instructor, students, botRoleId };
  }

  // ------------------------------------------------------------------ acting as users

  /** A user posts in a channel; the bot receives MESSAGE_CREATE. */
  say(channelId: string, userId: string, content: string): MessageRecord {
    const user = this.state.users.get(userId);
    if (!user) throw new Error(`no user ${userId}`);
    return this.state.postMessage(channelId, user, { content }, []);
  }

  /** Posts without telling the bot (it was offline): only catch-up from history can find it. */
  sayWhileBotIsAway(channelId: string, userId: string, content: string): MessageRecord {
    const user = this.state.users.get(userId);
    if (!user) throw new Error(`no user ${userId}`);
    return this.state.postMessage(
      channelId,
      user,
      { content },
      [],
      {},
      { checkPermissions: true, dispatch: false },
    );
  }

  /** Delivers MESSAGE_CREATE for an existing message again (gateway replays happen). */
  redeliver(message: MessageRecord): void {
    this.state.emit({
      t: 'MESSAGE_CREATE',
      d: this.state.messagePayload(message),
      guildId: message.guildId,
      intent: 1 << 9,
    });
  }

  /** A user runs `/patient <subcommand>`; resolves to the interaction, to be awaited with `reply`. */
  command(spec: CommandSpec): InteractionRecord {
    return this.interact(spec, 2, undefined);
  }

  /** A user types in an autocomplete option; resolves to the choices the bot offered. */
  async autocomplete(
    spec: CommandSpec & { focused: string },
  ): Promise<{ name: string; value: string | number }[]> {
    const interaction = this.interact(spec, 4, spec.focused);
    return this.waitFor(() => interaction.autocompleteChoices, 5_000, 'autocomplete choices');
  }

  private interact(spec: CommandSpec, type: number, focused: string | undefined): InteractionRecord {
    const s = this.state;
    const channel = s.requireChannel(spec.channelId);
    const commandName = spec.command ?? 'patient';
    const registered = [...s.globalCommands, ...(s.guildCommands.get(spec.guildId) ?? [])].find(
      (c) => c.name === commandName,
    );
    const roles: Record<string, unknown> = {};
    const options = Object.entries(spec.options ?? {}).map(([name, value]) => {
      if (typeof value === 'object') {
        const role = s.requireGuild(spec.guildId).roles.get(value.role);
        if (role) roles[role.id] = s.rolePayload(role);
        return { name, type: 8, value: value.role };
      }
      const optionType = typeof value === 'string' ? 3 : typeof value === 'number' ? 4 : 5;
      return { name, type: optionType, value, ...(name === focused ? { focused: true } : {}) };
    });
    const id = s.ids.next();
    const token = `itok-${id}-${Math.random().toString(36).slice(2)}`;
    const payload: Record<string, unknown> = {
      id,
      application_id: s.applicationId,
      type,
      token,
      version: 1,
      guild_id: spec.guildId,
      guild: { id: spec.guildId, locale: 'en-US', features: [] },
      channel_id: channel.id,
      channel: s.channelPayload(channel),
      member: {
        ...s.memberPayload(spec.guildId, spec.userId),
        permissions: s.permissionsOf(spec.userId, channel.id).toString(),
      },
      app_permissions: s.permissionsOf(s.bot.id, channel.id).toString(),
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': spec.guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
      data: {
        id: (registered?.id as string | undefined) ?? s.ids.next(),
        name: commandName,
        type: 1,
        guild_id: spec.guildId,
        options: [{ type: 1, name: spec.subcommand, options }],
        ...(Object.keys(roles).length > 0 ? { resolved: { roles } } : {}),
      },
    };
    const record: InteractionRecord = {
      id,
      token,
      type,
      guildId: spec.guildId,
      channelId: channel.id,
      userId: spec.userId,
      payload,
      createdAt: Date.now(),
      callbacks: [],
      ephemeral: false,
      followupIds: [],
    };
    s.registerInteraction(record);
    s.emit({ t: 'INTERACTION_CREATE', d: payload });
    return record;
  }

  // ------------------------------------------------------------------ reading what the bot did

  /** Resolves when `probe` returns something truthy; rejects with `label` after `timeoutMs`. */
  waitFor<T>(probe: () => T | undefined | null | false, timeoutMs = 5_000, label = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const value = probe();
        if (value !== undefined && value !== null && value !== false) {
          cleanup();
          resolve(value);
          return true;
        }
        return false;
      };
      const onChange = (): void => {
        check();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake discord: timed out after ${timeoutMs} ms waiting for ${label}`));
      }, timeoutMs);
      // state changes wake us at once; the poll catches conditions on the test's own variables
      const poll = setInterval(onChange, 10);
      const cleanup = (): void => {
        clearTimeout(timer);
        clearInterval(poll);
        this.state.events.off('change', onChange);
      };
      this.state.events.on('change', onChange);
      check();
    });
  }

  /** The interaction's response once it is final (a message reply, or a deferred reply that was edited). */
  async reply(interaction: InteractionRecord, timeoutMs = 5_000): Promise<MessageRecord> {
    return this.waitFor(
      () => {
        if (!interaction.originalMessageId) return undefined;
        const message = this.state.messages
          .get(interaction.channelId)
          ?.find((m) => m.id === interaction.originalMessageId);
        // a reply replaced by a private follow-up (how the bot answers failures of public commands)
        if (message?.deleted) return this.followUps(interaction)[0];
        return message && (message.flags & MessageFlags.Loading) === 0 ? message : undefined;
      },
      timeoutMs,
      `the reply to /${(interaction.payload.data as { options?: { name?: string }[] }).options?.[0]?.name ?? '?'}`,
    );
  }

  /** Follow-up messages of an interaction (ephemeral ones included). */
  followUps(interaction: InteractionRecord): MessageRecord[] {
    return interaction.followupIds.flatMap(
      (id) => this.state.messages.get(interaction.channelId)?.find((m) => m.id === id) ?? [],
    );
  }

  /** What everyone can see in a channel, oldest first. */
  messagesIn(channelId: string): MessageRecord[] {
    return (this.state.messages.get(channelId) ?? []).filter(
      (m) => !m.deleted && (m.flags & MessageFlags.Ephemeral) === 0,
    );
  }

  /** Messages in a channel not written by the given users (i.e. what the bot and its webhooks posted). */
  botMessagesIn(channelId: string): MessageRecord[] {
    return this.messagesIn(channelId).filter((m) => m.author.bot);
  }

  threadsOf(parentId: string): ChannelRecord[] {
    return [...this.state.channels.values()].filter((c) => c.parentId === parentId);
  }

  /** Makes the next `times` requests matching `method` and `path` fail with a Discord error. */
  failNext(method: string, path: RegExp, status: number, code: number, message: string, times = 1): void {
    this.rest.faults.push({ method, path, status, code, message, times });
  }
}
