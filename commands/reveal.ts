/**
 * `/patient reveal` (instructors): posts the debrief in the thread (diagnosis, teaching points, which
 * key history points were asked and by whom, who diagnosed what), locks the thread, and shows the
 * full patient record to the instructor only.
 */
import { type APIApplicationCommandSubcommandOption, ApplicationCommandOptionType } from 'discord.js';
import { z } from 'zod';
import { formatDebrief } from '../src/adapters/discord/formatDebrief.ts';
import { type CommandContext, defineSubcommand } from '../src/adapters/discord/Subcommand.ts';

export const revealDefinition = {
  type: ApplicationCommandOptionType.Subcommand,
  name: 'reveal',
  description: 'Instructors: reveal the diagnosis with a debrief, and lock the thread',
} as const satisfies APIApplicationCommandSubcommandOption;

const Options = z.object({});

async function run(ctx: CommandContext): Promise<void> {
  if (!ctx.instructor) return ctx.fail({ code: 'not_authorized' });
  const key = ctx.caseKey ?? '';
  const before = await ctx.cases.get(key);
  if (!before.ok) return ctx.fail(before.error);
  const debrief = await ctx.cases.reveal({ key, userId: ctx.userId, sourceId: ctx.interaction.id });
  if (!debrief.ok) return ctx.fail(debrief.error);
  const thread = ctx.thread;
  // a second reveal shows the instructor the record again without posting the debrief twice
  if (thread && before.value.status === 'open') {
    const posted = await ctx.outbox.post(
      thread,
      formatDebrief(debrief.value, `Case revealed by <@${ctx.userId}>.`),
      {
        nonce: ctx.interaction.id,
      },
    );
    if (!posted.ok) ctx.log.warn({ reason: posted.reason }, 'debrief not posted');
    await thread
      .setLocked(true, 'case revealed')
      .catch((error: unknown) => ctx.log.warn({ err: error }, 'thread not locked'));
  }
  await ctx.reply({
    content: `Revealed: **${debrief.value.diagnosis}** (ICD-10 ${debrief.value.icd10}). The debrief is in the thread, which is now locked. The full patient record is attached (visible to you only).`,
    files: [{ name: 'patient-record.json', data: JSON.stringify(before.value.record, null, 2) }],
  });
}

export const revealCommand = defineSubcommand({
  definition: revealDefinition,
  options: Options,
  ephemeral: true,
  inCase: true,
  run,
});
