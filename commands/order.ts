/** `/patient order test`: an investigation's result. */
import { type APIApplicationCommandSubcommandOption, ApplicationCommandOptionType } from 'discord.js';
import { z } from 'zod';
import { type CommandContext, defineSubcommand } from '../src/adapters/discord/Subcommand.ts';

export const orderDefinition = {
  type: ApplicationCommandOptionType.Subcommand,
  name: 'order',
  description: 'Order a test and see its result',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'test',
      description: 'Which test (e.g. ECG, troponin, chest X-ray)',
      required: true,
      autocomplete: true,
      max_length: 100,
    },
  ],
} as const satisfies APIApplicationCommandSubcommandOption;

const Options = z.object({ test: z.string().trim().min(1).max(100) });

async function run(ctx: CommandContext, o: z.infer<typeof Options>): Promise<void> {
  const result = await ctx.cases.order({
    key: ctx.caseKey ?? '',
    userId: ctx.userId,
    sourceId: ctx.interaction.id,
    test: o.test,
  });
  if (!result.ok) return ctx.fail(result.error);
  await ctx.reply({ content: `🧪 ${result.value.text}` });
}

export const orderCommand = defineSubcommand({
  definition: orderDefinition,
  options: Options,
  ephemeral: false,
  inCase: true,
  run,
  autocomplete: (ctx, focused) =>
    ctx.cases.suggestTests(focused.value).map((name) => ({ name, value: name })),
});
