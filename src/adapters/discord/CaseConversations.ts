/**
 * Students talk in a case thread; the patient answers each message once, in order, one turn at a time
 * per case. After a restart, messages posted in open case threads while the bot was away are found in
 * the thread history and answered before any new message of that case.
 */
import type { Client, Message, ThreadChannel } from 'discord.js';
import type { CaseApi } from '../../cases/CaseApi.ts';
import { KeyedMutex } from '../../cases/KeyedMutex.ts';
import type { CaseState } from '../../domain/case.ts';
import type { Logger } from '../log/createLogger.ts';
import type { BotServices } from './BotServices.ts';
import { caseKeyOf, isSnowflake, newerSnowflake, parseCaseKey } from './caseKey.ts';
import type { DiscordOutbox } from './DiscordOutbox.ts';
import { describeFailure } from './describeFailure.ts';
import { keepTyping } from './keepTyping.ts';
import type { PatientVoice } from './PatientVoice.ts';

/** How far back catch-up reads per case (pages of 100 messages). */
const CATCH_UP_PAGES = 5;

export interface ConversationDeps {
  services: BotServices;
  outbox: DiscordOutbox;
  voice: PatientVoice;
  log: Logger;
}

/** A message the bot should answer: in a thread it opened, written by a person, with text. */
export function questionText(message: Message, botId: string): string | undefined {
  if (message.author.bot || message.webhookId !== null || message.system) return undefined;
  // a mention of the bot is how students talk where Message Content is not granted; it is not part of the question
  const text = message.content.replaceAll(`<@${botId}>`, '').replaceAll(`<@!${botId}>`, '').trim();
  return text === '' ? undefined : text;
}

export class CaseConversations {
  private readonly turns = new KeyedMutex();
  private live = false;
  private readonly waiting: Message[] = [];

  constructor(private readonly deps: ConversationDeps) {}

  /** Runs `task` as the case's next turn (after every turn queued before it). */
  runTurn<T>(key: string, task: () => Promise<T>): Promise<T> {
    return this.turns.run(key, task);
  }

  /** Turns queued or running, across cases (metrics, tests). */
  get busyCases(): number {
    return this.turns.size;
  }

  /** A message arrived through the gateway. */
  async onMessage(message: Message): Promise<void> {
    if (!message.inGuild() || !message.channel.isThread()) return;
    if (!this.live) {
      // catch-up has not queued its turns yet: keep order by waiting behind it
      this.waiting.push(message);
      return;
    }
    await this.enqueue(message);
  }

  private async enqueue(message: Message): Promise<void> {
    const thread = message.channel;
    if (!thread.isThread() || !message.guildId) return;
    const botId = message.client.user.id;
    if ((await this.ownerOf(thread)) !== botId) return;
    const text = questionText(message, botId);
    if (text === undefined) return;
    const key = caseKeyOf(message.guildId, thread.id);
    await this.runTurn(key, () => this.answer(message, thread, key, text));
  }

  private async ownerOf(thread: ThreadChannel): Promise<string | null> {
    if (thread.ownerId) return thread.ownerId;
    try {
      return (await thread.fetch()).ownerId;
    } catch {
      return null;
    }
  }

  /** One turn: ask the case, then let the patient speak (or explain what went wrong). */
  private async answer(message: Message, thread: ThreadChannel, key: string, text: string): Promise<void> {
    const started = performance.now();
    const log = this.deps.log.child({
      caseKey: key,
      guildId: message.guildId,
      userId: message.author.id,
      messageId: message.id,
    });
    if (this.deps.outbox.isDead(thread.id)) return;
    let cases: CaseApi;
    try {
      cases = await this.deps.services.cases(message.guildId ?? '');
    } catch (error) {
      log.error({ err: error }, 'no case service for the guild');
      await this.deps.outbox.post(
        thread,
        { content: describeFailure({ code: 'store_unavailable' }) },
        { nonce: message.id, replyTo: message.id },
      );
      return;
    }
    const rest = message.client.rest;
    const result = await keepTyping(
      thread,
      () => cases.ask({ key, userId: message.author.id, sourceId: message.id, text }),
      {
        // most of this second's 50 requests still unspent (or a new second begun)
        affordable: () => rest.globalRemaining > 25 || Date.now() > rest.globalReset,
      },
    );
    if (!result.ok) {
      const { code } = result.error;
      // not a case (any more), or nothing to answer: silence is the right reply to chatter in a closed case
      if (code === 'case_not_found' || code === 'case_closed' || code === 'empty_input') return;
      log.warn({ code }, 'turn failed');
      await this.deps.outbox.post(
        thread,
        { content: describeFailure(result.error) },
        { nonce: message.id, replyTo: message.id },
      );
      return;
    }
    if (result.value.duplicate) {
      log.debug('already answered');
      return;
    }
    const sent = await this.deps.voice.speak(
      thread,
      { name: result.value.speaker, avatarSeed: key },
      result.value.text,
      message.id,
    );
    if (!sent.ok) log.warn({ reason: sent.reason }, 'reply not delivered');
    else
      log.info(
        { ms: Math.round(performance.now() - started), source: result.value.turn?.source },
        'turn answered',
      );
  }

  /**
   * Queues a catch-up turn for every open case in the guilds this client serves, then lets live
   * messages through (those that arrived meanwhile first, in arrival order).
   */
  async catchUp(client: Client<true>): Promise<{ cases: number }> {
    let keys: string[] = [];
    try {
      keys = await this.deps.services.openCaseKeys();
    } catch (error) {
      this.deps.log.error({ err: error }, 'catch-up skipped: store unavailable');
    }
    const mine = keys.flatMap((key) => {
      const where = parseCaseKey(key);
      return where && client.guilds.cache.has(where.guildId) ? [{ key, ...where }] : [];
    });
    const done = mine.map(({ key, guildId, threadId }) =>
      this.runTurn(key, () => this.catchUpCase(client, key, guildId, threadId)).catch((error: unknown) => {
        this.deps.log.error({ err: error, caseKey: key }, 'catch-up failed');
      }),
    );
    this.live = true;
    for (const message of this.waiting.splice(0)) void this.enqueue(message);
    await Promise.all(done);
    return { cases: mine.length };
  }

  private async catchUpCase(
    client: Client<true>,
    key: string,
    guildId: string,
    threadId: string,
  ): Promise<void> {
    const cases = await this.deps.services.cases(guildId);
    const state = await cases.get(key);
    if (!state.ok || state.value.status !== 'open') return;
    const thread = await client.channels.fetch(threadId).catch(() => null);
    if (!thread?.isThread() || thread.locked) return;
    let after = lastAnswered(state.value, threadId);
    const missed: Message[] = [];
    for (let page = 0; page < CATCH_UP_PAGES; page++) {
      const batch = await thread.messages.fetch({ after, limit: 100, cache: false }).catch(() => undefined);
      if (!batch || batch.size === 0) break;
      const sorted = [...batch.values()].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
      missed.push(...sorted);
      after = sorted.at(-1)?.id ?? after;
      if (batch.size < 100) break;
    }
    const botId = client.user.id;
    let answered = 0;
    for (const message of missed) {
      const text = questionText(message, botId);
      if (text === undefined) continue;
      await this.answer(message, thread, key, text);
      answered += 1;
    }
    if (answered > 0) this.deps.log.info({ caseKey: key, answered }, 'caught up');
  }
}

/** The newest Discord id the case has answered (messages after it were missed), or the thread's own id. */
export function lastAnswered(state: CaseState, threadId: string): string {
  let newest = threadId;
  for (const id of state.processed) if (isSnowflake(id)) newest = newerSnowflake(newest, id);
  for (const entry of state.transcript) {
    if (entry.sourceId && isSnowflake(entry.sourceId)) newest = newerSnowflake(newest, entry.sourceId);
  }
  return newest;
}
