/** The specialties a guild may start cases in: playable in the knowledge base and enabled in its settings. */
import type { Catalog, CatalogEntry } from '../src/adapters/discord/BotServices.ts';
import type { GuildSettings } from '../src/adapters/storage/KeyvGuildSettingsStore.ts';

export function enabledSpecialties(catalog: Catalog, settings: GuildSettings): CatalogEntry[] {
  const playable = catalog.specialties();
  const enabled = settings.enabledSpecialties;
  return enabled ? playable.filter((s) => enabled.includes(s.id)) : playable;
}

/** Finds an entry by id or name, ignoring case and surrounding space. */
export function findEntry(input: string, entries: readonly CatalogEntry[]): CatalogEntry | undefined {
  const wanted = input.trim().toLowerCase();
  return entries.find((e) => e.id.toLowerCase() === wanted || e.name.toLowerCase() === wanted);
}

/** Autocomplete choices: entries whose id or name contains what was typed, best (prefix) first. */
export function choicesFor(
  entries: readonly CatalogEntry[],
  typed: string,
): { name: string; value: string }[] {
  const q = typed.trim().toLowerCase();
  const scored = entries
    .map((e) => {
      const name = e.name.toLowerCase();
      const id = e.id.toLowerCase();
      const score =
        q === ''
          ? 1
          : name.startsWith(q) || id.startsWith(q)
            ? 2
            : name.includes(q) || id.includes(q)
              ? 1
              : 0;
      return { e, score };
    })
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.e.name.localeCompare(b.e.name));
  return scored.slice(0, 25).map(({ e }) => ({ name: e.name, value: e.id }));
}
