/**
 * The contract between the error boundary and the thin handlers in commands/: a typed definition (sent
 * to Discord as is), a zod schema for its options, how it is acknowledged, and the handler.
 */
import type {
  APIApplicationCommandSubcommandOption,
  ChatInputCommandInteraction,
  ThreadChannel,
} from 'discord.js';
import type { z } from 'zod';
import type { CaseApi } from '../../cases/CaseApi.ts';
import type { Failure } from '../../domain/result.ts';
import type { Logger } from '../log/createLogger.ts';
import type { GuildSettings } from '../storage/KeyvGuildSettingsStore.ts';
import type { BotServices } from './BotServices.ts';
import type { CaseConversations } from './CaseConversations.ts';
import type { DiscordOutbox } from './DiscordOutbox.ts';
import type { DiscordProblem } from './describeFailure.ts';
import type { PatientVoice } from './PatientVoice.ts';
import type { OutboundMessage } from './safeMessage.ts';

export interface CommandContext {
  interaction: ChatInputCommandInteraction;
  services: BotServices;
  outbox: DiscordOutbox;
  voice: PatientVoice;
  conversations: CaseConversations;
  log: Logger;
  guildId: string;
  userId: string;
  /** The thread the command was used in, if any (a case thread or not). */
  thread: ThreadChannel | undefined;
  /** `<guildId>:<threadId>` when used in a thread. */
  caseKey: string | undefined;
  settings: GuildSettings;
  /** Instructor role (configured) or Manage Threads: decided in code. */
  instructor: boolean;
  /** Manage Server: may change settings. */
  admin: boolean;
  cases: CaseApi;
  /** Fills in the deferred reply. */
  reply(message: OutboundMessage): Promise<void>;
  /** Replies with the fixed words for a case failure or a Discord-only problem. */
  fail(failure: Failure | DiscordProblem, detail?: string): Promise<void>;
}

export interface AutocompleteContext {
  services: BotServices;
  guildId: string;
  settings: GuildSettings;
  cases: CaseApi;
  instructor: boolean;
}

export interface Choice {
  name: string;
  value: string;
}

export interface Subcommand<Options> {
  definition: APIApplicationCommandSubcommandOption;
  options: z.ZodType<Options>;
  /** Acknowledged privately (only the user sees the reply). */
  ephemeral: boolean;
  /** Acts on the case of the thread it is used in: needs one, and runs as that case's next turn. */
  inCase: boolean;
  run(ctx: CommandContext, options: Options): Promise<void>;
  /** Choices for the focused option, from what was typed so far (`others`: the other options filled in). */
  autocomplete?(
    ctx: AutocompleteContext,
    focused: { name: string; value: string },
    others: Record<string, unknown>,
  ): Promise<Choice[]> | Choice[];
}

/** A subcommand with its option type erased, as the registry holds it. */
export interface AnySubcommand {
  name: string;
  definition: APIApplicationCommandSubcommandOption;
  ephemeral: boolean;
  inCase: boolean;
  /** Parses the raw options with the subcommand's schema, then runs it. */
  execute(ctx: CommandContext, raw: Record<string, unknown>): Promise<void>;
  autocomplete?: Subcommand<unknown>['autocomplete'];
}

/** Wraps a subcommand so the boundary can run it from raw options. */
export function defineSubcommand<Options>(subcommand: Subcommand<Options>): AnySubcommand {
  return {
    name: subcommand.definition.name,
    definition: subcommand.definition,
    ephemeral: subcommand.ephemeral,
    inCase: subcommand.inCase,
    execute: async (ctx, raw) => {
      const parsed = subcommand.options.safeParse(raw);
      if (!parsed.success) {
        const where = [...new Set(parsed.error.issues.map((i) => i.path.join('.')).filter(Boolean))];
        await ctx.fail('invalid_options', where.length > 0 ? `(${where.join(', ')})` : undefined);
        return;
      }
      await subcommand.run(ctx, parsed.data);
    },
    ...(subcommand.autocomplete ? { autocomplete: subcommand.autocomplete } : {}),
  };
}
