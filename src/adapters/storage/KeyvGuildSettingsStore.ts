/**
 * Per-guild settings (`/patient settings`): instructor role, enabled specialties, model on/off,
 * retention. Kept in Keyv next to the cases, cached in process (a guild lives on one shard, so one
 * process writes its settings), and parsed with zod on every read from the backend.
 */
import type { Keyv } from 'keyv';
import { z } from 'zod';
import { PatientZeroError } from '../../domain/errors.ts';

const Snowflake = z.string().regex(/^\d{15,25}$/);

export const GuildSettings = z.strictObject({
  /** Members with this role are instructors (as are members with Manage Threads). */
  instructorRoleId: Snowflake.optional(),
  /** Specialty ids students may start; absent = every playable specialty. */
  enabledSpecialties: z.array(z.string().min(1)).optional(),
  /** Whether replies are phrased by the language model (when one is configured). */
  model: z.boolean().optional(),
  /** How long a case is kept after its last activity. */
  retentionDays: z.number().int().min(1).max(365).optional(),
});
export type GuildSettings = z.infer<typeof GuildSettings>;

export class KeyvGuildSettingsStore {
  private readonly cache = new Map<string, GuildSettings>();

  constructor(
    private readonly keyv: Keyv,
    private readonly opTimeoutMs = 3_000,
  ) {}

  /** The guild's settings; `{}` (all defaults) when none were saved. */
  async get(guildId: string): Promise<GuildSettings> {
    const cached = this.cache.get(guildId);
    if (cached) return cached;
    const raw = await this.call(() => this.keyv.get(guildId));
    const parsed = GuildSettings.safeParse(raw ?? {});
    // unreadable settings fall back to defaults rather than locking a guild out of the bot
    const settings = parsed.success ? parsed.data : {};
    this.cache.set(guildId, settings);
    return settings;
  }

  /** Merges `patch` into the guild's settings (a key set to undefined is reset to its default). */
  async update(
    guildId: string,
    patch: Partial<Record<keyof GuildSettings, unknown>>,
  ): Promise<GuildSettings> {
    const current = await this.get(guildId);
    const merged: Record<string, unknown> = { ...current };
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) delete merged[k];
      else merged[k] = v;
    }
    const next = GuildSettings.parse(merged);
    await this.call(() => this.keyv.set(guildId, next));
    this.cache.set(guildId, next);
    return next;
  }

  private async call<T>(run: () => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        run(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('settings store timed out')), this.opTimeoutMs);
        }),
      ]);
    } catch (error) {
      throw new PatientZeroError('store_unavailable', 'settings store failed', {
        reason: error instanceof Error ? error.message : String(error),
      });
    } finally {
      clearTimeout(timer);
    }
  }
}
