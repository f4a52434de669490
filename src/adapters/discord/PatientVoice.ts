/**
 * How the patient speaks in its thread: through a webhook of the parent channel, with the patient's
 * own name and avatar, when the bot may manage webhooks there; otherwise as the bot, the patient's name
 * in bold. One webhook per parent channel, found or created once and cached.
 */
import { PermissionFlagsBits, type ThreadChannel, type Webhook } from 'discord.js';
import type { Logger } from '../log/createLogger.ts';
import type { DiscordOutbox, SendResult } from './DiscordOutbox.ts';

export const WEBHOOK_NAME = 'Patient Zero';

export interface Speaker {
  name: string;
  /** Stable per patient (the record id), for a stable avatar. */
  avatarSeed: string;
}

export interface PatientVoiceOptions {
  outbox: DiscordOutbox;
  log: Logger;
  /** The avatar URL for a seed, or undefined for Discord's default. */
  avatarUrl: (seed: string) => string | undefined;
}

export class PatientVoice {
  private readonly webhooks = new Map<string, Promise<Webhook | undefined>>();

  constructor(private readonly options: PatientVoiceOptions) {}

  /** Says `text` in `thread` as `speaker`; `nonce` de-duplicates the fallback path's POST. */
  async speak(thread: ThreadChannel, speaker: Speaker, text: string, nonce?: string): Promise<SendResult> {
    const webhook = await this.webhookFor(thread);
    if (webhook) {
      const identity = { username: speaker.name, avatarURL: this.options.avatarUrl(speaker.avatarSeed) };
      let sent = await this.options.outbox.postAsWebhook(webhook, thread.id, { content: text }, identity);
      if (!sent.ok && sent.reason === 'unknown_webhook' && thread.parentId) {
        // deleted by a moderator: make a new one, once
        this.webhooks.delete(thread.parentId);
        const fresh = await this.webhookFor(thread);
        if (fresh)
          sent = await this.options.outbox.postAsWebhook(fresh, thread.id, { content: text }, identity);
      }
      if (sent.ok || (sent.reason !== 'unknown_webhook' && sent.reason !== 'missing_permissions'))
        return sent;
      if (thread.parentId) this.webhooks.delete(thread.parentId);
    }
    return this.options.outbox.post(
      thread,
      { content: `**${speaker.name}:** ${text}` },
      nonce ? { nonce } : {},
    );
  }

  /** Whether the bot may manage webhooks in the thread's parent channel. */
  canUseWebhooks(thread: ThreadChannel): boolean {
    const me = thread.client.user;
    const parent = thread.parent;
    if (!parent || !me) return false;
    return parent.permissionsFor(me)?.has(PermissionFlagsBits.ManageWebhooks) ?? false;
  }

  private webhookFor(thread: ThreadChannel): Promise<Webhook | undefined> {
    const parent = thread.parent;
    if (!parent || !this.canUseWebhooks(thread) || !('fetchWebhooks' in parent))
      return Promise.resolve(undefined);
    const cached = this.webhooks.get(parent.id);
    if (cached) return cached;
    const me = thread.client.user.id;
    const found = (async (): Promise<Webhook | undefined> => {
      try {
        const existing = (await parent.fetchWebhooks()).find((w) => w.owner?.id === me && w.token !== null);
        return (
          existing ??
          (await parent.createWebhook({ name: WEBHOOK_NAME, reason: 'Patient Zero speaks as the patient' }))
        );
      } catch (error) {
        this.options.log.warn({ channelId: parent.id, err: error }, 'no webhook; speaking as the bot');
        // try again later, not on every message
        setTimeout(() => this.webhooks.delete(parent.id), 10 * 60_000).unref();
        return undefined;
      }
    })();
    this.webhooks.set(parent.id, found);
    return found;
  }
}
