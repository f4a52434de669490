/** `/patient vitals`: the patient's observations. */
import { type APIApplicationCommandSubcommandOption, ApplicationCommandOptionType } from 'discord.js';
import { z } from 'zod';
import { type CommandContext, defineSubcommand } from '../src/adapters/discord/Subcommand.ts';

export const vitalsDefinition = {
  type: ApplicationCommandOptionType.Subcommand,
  name: 'vitals',
  description: "See the patient's observations (pulse, blood pressure, ...)",
} as const satisfies APIApplicationCommandSubcommandOption;

const Options = z.object({});

async function run(ctx: CommandContext): Promise<void> {
  const result = await ctx.cases.vitals({
    key: ctx.caseKey ?? '',
    userId: ctx.userId,
    sourceId: ctx.interaction.id,
  });
  if (!result.ok) return ctx.fail(result.error);
  await ctx.reply({ content: `📈 ${result.value.text}` });
}

export const vitalsCommand = defineSubcommand({
  definition: vitalsDefinition,
  options: Options,
  ephemeral: false,
  inCase: true,
  run,
});
