/**
 * The composition root for the bot: store (from STORE_URL), guild settings, the case service (offline,
 * and with the model when one is configured), and the catalog the commands offer. Built once at start.
 */
import type { BotServices, Catalog } from '../adapters/discord/BotServices.ts';
import type { Logger } from '../adapters/log/createLogger.ts';
import { caseStoreOn, openBackendFromUrl } from '../adapters/storage/createCaseStore.ts';
import { KeyvGuildSettingsStore } from '../adapters/storage/KeyvGuildSettingsStore.ts';
import { KeyvStartLog } from '../adapters/storage/KeyvStartLog.ts';
import { withGuildRetention } from '../adapters/storage/withGuildRetention.ts';
import type { CaseApi } from '../cases/CaseApi.ts';
import { CaseService, type CaseServiceDeps } from '../cases/CaseService.ts';
import type { CaseStore } from '../cases/CaseStore.ts';
import { examinableSystems } from '../cases/examineSystem.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import type { Config } from './config.ts';
import type { Knowledge } from './loadKnowledge.ts';

const DAY_MS = 86_400_000;

export interface Services {
  /** The case service used when a guild has not switched the model off. */
  cases: CaseApi;
  /** Per guild: with or without the model, as its settings say. */
  casesFor(guildId: string): Promise<CaseApi>;
  store: CaseStore;
  settings: KeyvGuildSettingsStore;
  catalog: Catalog;
  /** What the Discord adapter needs, ready to inject. */
  bot: BotServices;
  /** Past starts of the bot (crash-loop protection). */
  starts: KeyvStartLog;
  close(): Promise<void>;
}

export interface ServiceOptions {
  config: Config;
  knowledge: Knowledge;
  log: Logger;
  /** The model path, when a model is configured. */
  phraser?: CaseServiceDeps['phraser'];
  clock?: () => number;
}

/** What the knowledge base offers, for the commands' autocomplete and checks. */
export function catalogOf(ontology: Ontology): Catalog {
  const specialties = ontology.playableSpecialties().map((s) => ({ id: s.id, name: s.name }));
  const all = [...ontology.specialties.values()].map((s) => ({ id: s.id, name: s.name }));
  const systems = examinableSystems(ontology).map((s) => ({
    id: s.id,
    name: ontology.systems.get(s.id)?.name ?? s.id,
  }));
  return { specialties: () => specialties, allSpecialties: () => all, systems: () => systems };
}

/** Expands PATIENT_AVATAR_URL for one patient (`none` = Discord's default avatar). */
export function avatarUrlFor(template: string, seed: string): string | undefined {
  if (template === 'none' || template === '') return undefined;
  return template.replaceAll('{seed}', encodeURIComponent(seed));
}

export function createServices(options: ServiceOptions): Services {
  const { config, knowledge, log } = options;
  const storeLog = log.child({ component: 'store' });
  const backend = openBackendFromUrl(config.STORE_URL, {
    onError: (error) => storeLog.warn({ err: error }, 'store error'),
  });
  const namespace = config.STORE_NAMESPACE;
  const caseStore = caseStoreOn(backend, namespace, {
    ...(options.clock ? { clock: options.clock } : {}),
    onInvalid: (key, problems) => storeLog.error({ caseKey: key, problems }, 'stored case does not parse'),
  });
  const settings = new KeyvGuildSettingsStore(backend.open(`${namespace}-settings`));
  const store = withGuildRetention(caseStore, async (guildId) => (await settings.get(guildId)).retentionDays);
  const base = {
    store,
    ontology: knowledge.ontology,
    lexicon: knowledge.lexicon,
    retentionMs: config.RETENTION_DAYS * DAY_MS,
    turnDeadlineMs: config.TURN_DEADLINE_MS,
    ...(options.clock ? { clock: options.clock } : {}),
  };
  const offline = new CaseService(base);
  const withModel = options.phraser ? new CaseService({ ...base, phraser: options.phraser }) : offline;
  const casesFor = async (guildId: string): Promise<CaseApi> =>
    (await settings.get(guildId)).model === false ? offline : withModel;
  const catalog = catalogOf(knowledge.ontology);

  return {
    cases: withModel,
    casesFor,
    store,
    settings,
    catalog,
    bot: {
      cases: casesFor,
      catalog,
      settings,
      openCaseKeys: () => store.openKeys(),
      log,
      defaultInstructorRoleId: config.INSTRUCTOR_ROLE_ID,
      modelAvailable: options.phraser !== undefined,
      defaultRetentionDays: config.RETENTION_DAYS,
      avatarUrl: (seed) => avatarUrlFor(config.PATIENT_AVATAR_URL, seed),
    },
    starts: new KeyvStartLog(backend.open(`${namespace}-meta`), options.clock),
    close: () => backend.close(),
  };
}
