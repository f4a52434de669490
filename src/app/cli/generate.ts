/**
 * `patient-zero generate --specialty S [--count N] [--seed X] [--difficulty D] [--condition C]
 * [--format jsonl|fhir] [--out FILE] [--as-of YYYY-MM-DD] [--ontology DIR]`: simulated patient records,
 * one JSON line each (a record, or a FHIR R4 Bundle). Streamed: memory stays flat for any count.
 * Bad input exits 2 with the valid values; records that fail their checks are reported and exit 1.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Failure } from '../../domain/result.ts';
import { toFhirBundle } from '../../export/toFhirBundle.ts';
import { generatePatients } from '../../generate/generatePatients.ts';
import { resolveRequest } from '../../generate/resolveRequest.ts';
import { DEFAULT_ONTOLOGY_DIR, loadOntology } from '../../ontology/loadOntology.ts';
import type { Io } from './io.ts';

export interface GenerateOptions {
  specialty: string;
  count?: string;
  seed?: string;
  difficulty?: string;
  condition?: string;
  format?: string;
  out?: string;
  asOf?: string;
  ontology?: string;
}

const FORMATS = ['jsonl', 'fhir'] as const;
/** Records per write: fewer system calls without holding much in memory. */
const BATCH = 256;
/** Counts from which progress is reported on stderr. */
const PROGRESS_FROM = 10_000;

function describeRequestError(error: Failure, opts: GenerateOptions): string {
  const valid = Array.isArray(error.detail?.valid) ? error.detail.valid.map(String).join(', ') : '';
  switch (error.code) {
    case 'unknown_specialty':
      return `Unknown specialty "${opts.specialty}". Valid specialties: ${valid || '(none with conditions)'}.`;
    case 'unknown_condition':
      return `Unknown condition "${opts.condition ?? ''}" in ${opts.specialty}. Valid conditions: ${valid}.`;
    case 'unknown_difficulty':
      return `Difficulty "${opts.difficulty ?? ''}" is not available here. Valid difficulties: ${valid}.`;
    default:
      return `Cannot generate: ${error.code}.`;
  }
}

interface Sink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

function fileSink(path: string): Sink {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  return {
    async write(chunk) {
      if (!stream.write(`${chunk}\n`)) await once(stream, 'drain');
    },
    async close() {
      stream.end();
      await once(stream, 'finish');
    },
  };
}

function ioSink(io: Io): Sink {
  return {
    async write(chunk) {
      io.out(chunk);
    },
    async close() {},
  };
}

/** Runs the command; resolves to the exit code. */
export async function generateCommand(io: Io, opts: GenerateOptions): Promise<number> {
  const count = Number(opts.count ?? '1');
  if (!Number.isSafeInteger(count) || count < 1) {
    io.err(`--count must be a positive whole number, not "${opts.count ?? ''}".`);
    return 2;
  }
  const format = FORMATS.find((f) => f === (opts.format ?? 'jsonl'));
  if (!format) {
    io.err(`Unknown format "${opts.format ?? ''}". Valid formats: ${FORMATS.join(', ')}.`);
    return 2;
  }
  if (opts.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.asOf)) {
    io.err(`--as-of must be a date like 2025-01-31, not "${opts.asOf}".`);
    return 2;
  }
  const seed = opts.seed ?? globalThis.crypto.randomUUID().slice(0, 8);
  if (opts.seed === undefined)
    io.err(`seed: ${seed} (pass --seed ${seed} to generate the same records again)`);

  const { ontology, problems } = loadOntology(opts.ontology ? resolve(opts.ontology) : DEFAULT_ONTOLOGY_DIR);
  if (problems.length > 0) {
    io.err(
      `warning: the knowledge base has ${problems.length} problem(s); run \`patient-zero ontology check\`.`,
    );
  }
  const request = {
    specialty: opts.specialty,
    seed,
    ...(opts.difficulty !== undefined ? { difficulty: opts.difficulty } : {}),
    ...(opts.condition !== undefined ? { condition: opts.condition } : {}),
  };
  const resolved = resolveRequest(ontology, request);
  if (!resolved.ok) {
    io.err(describeRequestError(resolved.error, opts));
    return 2;
  }

  const sink = opts.out ? fileSink(resolve(opts.out)) : ioSink(io);
  const progressEvery = count >= PROGRESS_FROM ? Math.max(PROGRESS_FROM, Math.ceil(count / 20)) : 0;
  const started = performance.now();
  const asOf = opts.asOf;
  let batch: string[] = [];
  let failed = 0;
  let resampled = 0;
  const rejectedRules = new Map<string, number>();
  let done = 0;
  for (const item of generatePatients(ontology, { ...request, count })) {
    done++;
    if (!item.ok) {
      failed++;
      if (failed <= 10)
        io.err(
          `record ${String(item.error.detail?.index)}: ${JSON.stringify(item.error.detail?.violations)}`,
        );
    } else {
      const { record, attempts, rejected } = item.value;
      if (attempts > 1) {
        resampled++;
        for (const v of rejected.flat()) rejectedRules.set(v.rule, (rejectedRules.get(v.rule) ?? 0) + 1);
      }
      const value =
        format === 'fhir' ? toFhirBundle(record, { ontology, ...(asOf ? { asOf } : {}) }) : record;
      batch.push(JSON.stringify(value));
      if (batch.length >= BATCH) {
        await sink.write(batch.join('\n'));
        batch = [];
      }
    }
    if (progressEvery > 0 && done % progressEvery === 0) {
      const rate = Math.round(done / ((performance.now() - started) / 1000));
      io.err(`generated ${done}/${count} (${Math.round((100 * done) / count)}%), ${rate} records/s`);
    }
  }
  if (batch.length > 0) await sink.write(batch.join('\n'));
  await sink.close();

  if (resampled > 0) {
    const rules = [...rejectedRules].map(([rule, n]) => `${rule} ×${n}`).join(', ');
    io.err(
      `${resampled} record(s) were resampled after failing record checks (${rules}): a knowledge-base bug?`,
    );
  }
  if (failed > 0) {
    io.err(`${failed} of ${count} record(s) could not be generated without breaking a record check.`);
    return 1;
  }
  return 0;
}
