/** `/patient diagnose text`: commits a diagnosis privately; others see it only at the reveal. */
import { type APIApplicationCommandSubcommandOption, ApplicationCommandOptionType } from 'discord.js';
import { z } from 'zod';
import { type CommandContext, defineSubcommand } from '../src/adapters/discord/Subcommand.ts';

export const diagnoseDefinition = {
  type: ApplicationCommandOptionType.Subcommand,
  name: 'diagnose',
  description: 'Commit to a diagnosis (private until the instructor reveals the case)',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'text',
      description: 'Your diagnosis',
      required: true,
      max_length: 200,
    },
  ],
} as const satisfies APIApplicationCommandSubcommandOption;

const Options = z.object({ text: z.string().trim().min(1).max(200) });

async function run(ctx: CommandContext, o: z.infer<typeof Options>): Promise<void> {
  const result = await ctx.cases.diagnose({
    key: ctx.caseKey ?? '',
    userId: ctx.userId,
    sourceId: ctx.interaction.id,
    text: o.text,
  });
  if (!result.ok) return ctx.fail(result.error);
  await ctx.reply({ content: result.value.text });
}

export const diagnoseCommand = defineSubcommand({
  definition: diagnoseDefinition,
  options: Options,
  ephemeral: true,
  inCase: true,
  run,
});
