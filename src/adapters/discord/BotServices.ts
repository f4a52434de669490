/** What the Discord adapter needs from the rest of the application, injected by the composition root. */
import type { CaseApi } from '../../cases/CaseApi.ts';
import type { Logger } from '../log/createLogger.ts';
import type { GuildSettings } from '../storage/KeyvGuildSettingsStore.ts';

export interface CatalogEntry {
  id: string;
  name: string;
}

/** What the knowledge base offers, for autocomplete and validation at the edge. */
export interface Catalog {
  /** Specialties that are enabled in the knowledge base and have at least one condition. */
  specialties(): CatalogEntry[];
  /** Every specialty the knowledge base defines (to tell "unknown" from "switched off"). */
  allSpecialties(): CatalogEntry[];
  /** Body systems that can be examined. */
  systems(): CatalogEntry[];
}

export interface GuildSettingsPort {
  get(guildId: string): Promise<GuildSettings>;
  update(guildId: string, patch: Partial<Record<keyof GuildSettings, unknown>>): Promise<GuildSettings>;
}

export interface BotServices {
  /** The case service a guild uses (with or without the model, per its settings). */
  cases(guildId: string): Promise<CaseApi>;
  catalog: Catalog;
  settings: GuildSettingsPort;
  /** Keys of open cases, for catch-up after a restart. */
  openCaseKeys(): Promise<string[]>;
  log: Logger;
  /** Instructor role from the environment, used when a guild has not set its own. */
  defaultInstructorRoleId?: string | undefined;
  /** Whether a language model is configured at all (settings can only switch it off). */
  modelAvailable: boolean;
  /** Default retention, for /patient settings to show. */
  defaultRetentionDays: number;
  /** Avatar URL for a patient's webhook messages. */
  avatarUrl(seed: string): string | undefined;
}
