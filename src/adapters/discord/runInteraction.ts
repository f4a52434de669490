/**
 * The one error boundary for slash commands: acknowledge first (Discord's 3-second window), then work,
 * and always answer — with the handler's reply, the fixed words for a failure, or a generic apology
 * when something unexpected broke. Autocomplete is answered within the window too, with no choices
 * rather than an error.
 */
import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  GuildMember,
  MessageFlags,
  type ThreadChannel,
} from 'discord.js';
import { PatientZeroError } from '../../domain/errors.ts';
import type { Failure } from '../../domain/result.ts';
import type { Logger } from '../log/createLogger.ts';
import type { BotServices } from './BotServices.ts';
import type { CaseConversations } from './CaseConversations.ts';
import { caseKeyOf } from './caseKey.ts';
import type { DiscordOutbox } from './DiscordOutbox.ts';
import { type DiscordProblem, describeFailure, describeProblem } from './describeFailure.ts';
import { isGuildAdmin, isInstructor, type MemberFacts } from './isInstructor.ts';
import type { PatientVoice } from './PatientVoice.ts';
import { readOptions } from './readOptions.ts';
import type { AnySubcommand, CommandContext } from './Subcommand.ts';

export interface InteractionDeps {
  registry: ReadonlyMap<string, AnySubcommand>;
  services: BotServices;
  outbox: DiscordOutbox;
  voice: PatientVoice;
  conversations: CaseConversations;
  log: Logger;
}

function memberFacts(interaction: ChatInputCommandInteraction | AutocompleteInteraction): MemberFacts {
  const member = interaction.member;
  const roleIds =
    member instanceof GuildMember
      ? [...member.roles.cache.keys()]
      : Array.isArray(member?.roles)
        ? member.roles
        : [];
  return { roleIds, permissions: interaction.memberPermissions };
}

async function threadOf(interaction: ChatInputCommandInteraction): Promise<ThreadChannel | undefined> {
  const channel =
    interaction.channel ?? (await interaction.client.channels.fetch(interaction.channelId).catch(() => null));
  return channel?.isThread() ? channel : undefined;
}

/** Handles one slash command from acknowledgement to answer. */
export async function runChatInput(
  interaction: ChatInputCommandInteraction,
  deps: InteractionDeps,
): Promise<void> {
  const { subcommand, raw } = readOptions(interaction.options.data);
  const sub = subcommand ? deps.registry.get(subcommand) : undefined;
  const log = deps.log.child({
    interactionId: interaction.id,
    guildId: interaction.guildId,
    userId: interaction.user.id,
    command: subcommand,
  });
  // a case command used outside a thread can only fail: say so privately
  const inThread = interaction.channel?.isThread() ?? false;
  const ephemeral = !sub || sub.ephemeral || (sub.inCase && !inThread);
  try {
    await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  } catch (error) {
    // too late (10062) or already answered (40060): nothing more can be said through this interaction
    log.warn({ err: error }, 'could not acknowledge interaction');
    return;
  }

  let answered = false;
  const reply = async (message: Parameters<CommandContext['reply']>[0]): Promise<void> => {
    answered = true;
    await deps.outbox.editReply(interaction, message);
  };
  const fail = async (failure: Failure | DiscordProblem, detail?: string): Promise<void> => {
    const words = typeof failure === 'string' ? describeProblem(failure, detail) : describeFailure(failure);
    if (ephemeral) return reply({ content: words });
    // a failure concerns only whoever asked: replace the public "thinking…" with a private answer
    answered = true;
    const removed = await interaction.deleteReply().then(
      () => true,
      () => false,
    );
    const sent = removed ? await deps.outbox.followUp(interaction, { content: words }, true) : { ok: false };
    if (!sent.ok) await deps.outbox.editReply(interaction, { content: words });
  };

  try {
    if (!sub) return await fail('unexpected');
    const guildId = interaction.guildId;
    if (!guildId) return await fail('not_in_guild');
    const thread = await threadOf(interaction);
    const caseKey = thread ? caseKeyOf(guildId, thread.id) : undefined;
    const settings = await deps.services.settings.get(guildId);
    const facts = memberFacts(interaction);
    const ctx: CommandContext = {
      interaction,
      services: deps.services,
      outbox: deps.outbox,
      voice: deps.voice,
      conversations: deps.conversations,
      log: caseKey ? log.child({ caseKey }) : log,
      guildId,
      userId: interaction.user.id,
      thread,
      caseKey,
      settings,
      instructor: isInstructor(facts, settings.instructorRoleId ?? deps.services.defaultInstructorRoleId),
      admin: isGuildAdmin(facts),
      cases: await deps.services.cases(guildId),
      reply,
      fail,
    };
    if (sub.inCase) {
      if (!caseKey) return await fail('not_in_case_thread');
      await deps.conversations.runTurn(caseKey, () => sub.execute(ctx, raw));
    } else {
      await sub.execute(ctx, raw);
    }
    if (!answered) await reply({ content: 'Done.' });
  } catch (error) {
    if (error instanceof PatientZeroError) log.warn({ code: error.code }, 'command failed');
    else log.error({ err: error }, 'command crashed');
    if (!answered) {
      await fail(error instanceof PatientZeroError ? { code: error.code } : 'unexpected');
    }
  }
}

/** Answers an autocomplete request; any problem yields no choices. */
export async function runAutocomplete(
  interaction: AutocompleteInteraction,
  deps: InteractionDeps,
): Promise<void> {
  const sub = deps.registry.get(interaction.options.getSubcommand(false) ?? '');
  const focused = interaction.options.getFocused(true);
  let choices: { name: string; value: string }[] = [];
  try {
    const guildId = interaction.guildId;
    if (sub?.autocomplete && guildId) {
      const settings = await deps.services.settings.get(guildId);
      choices = await sub.autocomplete(
        {
          services: deps.services,
          guildId,
          settings,
          cases: await deps.services.cases(guildId),
          instructor: isInstructor(
            memberFacts(interaction),
            settings.instructorRoleId ?? deps.services.defaultInstructorRoleId,
          ),
        },
        { name: focused.name, value: String(focused.value) },
        readOptions(interaction.options.data).raw,
      );
    }
  } catch (error) {
    deps.log.warn({ err: error, interactionId: interaction.id }, 'autocomplete failed');
  }
  const safe = choices
    .slice(0, 25)
    .map((c) => ({ name: c.name.slice(0, 100), value: c.value.slice(0, 100) }));
  await interaction.respond(safe).catch((error: unknown) => {
    deps.log.warn({ err: error, interactionId: interaction.id }, 'autocomplete not delivered');
  });
}
