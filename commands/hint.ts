/** `/patient hint`: a nudge towards what has not been asked yet. */
import { type APIApplicationCommandSubcommandOption, ApplicationCommandOptionType } from 'discord.js';
import { z } from 'zod';
import { type CommandContext, defineSubcommand } from '../src/adapters/discord/Subcommand.ts';

export const hintDefinition = {
  type: ApplicationCommandOptionType.Subcommand,
  name: 'hint',
  description: 'Get a hint about what to explore next',
} as const satisfies APIApplicationCommandSubcommandOption;

const Options = z.object({});

async function run(ctx: CommandContext): Promise<void> {
  const result = await ctx.cases.hint({
    key: ctx.caseKey ?? '',
    userId: ctx.userId,
    sourceId: ctx.interaction.id,
  });
  if (!result.ok) return ctx.fail(result.error);
  await ctx.reply({ content: `💡 ${result.value.text}` });
}

export const hintCommand = defineSubcommand({
  definition: hintDefinition,
  options: Options,
  ephemeral: false,
  inCase: true,
  run,
});
