/**
 * Every message the bot sends goes through here: payloads made safe (toSafePayload), a nonce with
 * enforce_nonce on channel posts so a retried POST cannot post twice, and channels that refuse us
 * (unknown, no access, locked, archived) remembered so we stop sending to them for a while: Cloudflare
 * bans IPs that keep collecting 401/403/429s.
 */
import {
  type ChatInputCommandInteraction,
  DiscordAPIError,
  type Message,
  type MessageCreateOptions,
  MessageFlags,
  RateLimitError,
  type Webhook,
} from 'discord.js';
import type { Logger } from '../log/createLogger.ts';
import { clampText, LIMITS, type OutboundMessage, toSafePayload } from './safeMessage.ts';

export type SendFailure =
  | 'dead_channel'
  | 'unknown_channel'
  | 'missing_access'
  | 'missing_permissions'
  | 'thread_locked'
  | 'thread_archived'
  | 'unknown_webhook'
  | 'interaction_expired'
  | 'rate_limited'
  | 'error';

/** Anything the bot can post in: a text channel or a thread. */
export interface Postable {
  id: string;
  send(options: MessageCreateOptions): Promise<Message>;
}

export type SendResult = { ok: true; messageId: string } | { ok: false; reason: SendFailure; code?: number };

/** Discord JSON error codes the outbox understands. */
export const DiscordCode = {
  unknownChannel: 10_003,
  unknownMessage: 10_008,
  unknownWebhook: 10_015,
  unknownInteraction: 10_062,
  missingAccess: 50_001,
  missingPermissions: 50_013,
  threadArchived: 50_083,
  alreadyAcknowledged: 40_060,
  threadLocked: 160_005,
  maxActiveThreads: 160_006,
} as const;

const CHANNEL_FAILURES: Record<number, SendFailure> = {
  [DiscordCode.unknownChannel]: 'unknown_channel',
  [DiscordCode.missingAccess]: 'missing_access',
  [DiscordCode.missingPermissions]: 'missing_permissions',
  [DiscordCode.threadLocked]: 'thread_locked',
  [DiscordCode.threadArchived]: 'thread_archived',
};

/** Classifies an error from discord.js into a send failure. */
export function classifySendError(error: unknown): { reason: SendFailure; code?: number } {
  if (error instanceof RateLimitError) return { reason: 'rate_limited' };
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' ? error.code : undefined;
    if (code !== undefined) {
      const known = CHANNEL_FAILURES[code];
      if (known) return { reason: known, code };
      if (code === DiscordCode.unknownWebhook) return { reason: 'unknown_webhook', code };
      if (code === DiscordCode.unknownInteraction || code === DiscordCode.alreadyAcknowledged) {
        return { reason: 'interaction_expired', code };
      }
    }
    if (error.status === 404) return { reason: 'unknown_channel', ...(code !== undefined ? { code } : {}) };
    if (error.status === 403) return { reason: 'missing_access', ...(code !== undefined ? { code } : {}) };
    if (error.status === 429) return { reason: 'rate_limited' };
    return { reason: 'error', ...(code !== undefined ? { code } : {}) };
  }
  return { reason: 'error' };
}

export interface OutboxOptions {
  log: Logger;
  /** How long a channel that refused us is left alone (ms). */
  quarantineMs?: number;
  clock?: () => number;
}

export class DiscordOutbox {
  private readonly dead = new Map<string, number>();
  private readonly quarantineMs: number;
  private readonly clock: () => number;

  constructor(private readonly options: OutboxOptions) {
    this.quarantineMs = options.quarantineMs ?? 10 * 60_000;
    this.clock = options.clock ?? Date.now;
  }

  /** Whether we recently learnt that this channel refuses our messages. */
  isDead(channelId: string): boolean {
    const until = this.dead.get(channelId);
    if (until === undefined) return false;
    if (until > this.clock()) return true;
    this.dead.delete(channelId);
    return false;
  }

  /** Forgets a channel's refusal (it was unlocked, or permissions changed). */
  revive(channelId: string): void {
    this.dead.delete(channelId);
  }

  /** Posts in a channel or thread as the bot; `nonce` (≤ 25 chars) makes a retried POST post once. */
  async post(
    channel: Postable,
    message: OutboundMessage,
    options: { nonce?: string; replyTo?: string } = {},
  ): Promise<SendResult> {
    if (this.isDead(channel.id)) return { ok: false, reason: 'dead_channel' };
    const payload = toSafePayload(message);
    try {
      const sent = await channel.send({
        ...payload,
        ...(options.nonce ? { nonce: options.nonce.slice(0, 25), enforceNonce: true } : {}),
        ...(options.replyTo ? { reply: { messageReference: options.replyTo, failIfNotExists: false } } : {}),
      });
      return { ok: true, messageId: sent.id };
    } catch (error) {
      return this.refused(channel.id, error);
    }
  }

  /** Speaks through a channel webhook, in `threadId`, under another name and avatar. */
  async postAsWebhook(
    webhook: Webhook,
    threadId: string,
    message: OutboundMessage,
    identity: { username: string; avatarURL?: string | undefined },
  ): Promise<SendResult> {
    if (this.isDead(threadId)) return { ok: false, reason: 'dead_channel' };
    const payload = toSafePayload(message);
    try {
      const sent = await webhook.send({
        ...payload,
        threadId,
        username: clampText(identity.username.replace(/discord|clyde/gi, '·'), LIMITS.username),
        ...(identity.avatarURL ? { avatarURL: identity.avatarURL } : {}),
      });
      return { ok: true, messageId: sent.id };
    } catch (error) {
      const failure = classifySendError(error);
      // an unknown webhook says nothing about the thread; anything else does
      if (failure.reason === 'unknown_webhook' || failure.reason === 'missing_permissions') {
        this.options.log.warn({ threadId, code: failure.code }, 'webhook refused');
        return { ok: false, ...failure };
      }
      return this.refused(threadId, error);
    }
  }

  /** Fills in the deferred reply of an interaction. */
  async editReply(interaction: ChatInputCommandInteraction, message: OutboundMessage): Promise<SendResult> {
    try {
      const sent = await interaction.editReply(toSafePayload(message));
      return { ok: true, messageId: sent.id };
    } catch (error) {
      const failure = classifySendError(error);
      this.options.log.warn(
        { interactionId: interaction.id, code: failure.code, reason: failure.reason },
        'reply refused',
      );
      return { ok: false, ...failure };
    }
  }

  /** An extra message after the reply (ephemeral when asked). */
  async followUp(
    interaction: ChatInputCommandInteraction,
    message: OutboundMessage,
    ephemeral: boolean,
  ): Promise<SendResult> {
    try {
      const sent = await interaction.followUp({
        ...toSafePayload(message),
        ...(ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
      });
      return { ok: true, messageId: sent.id };
    } catch (error) {
      const failure = classifySendError(error);
      this.options.log.warn({ interactionId: interaction.id, code: failure.code }, 'follow-up refused');
      return { ok: false, ...failure };
    }
  }

  private refused(channelId: string, error: unknown): SendResult {
    const failure = classifySendError(error);
    if (
      CHANNEL_FAILURES[failure.code ?? -1] ||
      failure.reason === 'unknown_channel' ||
      failure.reason === 'missing_access'
    ) {
      this.dead.set(channelId, this.clock() + this.quarantineMs);
    }
    this.options.log.warn({ channelId, code: failure.code, reason: failure.reason }, 'send refused');
    return { ok: false, ...failure };
  }
}
