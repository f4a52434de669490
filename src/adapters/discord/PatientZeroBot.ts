/**
 * The bot: one discord.js client wired to the case conversations (thread messages), the slash-command
 * boundary (interactions) and catch-up after (re)connecting. Everything it needs is injected.
 */
import { type Client, Events, type Interaction } from 'discord.js';
import type { Logger } from '../log/createLogger.ts';
import type { BotServices } from './BotServices.ts';
import { CaseConversations } from './CaseConversations.ts';
import { DiscordOutbox } from './DiscordOutbox.ts';
import { PatientVoice } from './PatientVoice.ts';
import { type InteractionDeps, runAutocomplete, runChatInput } from './runInteraction.ts';
import type { AnySubcommand } from './Subcommand.ts';

export const COMMAND_NAME = 'patient';

export interface BotOptions {
  client: Client;
  services: BotServices;
  registry: ReadonlyMap<string, AnySubcommand>;
  log: Logger;
}

export class PatientZeroBot {
  readonly outbox: DiscordOutbox;
  readonly voice: PatientVoice;
  readonly conversations: CaseConversations;
  private readonly deps: InteractionDeps;
  private readonly client: Client;
  private readonly log: Logger;
  private readyOnce = false;
  /** Settles when the first catch-up after login has finished (tests, metrics). */
  caughtUp: Promise<{ cases: number }> = new Promise(() => undefined);

  constructor(options: BotOptions) {
    this.client = options.client;
    this.log = options.log;
    this.outbox = new DiscordOutbox({ log: options.log });
    this.voice = new PatientVoice({
      outbox: this.outbox,
      log: options.log,
      avatarUrl: (seed) => options.services.avatarUrl(seed),
    });
    this.conversations = new CaseConversations({
      services: options.services,
      outbox: this.outbox,
      voice: this.voice,
      log: options.log,
    });
    this.deps = {
      registry: options.registry,
      services: options.services,
      outbox: this.outbox,
      voice: this.voice,
      conversations: this.conversations,
      log: options.log,
    };
    this.attach();
  }

  private attach(): void {
    const client = this.client;
    client.on(Events.MessageCreate, (message) => {
      this.conversations
        .onMessage(message)
        .catch((error: unknown) => this.log.error({ err: error }, 'message handling failed'));
    });
    client.on(Events.InteractionCreate, (interaction) => {
      this.onInteraction(interaction).catch((error: unknown) =>
        this.log.error({ err: error }, 'interaction handling failed'),
      );
    });
    client.on(Events.ThreadUpdate, (_old, thread) => {
      if (!thread.locked && !thread.archived) this.outbox.revive(thread.id);
    });
    client.on(Events.ShardReady, (shardId) => {
      // a fresh session after a lost one: events in between were never delivered, so look again
      if (this.readyOnce) void this.catchUp(`shard ${shardId} ready again`);
    });
    client.once(Events.ClientReady, () => {
      this.readyOnce = true;
      this.caughtUp = this.catchUp('ready');
    });
    client.on(Events.Error, (error) => this.log.error({ err: error }, 'client error'));
    client.on(Events.Warn, (message) => this.log.warn(message));
    client.on(Events.ShardDisconnect, (event, shardId) =>
      this.log.warn({ shardId, code: event.code }, 'shard disconnected'),
    );
    client.rest.on('rateLimited', (info) =>
      this.log.debug({ route: info.route, method: info.method, retryAfter: info.retryAfter }, 'rate limited'),
    );
  }

  private async catchUp(reason: string): Promise<{ cases: number }> {
    const client = this.client;
    if (!client.isReady()) return { cases: 0 };
    const result = await this.conversations.catchUp(client);
    this.log.info({ reason, cases: result.cases }, 'catch-up done');
    return result;
  }

  private async onInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isChatInputCommand() && interaction.commandName === COMMAND_NAME) {
      await runChatInput(interaction, this.deps);
    } else if (interaction.isAutocomplete() && interaction.commandName === COMMAND_NAME) {
      await runAutocomplete(interaction, this.deps);
    }
  }

  /** Logs in and resolves once the client is ready and catch-up has been queued. */
  async start(token: string): Promise<void> {
    const ready = new Promise<void>((resolve) => this.client.once(Events.ClientReady, () => resolve()));
    await this.client.login(token);
    await ready;
  }

  async stop(): Promise<void> {
    await this.client.destroy();
  }
}
