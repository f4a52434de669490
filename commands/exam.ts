/** `/patient exam system`: the examination findings for one body system. */
import { type APIApplicationCommandSubcommandOption, ApplicationCommandOptionType } from 'discord.js';
import { z } from 'zod';
import { type CommandContext, defineSubcommand } from '../src/adapters/discord/Subcommand.ts';
import { choicesFor } from './enabledSpecialties.ts';

export const examDefinition = {
  type: ApplicationCommandOptionType.Subcommand,
  name: 'exam',
  description: 'Examine the patient',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'system',
      description: 'Which body system (e.g. cardiovascular, respiratory, abdomen)',
      required: true,
      autocomplete: true,
      max_length: 100,
    },
  ],
} as const satisfies APIApplicationCommandSubcommandOption;

const Options = z.object({ system: z.string().trim().min(1).max(100) });

async function run(ctx: CommandContext, o: z.infer<typeof Options>): Promise<void> {
  const result = await ctx.cases.examine({
    key: ctx.caseKey ?? '',
    userId: ctx.userId,
    sourceId: ctx.interaction.id,
    system: o.system,
  });
  if (!result.ok) return ctx.fail(result.error);
  await ctx.reply({ content: `🩺 ${result.value.text}` });
}

export const examCommand = defineSubcommand({
  definition: examDefinition,
  options: Options,
  ephemeral: false,
  inCase: true,
  run,
  autocomplete: (ctx, focused) => choicesFor(ctx.services.catalog.systems(), focused.value),
});
