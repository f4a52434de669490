/** `/patient new specialty [difficulty] [private] [condition] [seed]`: opens a case thread with a triage note. */
import {
  type APIApplicationCommandSubcommandOption,
  ApplicationCommandOptionType,
  ChannelType,
  PermissionFlagsBits,
  type TextChannel,
  type ThreadChannel,
} from 'discord.js';
import { z } from 'zod';
import { caseKeyOf } from '../src/adapters/discord/caseKey.ts';
import { classifySendError, DiscordCode } from '../src/adapters/discord/DiscordOutbox.ts';
import { type CommandContext, defineSubcommand } from '../src/adapters/discord/Subcommand.ts';
import { Difficulty } from '../src/ontology/schema.ts';
import { choicesFor, enabledSpecialties, findEntry } from './enabledSpecialties.ts';

export const newDefinition = {
  type: ApplicationCommandOptionType.Subcommand,
  name: 'new',
  description: 'Open a new virtual patient in a thread',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'specialty',
      description: 'Which specialty the patient comes from',
      required: true,
      autocomplete: true,
      max_length: 50,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'difficulty',
      description: 'How hard the case is (default: medium)',
      choices: [
        { name: 'easy', value: 'easy' },
        { name: 'medium', value: 'medium' },
        { name: 'hard', value: 'hard' },
      ],
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'private',
      description: 'Open a private thread that only you (and people you add) can see',
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'condition',
      description: 'Instructors: a fixed condition',
      autocomplete: true,
      max_length: 100,
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'seed',
      description: 'Instructors: a seed, to give every group the same patient',
      max_length: 64,
    },
  ],
} as const satisfies APIApplicationCommandSubcommandOption;

const Options = z.object({
  specialty: z.string().trim().min(1).max(50),
  difficulty: Difficulty.optional(),
  private: z.boolean().optional(),
  condition: z.string().trim().min(1).max(100).optional(),
  seed: z.string().trim().min(1).max(64).optional(),
});
type Options = z.infer<typeof Options>;

/** The channel to open the thread in: the channel itself, or the parent of the thread it was used in. */
function parentChannel(ctx: CommandContext): TextChannel | undefined {
  const channel = ctx.thread ? ctx.thread.parent : ctx.interaction.channel;
  return channel?.type === ChannelType.GuildText ? channel : undefined;
}

async function run(ctx: CommandContext, o: Options): Promise<void> {
  const { services, interaction } = ctx;
  const enabled = enabledSpecialties(services.catalog, ctx.settings);
  const valid = enabled.map((s) => s.id);
  const specialty = findEntry(o.specialty, services.catalog.allSpecialties());
  if (!specialty) return ctx.fail({ code: 'unknown_specialty', detail: { valid } });
  if (!valid.includes(specialty.id)) return ctx.fail({ code: 'specialty_disabled', detail: { valid } });
  if ((o.condition !== undefined || o.seed !== undefined) && !ctx.instructor)
    return ctx.fail({ code: 'not_authorized' });

  const parent = parentChannel(ctx);
  const type = o.private ? ChannelType.PrivateThread : ChannelType.PublicThread;
  const needed = [
    PermissionFlagsBits.ViewChannel,
    PermissionFlagsBits.SendMessagesInThreads,
    o.private ? PermissionFlagsBits.CreatePrivateThreads : PermissionFlagsBits.CreatePublicThreads,
  ];
  if (!parent || !interaction.appPermissions.has(needed)) return ctx.fail('cannot_open_thread');

  let thread: ThreadChannel;
  try {
    thread = await parent.threads.create({
      name: `New ${specialty.name.toLowerCase()} case`.slice(0, 100),
      type,
      autoArchiveDuration: 4_320,
      ...(o.private ? { invitable: false } : {}),
      reason: `Patient Zero case opened by ${ctx.userId}`,
    });
  } catch (error) {
    const { code } = classifySendError(error);
    ctx.log.warn({ code }, 'thread not created');
    return ctx.fail(code === DiscordCode.maxActiveThreads ? 'too_many_threads' : 'cannot_open_thread');
  }

  const key = caseKeyOf(ctx.guildId, thread.id);
  const log = ctx.log.child({ caseKey: key });
  // the case's first turn: messages posted in the new thread meanwhile wait behind it
  const opened = await ctx.conversations.runTurn(key, async () => {
    const started = await ctx.cases.start({
      key,
      userId: ctx.userId,
      sourceId: interaction.id,
      specialty: specialty.id,
      guildId: ctx.guildId,
      channelId: parent.id,
      threadId: thread.id,
      ...(o.difficulty ? { difficulty: o.difficulty } : {}),
      ...(o.condition ? { condition: o.condition } : {}),
      ...(o.seed ? { seed: o.seed } : {}),
    });
    if (!started.ok) return started;
    if (o.private)
      await thread.members
        .add(ctx.userId)
        .catch((error: unknown) => log.warn({ err: error }, 'could not add creator'));
    // the title names the patient, never the diagnosis; a rename that would wait on a rate limit is skipped
    await thread
      .setName(started.value.title)
      .catch((error: unknown) => log.warn({ err: error }, 'thread not renamed'));
    await ctx.outbox.post(thread, { content: started.value.triage }, { nonce: interaction.id });
    return started;
  });
  if (!opened.ok) {
    await thread
      .delete('case could not be started')
      .catch((error: unknown) => log.warn({ err: error }, 'empty thread left'));
    return ctx.fail(opened.error);
  }
  log.info({ specialty: specialty.id }, 'case opened');
  await ctx.reply({ content: `Your patient is waiting in <#${thread.id}>. Talk to them there.` });
}

export const newCommand = defineSubcommand({
  definition: newDefinition,
  options: Options,
  ephemeral: true,
  inCase: false,
  run,
  autocomplete: (ctx, focused, others) => {
    const enabled = enabledSpecialties(ctx.services.catalog, ctx.settings);
    if (focused.name === 'specialty') return choicesFor(enabled, focused.value);
    if (focused.name === 'condition' && ctx.instructor) {
      // the conditions of the chosen specialty, or of every enabled one while none is chosen
      const chosen = typeof others.specialty === 'string' ? findEntry(others.specialty, enabled) : undefined;
      return (chosen ? [chosen] : enabled)
        .flatMap((s) => ctx.cases.suggestConditions(s.id, focused.value))
        .slice(0, 25)
        .map((c) => ({ name: c.name, value: c.id }));
    }
    return [];
  },
});
