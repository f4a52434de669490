/**
 * The process logger: pino, JSON lines, with secrets and message text redacted. Callers bind the ids
 * that matter (`logger.child({ guildId, caseKey, userId })`); display names and what students typed
 * never reach the log (privacy: see FACTS.md).
 */
import { type DestinationStream, type Logger, type LoggerOptions, pino, stdSerializers } from 'pino';

export type { Logger } from 'pino';

const CENSOR = '[redacted]';

/** Paths pino removes from every line, whatever the caller passed. */
export const REDACT_PATHS = [
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  'apiKey',
  '*.apiKey',
  'DISCORD_TOKEN',
  'OPENAI_API_KEY',
  '*.DISCORD_TOKEN',
  '*.OPENAI_API_KEY',
  'password',
  '*.password',
  // what people wrote: kept out of logs, ids are enough to find it in the case
  'text',
  '*.text',
  'content',
  '*.content',
  'err.requestBody',
  'err.rawError',
];

const SECRET_PATTERNS: [RegExp, string][] = [
  // interaction and webhook tokens travel in URLs
  [/(\/webhooks\/\d+\/)[\w.-]+/g, `$1${CENSOR}`],
  [/(\/interactions\/\d+\/)[\w.-]+/g, `$1${CENSOR}`],
  // Discord bot tokens (three base64url parts) and bearer/bot authorization values
  [/[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,}/g, CENSOR],
  [/\b(Bot|Bearer)\s+[\w.-]{16,}/g, `$1 ${CENSOR}`],
  // OpenAI-style keys
  [/\bsk-[\w-]{16,}/g, CENSOR],
  // passwords in store URLs
  [/(\w+:\/\/[^:@/\s]*:)[^@/\s]+@/g, `$1${CENSOR}@`],
];

/** Removes tokens and keys from a string (URLs in errors, messages quoting a request). */
export function scrubSecrets(text: string): string {
  let out = text;
  for (const [pattern, replacement] of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const plain = stdSerializers.err(error) as Record<string, unknown>;
  for (const [k, v] of Object.entries(plain)) {
    if (typeof v === 'string') plain[k] = scrubSecrets(v);
  }
  return plain;
}

export interface LoggerSettings {
  level: LoggerOptions['level'];
  /** Where lines go (stdout by default); tests pass an in-memory sink. */
  destination?: DestinationStream;
  /** Fields bound to every line (service name, shard id). */
  base?: Record<string, unknown>;
}

/** Builds the logger; every line is JSON with redaction applied. */
export function createLogger(settings: LoggerSettings): Logger {
  const options: LoggerOptions = {
    level: settings.level ?? 'info',
    base: { service: 'patient-zero', ...settings.base },
    redact: { paths: REDACT_PATHS, censor: CENSOR },
    serializers: { err: serializeError, error: serializeError },
    formatters: {
      log: (object) => {
        if (typeof object.msg === 'string') object.msg = scrubSecrets(object.msg);
        return object;
      },
    },
    hooks: {
      logMethod(args, method) {
        // the message argument itself (`log.info('...')`) is scrubbed too
        const scrubbed = args.map((a) => (typeof a === 'string' ? scrubSecrets(a) : a)) as typeof args;
        method.apply(this, scrubbed);
      },
    },
  };
  return settings.destination ? pino(options, settings.destination) : pino(options);
}
