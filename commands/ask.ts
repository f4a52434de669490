/** `/patient ask text`: a question to the patient, for servers without the Message Content intent. */
import { type APIApplicationCommandSubcommandOption, ApplicationCommandOptionType } from 'discord.js';
import { z } from 'zod';
import { type CommandContext, defineSubcommand } from '../src/adapters/discord/Subcommand.ts';

export const askDefinition = {
  type: ApplicationCommandOptionType.Subcommand,
  name: 'ask',
  description: 'Ask the patient something (you can also just type in the thread)',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'text',
      description: 'Your question',
      required: true,
      max_length: 1_500,
    },
  ],
} as const satisfies APIApplicationCommandSubcommandOption;

const Options = z.object({ text: z.string().trim().min(1).max(1_500) });

/** Quotes the question line by line, so the answer reads as a reply to it. */
export function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

async function run(ctx: CommandContext, o: z.infer<typeof Options>): Promise<void> {
  const key = ctx.caseKey ?? '';
  const result = await ctx.cases.ask({ key, userId: ctx.userId, sourceId: ctx.interaction.id, text: o.text });
  if (!result.ok) return ctx.fail(result.error);
  await ctx.reply({ content: `${quote(o.text)}\n**${result.value.speaker}:** ${result.value.text}` });
}

export const askCommand = defineSubcommand({
  definition: askDefinition,
  options: Options,
  ephemeral: false,
  inCase: true,
  run,
});
