/** `/patient end`: closes the case without a reveal (its instructor or whoever opened it). */
import { type APIApplicationCommandSubcommandOption, ApplicationCommandOptionType } from 'discord.js';
import { z } from 'zod';
import { type CommandContext, defineSubcommand } from '../src/adapters/discord/Subcommand.ts';

export const endDefinition = {
  type: ApplicationCommandOptionType.Subcommand,
  name: 'end',
  description: 'End this case (instructors, or whoever opened it)',
} as const satisfies APIApplicationCommandSubcommandOption;

const Options = z.object({});

async function run(ctx: CommandContext): Promise<void> {
  const key = ctx.caseKey ?? '';
  const state = await ctx.cases.get(key);
  if (!state.ok) return ctx.fail(state.error);
  if (!ctx.instructor && state.value.createdBy !== ctx.userId) return ctx.fail({ code: 'not_authorized' });
  const result = await ctx.cases.end({ key, userId: ctx.userId, sourceId: ctx.interaction.id });
  if (!result.ok) return ctx.fail(result.error);
  await ctx.reply({ content: result.value.text });
  await ctx.thread
    ?.setLocked(true, 'case ended')
    .catch((error: unknown) => ctx.log.warn({ err: error }, 'thread not locked'));
}

export const endCommand = defineSubcommand({
  definition: endDefinition,
  options: Options,
  ephemeral: false,
  inCase: true,
  run,
});
