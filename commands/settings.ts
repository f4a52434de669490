/**
 * `/patient settings` (members who may manage the server): instructor role, enabled specialties,
 * model on/off and retention. Without options it shows the current settings.
 */
import { type APIApplicationCommandSubcommandOption, ApplicationCommandOptionType } from 'discord.js';
import { z } from 'zod';
import { type CommandContext, defineSubcommand } from '../src/adapters/discord/Subcommand.ts';
import type { GuildSettings } from '../src/adapters/storage/KeyvGuildSettingsStore.ts';
import { enabledSpecialties, findEntry } from './enabledSpecialties.ts';

export const settingsDefinition = {
  type: ApplicationCommandOptionType.Subcommand,
  name: 'settings',
  description: 'Server admins: show or change Patient Zero settings for this server',
  options: [
    {
      type: ApplicationCommandOptionType.Role,
      name: 'instructor_role',
      description: 'Members with this role are instructors',
    },
    {
      type: ApplicationCommandOptionType.String,
      name: 'specialties',
      description: 'Specialty ids students may start, comma-separated, or "all"',
      max_length: 500,
    },
    {
      type: ApplicationCommandOptionType.Boolean,
      name: 'model',
      description: 'Let the language model phrase replies (when configured)',
    },
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'retention_days',
      description: 'Days a case is kept after its last activity',
      min_value: 1,
      max_value: 365,
    },
  ],
} as const satisfies APIApplicationCommandSubcommandOption;

const Options = z.object({
  instructor_role: z
    .string()
    .regex(/^\d{15,25}$/)
    .optional(),
  specialties: z.string().trim().min(1).max(500).optional(),
  model: z.boolean().optional(),
  retention_days: z.number().int().min(1).max(365).optional(),
});
type Options = z.infer<typeof Options>;

function describeSettings(ctx: CommandContext, s: GuildSettings): string {
  const role = s.instructorRoleId ?? ctx.services.defaultInstructorRoleId;
  const specialties = enabledSpecialties(ctx.services.catalog, s).map((x) => x.name);
  const model = !ctx.services.modelAvailable
    ? 'not configured (offline replies)'
    : s.model === false
      ? 'off'
      : 'on';
  return [
    '**Patient Zero settings**',
    `Instructors: ${role ? `<@&${role}> and ` : ''}members with Manage Threads`,
    `Specialties: ${specialties.length > 0 ? specialties.join(', ') : 'none'}`,
    `Language model: ${model}`,
    `Cases kept for: ${s.retentionDays ?? ctx.services.defaultRetentionDays} days after their last activity`,
  ].join('\n');
}

async function run(ctx: CommandContext, o: Options): Promise<void> {
  if (!ctx.admin) return ctx.fail('not_admin');
  const patch: Partial<Record<keyof GuildSettings, unknown>> = {};
  if (o.instructor_role !== undefined) patch.instructorRoleId = o.instructor_role;
  if (o.model !== undefined) patch.model = o.model;
  if (o.retention_days !== undefined) patch.retentionDays = o.retention_days;
  if (o.specialties !== undefined) {
    if (o.specialties.toLowerCase() === 'all') {
      patch.enabledSpecialties = undefined;
    } else {
      const known = ctx.services.catalog.specialties();
      const asked = o.specialties
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const found = asked.map((a) => findEntry(a, known));
      if (found.some((f) => f === undefined)) {
        return ctx.fail({ code: 'unknown_specialty', detail: { valid: known.map((k) => k.id) } });
      }
      patch.enabledSpecialties = [...new Set(found.flatMap((f) => (f ? [f.id] : [])))];
    }
  }
  const settings =
    Object.keys(patch).length > 0 ? await ctx.services.settings.update(ctx.guildId, patch) : ctx.settings;
  if (Object.keys(patch).length > 0) ctx.log.info({ changed: Object.keys(patch) }, 'settings changed');
  await ctx.reply({ content: describeSettings(ctx, settings) });
}

export const settingsCommand = defineSubcommand({
  definition: settingsDefinition,
  options: Options,
  ephemeral: true,
  inCase: false,
  run,
});
