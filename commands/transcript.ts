/** `/patient transcript`: the case so far as Markdown and JSON files (private diagnoses hidden until the reveal). */
import { type APIApplicationCommandSubcommandOption, ApplicationCommandOptionType } from 'discord.js';
import { z } from 'zod';
import { type CommandContext, defineSubcommand } from '../src/adapters/discord/Subcommand.ts';

export const transcriptDefinition = {
  type: ApplicationCommandOptionType.Subcommand,
  name: 'transcript',
  description: 'Download the transcript of this case (Markdown and JSON)',
} as const satisfies APIApplicationCommandSubcommandOption;

const Options = z.object({});

async function run(ctx: CommandContext): Promise<void> {
  const result = await ctx.cases.transcript({ key: ctx.caseKey ?? '' });
  if (!result.ok) return ctx.fail(result.error);
  const name = `transcript-${ctx.thread?.id ?? 'case'}`;
  await ctx.reply({
    content: 'The transcript of this case is attached.',
    files: [
      { name: `${name}.md`, data: result.value.markdown },
      { name: `${name}.json`, data: result.value.json },
    ],
  });
}

export const transcriptCommand = defineSubcommand({
  definition: transcriptDefinition,
  options: Options,
  ephemeral: true,
  inCase: true,
  run,
});
