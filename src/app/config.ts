/**
 * All configuration, from the environment, parsed once at start by one zod schema. Every problem is
 * reported at once; tests build their config with `testConfig()`, never from the ambient environment.
 */
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((s) => (s === '' ? undefined : s))
  .optional();

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((s) => s === 'true' || s === '1' || s === 'yes');

export const ConfigSchema = z.object({
  DISCORD_TOKEN: optionalText,
  DISCORD_APPLICATION_ID: optionalText,
  /** Base URL of the Discord REST API; point it at a loopback fake in tests. */
  DISCORD_API_URL: z.url().default('https://discord.com/api'),
  /** Gateway URL override (loopback fake in tests); by default discord.js asks the API. */
  DISCORD_GATEWAY_URL: optionalText,
  /** Whether the privileged Message Content intent is enabled for the app. */
  DISCORD_MESSAGE_CONTENT: boolean.default(true),
  /** Role id whose members count as instructors, in addition to Manage Threads. */
  INSTRUCTOR_ROLE_ID: optionalText,
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optionalText,
  OPENAI_MODEL: z.string().default('gpt-4o-mini'),
  /** Deadline for one model call, in ms (well inside Discord's 15-minute token and users' patience). */
  LLM_TIMEOUT_MS: z.coerce.number().int().min(500).max(120_000).default(12_000),
  LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(1),
  /** Overall deadline for one turn, model retries included. */
  TURN_DEADLINE_MS: z.coerce.number().int().min(1_000).max(600_000).default(25_000),
  /** `sqlite://path`, `redis://host:port`, or `memory://`. */
  STORE_URL: z.string().default('sqlite://./data/patient-zero.sqlite'),
  STORE_NAMESPACE: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .default('patient-zero'),
  RETENTION_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  ONTOLOGY_DIR: optionalText,
  /** Avatar of the patient's webhook messages; `{seed}` is replaced per case; `none` = Discord's default. */
  PATIENT_AVATAR_URL: z.string().default('https://api.dicebear.com/9.x/personas/png?seed={seed}'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof ConfigSchema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Parses the environment; every problem is listed, worded for an operator. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ConfigResult {
  const parsed = ConfigSchema.safeParse(env);
  if (parsed.success) return { ok: true, config: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`),
  };
}

/** A config for tests: defaults plus overrides, independent of the ambient environment. */
export function testConfig(overrides: Record<string, string> = {}): Config {
  return ConfigSchema.parse({ STORE_URL: 'memory://', LOG_LEVEL: 'silent', ...overrides });
}

/** Whether a model is configured (an API key, or a base URL of a local OpenAI-compatible server). */
export function llmEnabled(config: Config): boolean {
  return config.OPENAI_API_KEY !== undefined || config.OPENAI_BASE_URL !== undefined;
}
