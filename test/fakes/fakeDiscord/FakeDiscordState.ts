/**
 * The state of the fake Discord: users, guilds, roles, members, channels, threads, messages, webhooks,
 * interactions and commands, with the rules the real API enforces that a bot can trip over (permissions,
 * archived and locked threads, message and embed limits, nonces, the 3-second interaction window,
 * interaction tokens, thread-name rate limits). Every change is announced as a gateway dispatch.
 */
import { EventEmitter } from 'node:events';
import { ChannelType, MessageFlags, PermissionFlagsBits } from 'discord.js';
import { computePermissions, type Overwrite } from './permissions.ts';
import { compareSnowflakes, SnowflakeFactory } from './snowflake.ts';

/** An error as the real API returns it: HTTP status plus a JSON error code. */
export class FakeApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface UserRecord {
  id: string;
  username: string;
  globalName: string | null;
  bot: boolean;
}

export interface RoleRecord {
  id: string;
  name: string;
  permissions: bigint;
  position: number;
}

export interface MemberRecord {
  userId: string;
  roleIds: string[];
  joinedAt: string;
}

export interface GuildRecord {
  id: string;
  name: string;
  ownerId: string;
  roles: Map<string, RoleRecord>;
  members: Map<string, MemberRecord>;
}

export interface ChannelRecord {
  id: string;
  guildId: string;
  type: ChannelType;
  name: string;
  parentId?: string;
  ownerId?: string;
  overwrites: Overwrite[];
  archived: boolean;
  locked: boolean;
  autoArchiveDuration: number;
  invitable: boolean;
  createdAt: string;
  lastMessageId: string | null;
  members: Set<string>;
  /** Times of name changes, for the 2-per-10-minutes rename limit. */
  renames: number[];
}

export interface StoredFile {
  filename: string;
  contentType: string | undefined;
  data: Buffer;
}

export interface MessageRecord {
  id: string;
  channelId: string;
  guildId: string;
  author: UserRecord;
  content: string;
  embeds: Record<string, unknown>[];
  files: StoredFile[];
  attachmentIds: string[];
  flags: number;
  type: number;
  createdAt: string;
  editedAt: string | null;
  webhookId?: string;
  applicationId?: string;
  interactionId?: string;
  nonce?: string | number;
  /** What the sender asked for; absent = Discord's default (parse everything). */
  allowedMentions?: unknown;
  /** User ids this message would have notified, given its content and allowed_mentions. */
  pinged: string[];
  /** Whether @everyone / @here would have notified. */
  pingedEveryone: boolean;
  referenceId?: string;
  deleted: boolean;
}

export interface WebhookRecord {
  id: string;
  token: string;
  channelId: string;
  guildId: string;
  name: string;
  applicationId: string | null;
}

export interface InteractionRecord {
  id: string;
  token: string;
  /** 2 = application command, 4 = autocomplete. */
  type: number;
  guildId: string;
  channelId: string;
  userId: string;
  payload: Record<string, unknown>;
  createdAt: number;
  /** Callback types received, in order (5 = deferred, 4 = message, 8 = autocomplete result). */
  callbacks: { type: number; data: Record<string, unknown> | undefined }[];
  originalMessageId?: string;
  ephemeral: boolean;
  followupIds: string[];
  autocompleteChoices?: { name: string; value: string | number }[];
  /** When the first callback (the acknowledgement) arrived. */
  ackedAt?: number;
}

export interface OutgoingBody {
  content?: unknown;
  embeds?: unknown;
  allowed_mentions?: unknown;
  nonce?: unknown;
  enforce_nonce?: unknown;
  flags?: unknown;
  username?: unknown;
  avatar_url?: unknown;
  attachments?: unknown;
  message_reference?: unknown;
  components?: unknown;
  tts?: unknown;
}

export interface Dispatch {
  t: string;
  d: Record<string, unknown>;
  guildId?: string;
  /** The intent a session needs to receive it (undefined = always). */
  intent?: number;
}

const ALLOWED_ARCHIVE = new Set([60, 1_440, 4_320, 10_080]);
const NONCE_WINDOW_MS = 5 * 60_000;
const INTERACTION_ACK_MS = 3_000;
const INTERACTION_TOKEN_MS = 15 * 60_000;
const RENAME_WINDOW_MS = 10 * 60_000;

export class FakeDiscordState {
  readonly ids = new SnowflakeFactory();
  readonly events = new EventEmitter();
  readonly users = new Map<string, UserRecord>();
  readonly guilds = new Map<string, GuildRecord>();
  readonly channels = new Map<string, ChannelRecord>();
  readonly messages = new Map<string, MessageRecord[]>();
  readonly webhooks = new Map<string, WebhookRecord>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly globalCommands: Record<string, unknown>[] = [];
  readonly guildCommands = new Map<string, Record<string, unknown>[]>();
  readonly typing: { channelId: string; userId: string; at: number }[] = [];
  readonly bot: UserRecord;
  readonly applicationId: string;
  /** Active-thread cap per guild (error 160006 beyond it). */
  maxActiveThreads = 1_000;
  /** The interaction acknowledgement window, shortened or lengthened by tests. */
  ackWindowMs = INTERACTION_ACK_MS;

  constructor(botName = 'Patient Zero') {
    this.applicationId = this.ids.next();
    this.bot = { id: this.applicationId, username: botName, globalName: null, bot: true };
    this.users.set(this.bot.id, this.bot);
    this.events.setMaxListeners(100);
  }

  // ------------------------------------------------------------------ setup (tests)

  addUser(username: string, bot = false): UserRecord {
    const user: UserRecord = { id: this.ids.next(), username, globalName: username, bot };
    this.users.set(user.id, user);
    return user;
  }

  addGuild(name: string, ownerId: string, botPermissions: bigint): GuildRecord {
    const id = this.ids.next();
    const guild: GuildRecord = { id, name, ownerId, roles: new Map(), members: new Map() };
    // @everyone: the role whose id is the guild's
    guild.roles.set(id, {
      id,
      name: '@everyone',
      position: 0,
      permissions:
        PermissionFlagsBits.ViewChannel |
        PermissionFlagsBits.SendMessages |
        PermissionFlagsBits.SendMessagesInThreads |
        PermissionFlagsBits.ReadMessageHistory |
        PermissionFlagsBits.UseApplicationCommands |
        PermissionFlagsBits.CreatePublicThreads,
    });
    this.guilds.set(id, guild);
    const botRole = this.addRole(id, 'Patient Zero', botPermissions);
    this.addMember(id, this.bot.id, [botRole.id]);
    this.addMember(id, ownerId, []);
    return guild;
  }

  addRole(guildId: string, name: string, permissions: bigint): RoleRecord {
    const guild = this.requireGuild(guildId);
    const role: RoleRecord = { id: this.ids.next(), name, permissions, position: guild.roles.size };
    guild.roles.set(role.id, role);
    return role;
  }

  setRolePermissions(guildId: string, roleId: string, permissions: bigint): void {
    const role = this.requireGuild(guildId).roles.get(roleId);
    if (!role) throw new Error(`no role ${roleId}`);
    role.permissions = permissions;
  }

  addMember(guildId: string, userId: string, roleIds: string[]): MemberRecord {
    const member: MemberRecord = { userId, roleIds, joinedAt: new Date().toISOString() };
    this.requireGuild(guildId).members.set(userId, member);
    return member;
  }

  addTextChannel(guildId: string, name: string, overwrites: Overwrite[] = []): ChannelRecord {
    this.requireGuild(guildId);
    const channel = this.newChannel({ guildId, type: ChannelType.GuildText, name, overwrites });
    this.channels.set(channel.id, channel);
    return channel;
  }

  private newChannel(
    init: Pick<ChannelRecord, 'guildId' | 'type' | 'name'> & Partial<ChannelRecord>,
  ): ChannelRecord {
    return {
      id: this.ids.next(),
      overwrites: [],
      archived: false,
      locked: false,
      autoArchiveDuration: 1_440,
      invitable: true,
      createdAt: new Date().toISOString(),
      lastMessageId: null,
      members: new Set(),
      renames: [],
      ...init,
    };
  }

  // ------------------------------------------------------------------ lookups

  requireGuild(id: string): GuildRecord {
    const guild = this.guilds.get(id);
    if (!guild) throw new FakeApiError(404, 10004, 'Unknown Guild');
    return guild;
  }

  requireChannel(id: string): ChannelRecord {
    const channel = this.channels.get(id);
    if (!channel) throw new FakeApiError(404, 10003, 'Unknown Channel');
    return channel;
  }

  isThread(channel: ChannelRecord): boolean {
    return (
      channel.type === ChannelType.PublicThread ||
      channel.type === ChannelType.PrivateThread ||
      channel.type === ChannelType.AnnouncementThread
    );
  }

  /** A member's permissions in a channel (threads inherit their parent's overwrites). */
  permissionsOf(userId: string, channelId: string): bigint {
    const channel = this.requireChannel(channelId);
    const guild = this.requireGuild(channel.guildId);
    const member = guild.members.get(userId);
    if (!member) return 0n;
    const parent = channel.parentId ? this.channels.get(channel.parentId) : undefined;
    const rolePermissions = new Map<string, bigint>();
    for (const role of guild.roles.values()) rolePermissions.set(role.id, role.permissions);
    let permissions = computePermissions({
      guildId: guild.id,
      ownerId: guild.ownerId,
      userId,
      memberRoleIds: member.roleIds,
      rolePermissions,
      overwrites: (parent ?? channel).overwrites,
    });
    // a private thread is visible only to its members and to those who may manage threads
    if (
      channel.type === ChannelType.PrivateThread &&
      !channel.members.has(userId) &&
      (permissions & PermissionFlagsBits.ManageThreads) === 0n
    ) {
      permissions = 0n;
    }
    return permissions;
  }

  has(userId: string, channelId: string, flag: bigint): boolean {
    return (this.permissionsOf(userId, channelId) & flag) === flag;
  }

  /** 403 50001 when the user cannot see the channel at all. */
  requireVisible(userId: string, channelId: string): ChannelRecord {
    const channel = this.requireChannel(channelId);
    if (!this.has(userId, channelId, PermissionFlagsBits.ViewChannel)) {
      throw new FakeApiError(403, 50001, 'Missing Access');
    }
    return channel;
  }

  requirePermission(userId: string, channelId: string, flag: bigint): void {
    this.requireVisible(userId, channelId);
    if (!this.has(userId, channelId, flag)) throw new FakeApiError(403, 50013, 'Missing Permissions');
  }

  // ------------------------------------------------------------------ messages

  /** Checks a message body against Discord's limits; returns content and embeds. */
  validateBody(
    body: OutgoingBody,
    files: StoredFile[],
  ): { content: string; embeds: Record<string, unknown>[] } {
    const content = typeof body.content === 'string' ? body.content : '';
    if (content.length > 2_000) {
      throw new FakeApiError(400, 50035, 'Invalid Form Body', {
        errors: {
          content: {
            _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }],
          },
        },
      });
    }
    const embeds = Array.isArray(body.embeds) ? (body.embeds as Record<string, unknown>[]) : [];
    if (embeds.length > 10)
      throw new FakeApiError(400, 50035, 'Invalid Form Body', { errors: { embeds: 'max 10' } });
    let total = 0;
    const text = (v: unknown): string => (typeof v === 'string' ? v : '');
    const limit = (value: string, max: number, path: string): void => {
      if (value.length > max)
        throw new FakeApiError(400, 50035, 'Invalid Form Body', { errors: { [path]: `max ${max}` } });
      total += value.length;
    };
    for (const [i, e] of embeds.entries()) {
      limit(text(e.title), 256, `embeds.${i}.title`);
      limit(text(e.description), 4_096, `embeds.${i}.description`);
      const fields = Array.isArray(e.fields) ? (e.fields as Record<string, unknown>[]) : [];
      if (fields.length > 25)
        throw new FakeApiError(400, 50035, 'Invalid Form Body', { errors: { fields: 'max 25' } });
      for (const f of fields) {
        limit(text(f.name), 256, `embeds.${i}.fields.name`);
        limit(text(f.value), 1_024, `embeds.${i}.fields.value`);
      }
      const footer = e.footer as Record<string, unknown> | undefined;
      limit(text(footer?.text), 2_048, `embeds.${i}.footer.text`);
      const author = e.author as Record<string, unknown> | undefined;
      limit(text(author?.name), 256, `embeds.${i}.author.name`);
    }
    if (total > 6_000)
      throw new FakeApiError(400, 50035, 'Invalid Form Body', { errors: { embeds: 'total over 6000' } });
    if (content === '' && embeds.length === 0 && files.length === 0) {
      throw new FakeApiError(400, 50006, 'Cannot send an empty message');
    }
    return { content, embeds };
  }

  /** Who a message would notify: Discord parses mentions unless allowed_mentions says otherwise. */
  private pings(content: string, allowed: unknown, guildId: string): { users: string[]; everyone: boolean } {
    const mentioned = [...content.matchAll(/<@!?(\d+)>/g)].map((m) => m[1] ?? '');
    const roleMentions = [...content.matchAll(/<@&(\d+)>/g)].map((m) => m[1] ?? '');
    const everyoneMentioned = /@(everyone|here)/.test(content);
    if (allowed === undefined || allowed === null) {
      const roleUsers = [...(this.guilds.get(guildId)?.members.values() ?? [])]
        .filter((m) => m.roleIds.some((r) => roleMentions.includes(r)))
        .map((m) => m.userId);
      return { users: [...new Set([...mentioned, ...roleUsers])], everyone: everyoneMentioned };
    }
    const a = allowed as { parse?: string[]; users?: string[]; roles?: string[] };
    const parse = a.parse ?? [];
    const users = parse.includes('users') ? mentioned : mentioned.filter((u) => (a.users ?? []).includes(u));
    return { users, everyone: everyoneMentioned && parse.includes('everyone') };
  }

  /** Posts into a channel; the one path every message takes (bot, webhook, interaction, user). */
  postMessage(
    channelId: string,
    author: UserRecord,
    body: OutgoingBody,
    files: StoredFile[],
    extra: Partial<
      Pick<MessageRecord, 'webhookId' | 'applicationId' | 'interactionId' | 'flags' | 'type'>
    > = {},
    options: { checkPermissions: boolean; dispatch?: boolean } = { checkPermissions: true },
  ): MessageRecord {
    const channel = this.requireChannel(channelId);
    const isThread = this.isThread(channel);
    if (options.checkPermissions) {
      this.requireVisible(author.id, channelId);
      const flag = isThread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
      if (!this.has(author.id, channelId, flag)) throw new FakeApiError(403, 50013, 'Missing Permissions');
    }
    if (isThread) this.beforeThreadPost(channel, author.id);
    const { content, embeds } = this.validateBody(body, files);

    const nonce = typeof body.nonce === 'string' || typeof body.nonce === 'number' ? body.nonce : undefined;
    if (nonce !== undefined && body.enforce_nonce === true) {
      const since = Date.now() - NONCE_WINDOW_MS;
      const same = (this.messages.get(channelId) ?? []).find(
        (m) => m.nonce === nonce && m.author.id === author.id && Date.parse(m.createdAt) >= since,
      );
      if (same) return same;
    }
    const pings = this.pings(content, body.allowed_mentions, channel.guildId);
    const flags = (typeof body.flags === 'number' ? body.flags : 0) | (extra.flags ?? 0);
    const reference = body.message_reference as { message_id?: string } | undefined;
    const message: MessageRecord = {
      id: this.ids.next(),
      channelId,
      guildId: channel.guildId,
      author,
      content,
      embeds,
      files,
      attachmentIds: files.map(() => this.ids.next()),
      flags,
      type: extra.type ?? (reference?.message_id ? 19 : 0),
      createdAt: new Date().toISOString(),
      editedAt: null,
      ...(extra.webhookId ? { webhookId: extra.webhookId } : {}),
      ...(extra.applicationId ? { applicationId: extra.applicationId } : {}),
      ...(extra.interactionId ? { interactionId: extra.interactionId } : {}),
      ...(nonce !== undefined ? { nonce } : {}),
      ...(body.allowed_mentions !== undefined ? { allowedMentions: body.allowed_mentions } : {}),
      ...(reference?.message_id ? { referenceId: reference.message_id } : {}),
      pinged: pings.users,
      pingedEveryone: pings.everyone,
      deleted: false,
    };
    const list = this.messages.get(channelId) ?? [];
    list.push(message);
    this.messages.set(channelId, list);
    if ((flags & MessageFlags.Ephemeral) === 0) channel.lastMessageId = message.id;
    if (options.dispatch !== false && (flags & MessageFlags.Ephemeral) === 0) {
      this.emit({
        t: 'MESSAGE_CREATE',
        d: this.messagePayload(message),
        guildId: channel.guildId,
        intent: 1 << 9,
      });
    }
    this.changed();
    return message;
  }

  /** A locked thread refuses posts (160005) unless one may manage threads; an archived one reopens. */
  private beforeThreadPost(thread: ChannelRecord, userId: string): void {
    const manage = this.has(userId, thread.id, PermissionFlagsBits.ManageThreads);
    if (thread.locked && !manage) throw new FakeApiError(403, 160005, 'Thread is locked');
    if (thread.archived) {
      thread.archived = false;
      this.emit({ t: 'THREAD_UPDATE', d: this.channelPayload(thread), guildId: thread.guildId, intent: 1 });
    }
  }

  editMessage(message: MessageRecord, body: OutgoingBody, files: StoredFile[]): MessageRecord {
    const channel = this.requireChannel(message.channelId);
    if (this.isThread(channel) && channel.archived) {
      throw new FakeApiError(400, 50083, 'Thread is archived');
    }
    const merged: OutgoingBody = {
      content: body.content !== undefined ? body.content : message.content,
      embeds: body.embeds !== undefined ? body.embeds : message.embeds,
    };
    const keptFiles = Array.isArray(body.attachments) || files.length > 0 ? files : message.files;
    const { content, embeds } = this.validateBody(merged, keptFiles);
    message.content = content;
    message.embeds = embeds;
    message.files = keptFiles;
    message.attachmentIds = keptFiles.map(() => this.ids.next());
    message.flags &= ~MessageFlags.Loading;
    message.editedAt = new Date().toISOString();
    if (body.allowed_mentions !== undefined) message.allowedMentions = body.allowed_mentions;
    const pings = this.pings(content, body.allowed_mentions ?? message.allowedMentions, message.guildId);
    message.pinged = pings.users;
    message.pingedEveryone = pings.everyone;
    if ((message.flags & MessageFlags.Ephemeral) === 0) {
      this.emit({
        t: 'MESSAGE_UPDATE',
        d: this.messagePayload(message),
        guildId: message.guildId,
        intent: 1 << 9,
      });
    }
    this.changed();
    return message;
  }

  /** Messages newest first, as GET /channels/:id/messages returns them. */
  listMessages(
    channelId: string,
    query: { after?: string; before?: string; limit?: number },
  ): MessageRecord[] {
    const limit = Math.min(Math.max(query.limit ?? 50, 1), 100);
    let list = (this.messages.get(channelId) ?? []).filter(
      (m) => !m.deleted && (m.flags & MessageFlags.Ephemeral) === 0,
    );
    list = [...list].sort((a, b) => compareSnowflakes(a.id, b.id));
    if (query.after) {
      const after = query.after;
      list = list.filter((m) => compareSnowflakes(m.id, after) > 0).slice(0, limit);
    } else if (query.before) {
      const before = query.before;
      list = list.filter((m) => compareSnowflakes(m.id, before) < 0).slice(-limit);
    } else {
      list = list.slice(-limit);
    }
    return list.reverse();
  }

  findMessage(channelId: string, messageId: string): MessageRecord {
    const message = (this.messages.get(channelId) ?? []).find((m) => m.id === messageId && !m.deleted);
    if (!message) throw new FakeApiError(404, 10008, 'Unknown Message');
    return message;
  }

  // ------------------------------------------------------------------ threads

  createThread(
    parentId: string,
    actorId: string,
    body: { name?: unknown; type?: unknown; auto_archive_duration?: unknown; invitable?: unknown },
  ): ChannelRecord {
    const parent = this.requireVisible(actorId, parentId);
    if (parent.type !== ChannelType.GuildText)
      throw new FakeApiError(400, 50024, 'Cannot execute action on this channel type');
    // without a starting message the raw API makes a private thread
    const type = typeof body.type === 'number' ? body.type : ChannelType.PrivateThread;
    if (type !== ChannelType.PublicThread && type !== ChannelType.PrivateThread) {
      throw new FakeApiError(400, 50035, 'Invalid Form Body', { errors: { type: 'invalid thread type' } });
    }
    const needed =
      type === ChannelType.PublicThread
        ? PermissionFlagsBits.CreatePublicThreads
        : PermissionFlagsBits.CreatePrivateThreads;
    if (!this.has(actorId, parentId, needed)) throw new FakeApiError(403, 50013, 'Missing Permissions');
    const name = typeof body.name === 'string' ? body.name : '';
    if (name.length < 1 || name.length > 100) {
      throw new FakeApiError(400, 50035, 'Invalid Form Body', { errors: { name: '1 to 100 characters' } });
    }
    const archive = typeof body.auto_archive_duration === 'number' ? body.auto_archive_duration : 4_320;
    if (!ALLOWED_ARCHIVE.has(archive)) {
      throw new FakeApiError(400, 50035, 'Invalid Form Body', {
        errors: { auto_archive_duration: 'invalid' },
      });
    }
    const active = [...this.channels.values()].filter(
      (c) => c.guildId === parent.guildId && this.isThread(c) && !c.archived,
    );
    if (active.length >= this.maxActiveThreads)
      throw new FakeApiError(400, 160006, 'Maximum number of active threads reached');
    const thread = this.newChannel({
      guildId: parent.guildId,
      type,
      name,
      parentId,
      ownerId: actorId,
      autoArchiveDuration: archive,
      invitable: body.invitable !== false,
      members: new Set([actorId]),
    });
    this.channels.set(thread.id, thread);
    this.emit({
      t: 'THREAD_CREATE',
      d: { ...this.channelPayload(thread), newly_created: true },
      guildId: thread.guildId,
      intent: 1,
    });
    this.changed();
    return thread;
  }

  patchChannel(
    channelId: string,
    actorId: string,
    body: { name?: unknown; archived?: unknown; locked?: unknown; auto_archive_duration?: unknown },
  ): ChannelRecord {
    const channel = this.requireVisible(actorId, channelId);
    const manage = this.has(actorId, channelId, PermissionFlagsBits.ManageThreads);
    const isOwner = channel.ownerId === actorId;
    if (this.isThread(channel)) {
      if (typeof body.locked === 'boolean' && !manage)
        throw new FakeApiError(403, 50013, 'Missing Permissions');
      if (!manage && !isOwner) throw new FakeApiError(403, 50013, 'Missing Permissions');
      if (channel.locked && !manage) throw new FakeApiError(403, 160005, 'Thread is locked');
    } else if (!this.has(actorId, channelId, PermissionFlagsBits.ManageChannels)) {
      throw new FakeApiError(403, 50013, 'Missing Permissions');
    }
    if (typeof body.name === 'string' && body.name !== channel.name) {
      const now = Date.now();
      channel.renames = channel.renames.filter((t) => t > now - RENAME_WINDOW_MS);
      if (channel.renames.length >= 2) {
        const retryAfter = ((channel.renames[0] ?? now) + RENAME_WINDOW_MS - now) / 1000;
        throw new FakeApiError(429, 20028, 'You are being rate limited.', {
          retry_after: retryAfter,
          global: false,
        });
      }
      if (body.name.length < 1 || body.name.length > 100) {
        throw new FakeApiError(400, 50035, 'Invalid Form Body', { errors: { name: '1 to 100 characters' } });
      }
      channel.renames.push(now);
      channel.name = body.name;
    }
    if (typeof body.archived === 'boolean') channel.archived = body.archived;
    if (typeof body.locked === 'boolean') channel.locked = body.locked;
    if (typeof body.auto_archive_duration === 'number')
      channel.autoArchiveDuration = body.auto_archive_duration;
    this.emit({
      t: this.isThread(channel) ? 'THREAD_UPDATE' : 'CHANNEL_UPDATE',
      d: this.channelPayload(channel),
      guildId: channel.guildId,
      intent: 1,
    });
    this.changed();
    return channel;
  }

  deleteChannel(channelId: string, actorId: string): ChannelRecord {
    const channel = this.requireVisible(actorId, channelId);
    const flag = this.isThread(channel)
      ? PermissionFlagsBits.ManageThreads
      : PermissionFlagsBits.ManageChannels;
    if (!this.has(actorId, channelId, flag)) throw new FakeApiError(403, 50013, 'Missing Permissions');
    this.channels.delete(channelId);
    this.emit({
      t: this.isThread(channel) ? 'THREAD_DELETE' : 'CHANNEL_DELETE',
      d: {
        id: channel.id,
        guild_id: channel.guildId,
        type: channel.type,
        ...(channel.parentId ? { parent_id: channel.parentId } : {}),
      },
      guildId: channel.guildId,
      intent: 1,
    });
    this.changed();
    return channel;
  }

  addThreadMember(threadId: string, actorId: string, userId: string): void {
    const thread = this.requireVisible(actorId, threadId);
    if (!this.isThread(thread))
      throw new FakeApiError(400, 50024, 'Cannot execute action on this channel type');
    if (thread.archived) throw new FakeApiError(400, 50083, 'Thread is archived');
    if (!this.requireGuild(thread.guildId).members.has(userId))
      throw new FakeApiError(404, 10013, 'Unknown User');
    thread.members.add(userId);
    this.changed();
  }

  // ------------------------------------------------------------------ webhooks

  listWebhooks(channelId: string, actorId: string): WebhookRecord[] {
    this.requirePermission(actorId, channelId, PermissionFlagsBits.ManageWebhooks);
    return [...this.webhooks.values()].filter((w) => w.channelId === channelId);
  }

  createWebhook(channelId: string, actorId: string, name: unknown): WebhookRecord {
    const channel = this.requireChannel(channelId);
    this.requirePermission(actorId, channelId, PermissionFlagsBits.ManageWebhooks);
    if (channel.type !== ChannelType.GuildText)
      throw new FakeApiError(400, 50024, 'Cannot execute action on this channel type');
    if (typeof name !== 'string' || name.length < 1 || name.length > 80 || /clyde|discord/i.test(name)) {
      throw new FakeApiError(400, 50035, 'Invalid Form Body', { errors: { name: 'invalid webhook name' } });
    }
    if (this.listWebhooks(channelId, actorId).length >= 15)
      throw new FakeApiError(400, 30007, 'Maximum number of webhooks reached (15)');
    const webhook: WebhookRecord = {
      id: this.ids.next(),
      token: `wh-${this.ids.next()}`,
      channelId,
      guildId: channel.guildId,
      name,
      applicationId: this.applicationId,
    };
    this.webhooks.set(webhook.id, webhook);
    this.changed();
    return webhook;
  }

  executeWebhook(
    webhookId: string,
    token: string,
    body: OutgoingBody,
    files: StoredFile[],
    threadId: string | undefined,
  ): MessageRecord {
    const webhook = this.webhooks.get(webhookId);
    if (!webhook || webhook.token !== token) throw new FakeApiError(404, 10015, 'Unknown Webhook');
    let target = webhook.channelId;
    if (threadId) {
      const thread = this.requireChannel(threadId);
      if (thread.parentId !== webhook.channelId)
        throw new FakeApiError(400, 220001, 'Target channel is not a thread of the webhook channel');
      target = threadId;
    }
    const username = typeof body.username === 'string' ? body.username : webhook.name;
    if (username.length < 1 || username.length > 80 || /clyde|discord/i.test(username)) {
      throw new FakeApiError(400, 50035, 'Invalid Form Body', { errors: { username: 'invalid username' } });
    }
    const author: UserRecord = { id: webhook.id, username, globalName: null, bot: true };
    // webhooks post with the channel's rules but no member permissions of their own
    return this.postMessage(
      target,
      author,
      body,
      files,
      { webhookId: webhook.id },
      { checkPermissions: false },
    );
  }

  // ------------------------------------------------------------------ interactions

  registerInteraction(record: InteractionRecord): void {
    this.interactions.set(record.id, record);
  }

  private requireInteraction(id: string, token: string, forCallback: boolean): InteractionRecord {
    const interaction = this.interactions.get(id);
    if (!interaction || interaction.token !== token)
      throw new FakeApiError(404, 10062, 'Unknown interaction');
    const age = Date.now() - interaction.createdAt;
    if (forCallback && age > this.ackWindowMs && interaction.callbacks.length === 0) {
      throw new FakeApiError(404, 10062, 'Unknown interaction');
    }
    if (age > INTERACTION_TOKEN_MS) throw new FakeApiError(401, 50027, 'Invalid Webhook Token');
    return interaction;
  }

  private interactionByToken(applicationId: string, token: string): InteractionRecord {
    if (applicationId !== this.applicationId) throw new FakeApiError(404, 10015, 'Unknown Webhook');
    const interaction = [...this.interactions.values()].find((i) => i.token === token);
    if (!interaction) throw new FakeApiError(401, 50027, 'Invalid Webhook Token');
    return this.requireInteraction(interaction.id, token, false);
  }

  interactionCallback(
    id: string,
    token: string,
    body: { type?: unknown; data?: Record<string, unknown> },
    files: StoredFile[],
  ): InteractionRecord {
    const interaction = this.requireInteraction(id, token, true);
    if (interaction.callbacks.length > 0)
      throw new FakeApiError(400, 40060, 'Interaction has already been acknowledged.');
    const type = typeof body.type === 'number' ? body.type : 0;
    const data = body.data;
    if (type === 8) {
      if (interaction.type !== 4)
        throw new FakeApiError(400, 50035, 'Invalid Form Body', { errors: { type: 'autocomplete only' } });
      const choices = Array.isArray(data?.choices)
        ? (data.choices as { name: string; value: string | number }[])
        : [];
      if (choices.length > 25)
        throw new FakeApiError(400, 50035, 'Invalid Form Body', { errors: { choices: 'max 25' } });
      interaction.autocompleteChoices = choices;
    } else if (type === 4 || type === 5) {
      if (interaction.type !== 2)
        throw new FakeApiError(400, 50035, 'Invalid Form Body', { errors: { type: 'invalid' } });
      const flags = typeof data?.flags === 'number' ? data.flags : 0;
      interaction.ephemeral = (flags & MessageFlags.Ephemeral) !== 0;
      const author = this.bot;
      const message =
        type === 5
          ? this.postInteractionMessage(
              interaction,
              author,
              { content: '' },
              [],
              flags | MessageFlags.Loading,
              true,
            )
          : this.postInteractionMessage(interaction, author, data ?? {}, files, flags, false);
      interaction.originalMessageId = message.id;
    } else {
      throw new FakeApiError(400, 50035, 'Invalid Form Body', {
        errors: { type: `unsupported callback type ${type}` },
      });
    }
    interaction.callbacks.push({ type, data });
    interaction.ackedAt = Date.now();
    this.changed();
    return interaction;
  }

  /** Interaction replies are posted by the application whatever the channel's permissions say. */
  private postInteractionMessage(
    interaction: InteractionRecord,
    author: UserRecord,
    body: OutgoingBody,
    files: StoredFile[],
    flags: number,
    loading: boolean,
  ): MessageRecord {
    const channel = this.requireChannel(interaction.channelId);
    if (loading) {
      // a deferred reply: an empty "thinking" message, filled in by the first edit
      const message: MessageRecord = {
        id: this.ids.next(),
        channelId: channel.id,
        guildId: channel.guildId,
        author,
        content: '',
        embeds: [],
        files: [],
        attachmentIds: [],
        flags,
        type: 20,
        createdAt: new Date().toISOString(),
        editedAt: null,
        applicationId: this.applicationId,
        webhookId: this.applicationId,
        interactionId: interaction.id,
        pinged: [],
        pingedEveryone: false,
        deleted: false,
      };
      const list = this.messages.get(channel.id) ?? [];
      list.push(message);
      this.messages.set(channel.id, list);
      if ((flags & MessageFlags.Ephemeral) === 0) {
        this.emit({
          t: 'MESSAGE_CREATE',
          d: this.messagePayload(message),
          guildId: channel.guildId,
          intent: 1 << 9,
        });
      }
      return message;
    }
    return this.postMessage(
      channel.id,
      author,
      body,
      files,
      {
        applicationId: this.applicationId,
        webhookId: this.applicationId,
        interactionId: interaction.id,
        flags,
        type: 20,
      },
      { checkPermissions: false },
    );
  }

  editOriginal(applicationId: string, token: string, body: OutgoingBody, files: StoredFile[]): MessageRecord {
    const interaction = this.interactionByToken(applicationId, token);
    if (!interaction.originalMessageId) throw new FakeApiError(404, 10008, 'Unknown Message');
    const message = this.findMessage(interaction.channelId, interaction.originalMessageId);
    return this.editMessage(message, body, files);
  }

  getOriginal(applicationId: string, token: string): MessageRecord {
    const interaction = this.interactionByToken(applicationId, token);
    if (!interaction.originalMessageId) throw new FakeApiError(404, 10008, 'Unknown Message');
    return this.findMessage(interaction.channelId, interaction.originalMessageId);
  }

  deleteOriginal(applicationId: string, token: string): void {
    const message = this.getOriginal(applicationId, token);
    message.deleted = true;
    if ((message.flags & MessageFlags.Ephemeral) === 0) {
      this.emit({
        t: 'MESSAGE_DELETE',
        d: { id: message.id, channel_id: message.channelId, guild_id: message.guildId },
        guildId: message.guildId,
        intent: 1 << 9,
      });
    }
    this.changed();
  }

  followUp(applicationId: string, token: string, body: OutgoingBody, files: StoredFile[]): MessageRecord {
    const interaction = this.interactionByToken(applicationId, token);
    if (interaction.callbacks.length === 0) throw new FakeApiError(404, 10015, 'Unknown Webhook');
    const flags = typeof body.flags === 'number' ? body.flags : 0;
    const message = this.postInteractionMessage(interaction, this.bot, body, files, flags, false);
    interaction.followupIds.push(message.id);
    this.changed();
    return message;
  }

  // ------------------------------------------------------------------ misc

  recordTyping(channelId: string, userId: string): void {
    this.requirePermission(
      userId,
      channelId,
      this.isThread(this.requireChannel(channelId))
        ? PermissionFlagsBits.SendMessagesInThreads
        : PermissionFlagsBits.SendMessages,
    );
    this.typing.push({ channelId, userId, at: Date.now() });
    this.changed();
  }

  emit(dispatch: Dispatch): void {
    this.events.emit('dispatch', dispatch);
  }

  changed(): void {
    this.events.emit('change');
  }

  // ------------------------------------------------------------------ payloads

  userPayload(user: UserRecord): Record<string, unknown> {
    return {
      id: user.id,
      username: user.username,
      global_name: user.globalName,
      discriminator: '0',
      avatar: null,
      ...(user.bot ? { bot: true } : {}),
    };
  }

  memberPayload(guildId: string, userId: string): Record<string, unknown> {
    const guild = this.requireGuild(guildId);
    const member = guild.members.get(userId);
    const user = this.users.get(userId);
    if (!member || !user) throw new FakeApiError(404, 10007, 'Unknown Member');
    return {
      user: this.userPayload(user),
      roles: member.roleIds,
      joined_at: member.joinedAt,
      nick: null,
      avatar: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
    };
  }

  rolePayload(role: RoleRecord): Record<string, unknown> {
    return {
      id: role.id,
      name: role.name,
      color: 0,
      colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
      hoist: false,
      icon: null,
      unicode_emoji: null,
      position: role.position,
      permissions: role.permissions.toString(),
      managed: false,
      mentionable: false,
      flags: 0,
    };
  }

  channelPayload(channel: ChannelRecord): Record<string, unknown> {
    const base: Record<string, unknown> = {
      id: channel.id,
      type: channel.type,
      guild_id: channel.guildId,
      name: channel.name,
      last_message_id: channel.lastMessageId,
      flags: 0,
    };
    if (this.isThread(channel)) {
      const messages = (this.messages.get(channel.id) ?? []).filter((m) => !m.deleted).length;
      return {
        ...base,
        parent_id: channel.parentId,
        owner_id: channel.ownerId,
        rate_limit_per_user: 0,
        message_count: messages,
        member_count: channel.members.size,
        total_message_sent: messages,
        thread_metadata: {
          archived: channel.archived,
          locked: channel.locked,
          auto_archive_duration: channel.autoArchiveDuration,
          archive_timestamp: channel.createdAt,
          create_timestamp: channel.createdAt,
          ...(channel.type === ChannelType.PrivateThread ? { invitable: channel.invitable } : {}),
        },
      };
    }
    return {
      ...base,
      position: 0,
      topic: null,
      nsfw: false,
      parent_id: null,
      rate_limit_per_user: 0,
      permission_overwrites: channel.overwrites,
    };
  }

  messagePayload(message: MessageRecord): Record<string, unknown> {
    const interaction = message.interactionId ? this.interactions.get(message.interactionId) : undefined;
    return {
      id: message.id,
      channel_id: message.channelId,
      guild_id: message.guildId,
      author: this.userPayload(message.author),
      content: message.content,
      timestamp: message.createdAt,
      edited_timestamp: message.editedAt,
      tts: false,
      mention_everyone: message.pingedEveryone,
      mentions: message.pinged.flatMap((id) => {
        const user = this.users.get(id);
        return user ? [this.userPayload(user)] : [];
      }),
      mention_roles: [],
      attachments: message.files.map((f, i) => ({
        id: message.attachmentIds[i] ?? this.ids.next(),
        filename: f.filename,
        size: f.data.length,
        url: `https://cdn.invalid/attachments/${message.channelId}/${message.id}/${f.filename}`,
        proxy_url: `https://cdn.invalid/attachments/${message.channelId}/${message.id}/${f.filename}`,
        ...(f.contentType ? { content_type: f.contentType } : {}),
      })),
      embeds: message.embeds,
      pinned: false,
      type: message.type,
      flags: message.flags,
      components: [],
      ...(message.nonce !== undefined ? { nonce: message.nonce } : {}),
      ...(message.webhookId ? { webhook_id: message.webhookId } : {}),
      ...(message.applicationId ? { application_id: message.applicationId } : {}),
      ...(message.referenceId
        ? {
            message_reference: {
              type: 0,
              message_id: message.referenceId,
              channel_id: message.channelId,
              guild_id: message.guildId,
            },
          }
        : {}),
      ...(interaction
        ? {
            interaction_metadata: {
              id: interaction.id,
              type: interaction.type,
              user: this.userPayload(this.users.get(interaction.userId) ?? this.bot),
              authorizing_integration_owners: { '0': interaction.guildId },
            },
          }
        : {}),
    };
  }

  guildCreatePayload(guildId: string): Record<string, unknown> {
    const guild = this.requireGuild(guildId);
    const channels = [...this.channels.values()].filter((c) => c.guildId === guildId);
    return {
      id: guild.id,
      name: guild.name,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: guild.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 1,
      explicit_content_filter: 0,
      roles: [...guild.roles.values()].map((r) => this.rolePayload(r)),
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
      joined_at: guild.members.get(this.bot.id)?.joinedAt ?? new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: guild.members.size,
      voice_states: [],
      members: [this.memberPayload(guildId, this.bot.id)],
      channels: channels.filter((c) => !this.isThread(c)).map((c) => this.channelPayload(c)),
      threads: channels
        .filter(
          (c) =>
            this.isThread(c) && !c.archived && this.has(this.bot.id, c.id, PermissionFlagsBits.ViewChannel),
        )
        .map((c) => this.channelPayload(c)),
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }
}
