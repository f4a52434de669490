/**
 * The patient generator: throughput on one core (generate + record checks + JSON serialisation),
 * memory over a large streamed CLI run in a child process (RSS sampled from /proc), validity (record
 * checks over 100,000 records across every specialty, first attempts included), diversity of 1,000
 * cardiology records, and how closely observed condition frequencies follow the configured weights.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { PatientRecord } from '../src/domain/record.ts';
import { GENERATOR_VERSION } from '../src/generate/generatePatient.ts';
import { generatePatients } from '../src/generate/generatePatients.ts';
import { loadOntology } from '../src/ontology/loadOntology.ts';
import type { Ontology } from '../src/ontology/Ontology.ts';
import type { BenchSection } from './run.ts';
import { fmt } from './stats.ts';

const VALIDITY_RECORDS = Number(process.env.BENCH_GENERATOR_RECORDS ?? 100_000);
const THROUGHPUT_RECORDS = Number(process.env.BENCH_GENERATOR_THROUGHPUT_RECORDS ?? 50_000);
const MEMORY_RECORDS = Number(process.env.BENCH_GENERATOR_MEMORY_RECORDS ?? 1_000_000);
const DIVERSITY_RECORDS = 1000;

interface ValidityRun {
  records: number;
  firstAttemptRejected: number;
  failed: number;
  schemaInvalid: number;
  byRule: Map<string, number>;
  examples: string[];
  byCondition: Map<string, Map<string, number>>;
}

/** Generates `total` records split evenly over the playable specialties and counts every rejection. */
function validityRun(ontology: Ontology, total: number): ValidityRun {
  const specialties = ontology.playableSpecialties();
  const run: ValidityRun = {
    records: 0,
    firstAttemptRejected: 0,
    failed: 0,
    schemaInvalid: 0,
    byRule: new Map(),
    examples: [],
    byCondition: new Map(),
  };
  for (const s of specialties) {
    const counts = new Map<string, number>();
    run.byCondition.set(s.id, counts);
    const count = Math.ceil(total / specialties.length);
    for (const item of generatePatients(ontology, { specialty: s.id, seed: 'validity', count })) {
      run.records++;
      if (!item.ok) {
        run.failed++;
        run.firstAttemptRejected++;
        continue;
      }
      const { record, attempts, rejected } = item.value;
      if (attempts > 1) {
        run.firstAttemptRejected++;
        for (const v of rejected[0] ?? []) {
          run.byRule.set(v.rule, (run.byRule.get(v.rule) ?? 0) + 1);
          if (run.examples.length < 8)
            run.examples.push(`${record.condition.id} — ${v.rule} @ ${v.path}: ${v.message}`);
        }
      }
      counts.set(record.condition.id, (counts.get(record.condition.id) ?? 0) + 1);
      // the generator skips the zod parse (typed construction): prove here that nothing is lost
      if (!PatientRecord.safeParse(record).success) run.schemaInvalid++;
    }
  }
  return run;
}

export interface ThroughputRun {
  records: number;
  wallRate: number;
  cpuRate: number;
  medianBatchRate: number;
  bestDecileBatchRate: number;
  generateMicros: number;
  serialiseMicros: number;
}

/**
 * Generate + record checks + JSON.stringify, in batches of `batch` records, one thread. Reports the
 * overall wall-clock rate, the rate per second of process CPU time, and the median and fastest-decile
 * batch rates (the least-disturbed batches estimate an unshared core when other processes compete).
 */
export function throughputRun(
  ontology: Ontology,
  total: number,
  batch = 1000,
  specialty?: string,
): ThroughputRun {
  const specialties = ontology.playableSpecialties().filter((s) => !specialty || s.id === specialty);
  const batches: number[] = [];
  let serialising = 0;
  let records = 0;
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  for (const s of specialties) {
    const count = Math.ceil(total / specialties.length);
    let batchStart = performance.now();
    let inBatch = 0;
    for (const item of generatePatients(ontology, { specialty: s.id, seed: 'throughput', count })) {
      records++;
      if (item.ok) {
        const t = performance.now();
        JSON.stringify(item.value.record);
        serialising += performance.now() - t;
      }
      if (++inBatch === batch) {
        const now = performance.now();
        batches.push(now - batchStart);
        batchStart = now;
        inBatch = 0;
      }
    }
  }
  const wall = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const sorted = [...batches].sort((a, b) => a - b);
  const rateOf = (ms: number | undefined) => (ms ? batch / (ms / 1000) : Number.NaN);
  return {
    records,
    wallRate: records / wall,
    cpuRate: records / ((cpu.user + cpu.system) / 1e6),
    medianBatchRate: rateOf(sorted[Math.floor(sorted.length / 2)]),
    bestDecileBatchRate: rateOf(sorted[Math.floor(sorted.length / 10)]),
    generateMicros: ((wall * 1000 - serialising) / records) * 1000,
    serialiseMicros: (serialising / records) * 1000,
  };
}

/** The narrower fingerprint: condition, decade, sex, symptom set, past conditions and smoking only. */
function coreFingerprint(r: PatientRecord): string {
  return [
    r.condition.id,
    Math.floor(r.demographics.age / 10),
    r.demographics.sex,
    r.presentation.symptoms
      .map((s) => s.id)
      .sort()
      .join('+'),
    r.history.conditions
      .map((c) => c.id)
      .sort()
      .join('+'),
    r.history.social.smoking.status,
  ].join('|');
}

/** Condition, decade, sex, symptom set and history: two records with the same fingerprint feel the same. */
function fingerprint(r: PatientRecord): string {
  const h = r.history;
  return [
    r.condition.id,
    Math.floor(r.demographics.age / 10),
    r.demographics.sex,
    r.presentation.symptoms
      .map((s) => s.id)
      .sort()
      .join('+'),
    h.conditions
      .map((c) => c.id)
      .sort()
      .join('+'),
    h.social.smoking.status,
    h.medications
      .map((m) => m.id)
      .sort()
      .join('+'),
    h.allergies
      .map((a) => a.id)
      .sort()
      .join('+'),
    h.family
      .map((f) => f.conditionId)
      .sort()
      .join('+'),
  ].join('|');
}

function divergence(ontology: Ontology, specialty: string, counts: Map<string, number>) {
  const conditions = ontology.conditionsOf(specialty);
  const totalWeight = conditions.reduce((s, c) => s + c.frequency, 0);
  const n = [...counts.values()].reduce((a, b) => a + b, 0);
  let tvd = 0;
  let kl = 0;
  let worst = { id: '', expected: 0, observed: 0 };
  for (const c of conditions) {
    const p = c.frequency / totalWeight;
    const q = (counts.get(c.id) ?? 0) / n;
    tvd += Math.abs(p - q) / 2;
    if (q > 0) kl += q * Math.log(q / p);
    if (Math.abs(p - q) > Math.abs(worst.expected - worst.observed))
      worst = { id: c.id, expected: p, observed: q };
  }
  return { n, tvd, kl, worst, conditions: conditions.length };
}

/** Runs the CLI in a child process writing to /dev/null and samples its resident memory. */
async function memoryRun(
  count: number,
): Promise<{ samples: { at: number; rssMiB: number }[]; seconds: number; code: number | null }> {
  const bin = fileURLToPath(new URL('../bin/patient-zero.js', import.meta.url));
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      bin,
      'generate',
      '--specialty',
      'cardiology',
      '--count',
      String(count),
      '--seed',
      'memory',
      '--out',
      '/dev/null',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const samples: { at: number; rssMiB: number }[] = [];
  // progress lines tell how far the child is; samples are placed by time
  let progress = 0;
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    const m = /generated (\d+)\//.exec(chunk.split('\n').filter(Boolean).at(-1) ?? '');
    if (m) progress = Number(m[1]);
  });
  const timer = setInterval(() => {
    try {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      if (Number.isFinite(kb)) samples.push({ at: progress, rssMiB: kb / 1024 });
    } catch {
      // the child has exited
    }
  }, 250);
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  clearInterval(timer);
  return { samples, seconds: (performance.now() - started) / 1000, code };
}

export async function run(): Promise<BenchSection> {
  const load = loadavg()[0] ?? 0;
  const { ontology, problems } = loadOntology();
  const counts = ontology.counts();

  // warm up, so the timed run measures steady state
  for (const s of ontology.playableSpecialties()) {
    for (const _ of generatePatients(ontology, { specialty: s.id, seed: 'warm', count: 2000 })) void _;
  }
  const t = throughputRun(ontology, THROUGHPUT_RECORDS);
  const v = validityRun(ontology, VALIDITY_RECORDS);

  const cardiology: PatientRecord[] = [];
  for (const item of generatePatients(ontology, {
    specialty: 'cardiology',
    seed: 'diversity',
    count: DIVERSITY_RECORDS,
  })) {
    if (item.ok) cardiology.push(item.value.record);
  }
  const distinct = new Set(cardiology.map(fingerprint)).size / cardiology.length;
  const distinctCore = new Set(cardiology.map(coreFingerprint)).size / cardiology.length;
  const distinctSymptoms =
    new Set(
      cardiology.map(
        (r) =>
          `${r.condition.id}|${r.presentation.symptoms
            .map((s) => s.id)
            .sort()
            .join('+')}`,
      ),
    ).size / cardiology.length;
  const small = new Map<string, number>();
  for (const r of cardiology) small.set(r.condition.id, (small.get(r.condition.id) ?? 0) + 1);
  const divSmall = divergence(ontology, 'cardiology', small);
  const divLarge = [...v.byCondition].map(([id, c]) => ({ id, ...divergence(ontology, id, c) }));

  const mem = await memoryRun(MEMORY_RECORDS);
  const loadAfter = loadavg()[0] ?? 0;
  // windows by time (the rate is steady): 5–15% of the run, and the last 15%
  const k = mem.samples.length;
  const window = (from: number, to: number) =>
    mem.samples.slice(Math.floor(k * from), Math.ceil(k * to)).map((s) => s.rssMiB);
  const rss = window(0.05, 1);
  const firstTenth = window(0.05, 0.15);
  const lastTenth = window(0.85, 1);
  const maxOf = (xs: number[]) => (xs.length > 0 ? Math.max(...xs) : Number.NaN);

  const rules = [...v.byRule].map(([rule, n]) => `${rule} ×${n}`).join(', ') || 'none';
  const lines = [
    `Knowledge base version \`${ontology.version}\` (${counts.conditions} conditions: ${ontology
      .playableSpecialties()
      .map((s) => `${s.id} ${ontology.conditionsOf(s.id).length}`)
      .join(
        ', ',
      )}; ${problems.length} ontology-check problems), generator ${GENERATOR_VERSION}. One Node.js thread; load average ${fmt(load, 2)} at the start and ${fmt(loadAfter, 2)} at the end on this 2-vCPU machine shared with other processes, so rates are a floor.`,
    '',
    '| measure | target | result |',
    '|---|---|---|',
    `| throughput: generate + record checks + JSON.stringify, ${t.records.toLocaleString('en')} records over every specialty, one thread | ≥ 5,000 records/s on one core | **${Math.round(t.bestDecileBatchRate).toLocaleString('en')} records/s** in the fastest tenth of 1,000-record batches, ${Math.round(t.medianBatchRate).toLocaleString('en')} median batch, ${Math.round(t.wallRate).toLocaleString('en')} overall wall clock, ${Math.round(t.cpuRate).toLocaleString('en')} per CPU-second of the process (${fmt(t.generateMicros, 0)} µs generating and checking, ${fmt(t.serialiseMicros, 0)} µs serialising per record, wall clock) |`,
    `| memory: CLI \`generate --count ${MEMORY_RECORDS.toLocaleString('en')} --out /dev/null\` in a child process, RSS sampled every 250 ms | flat | RSS ${fmt(maxOf(firstTenth), 0)} MiB max over 5–15% of the run, ${fmt(maxOf(lastTenth), 0)} MiB max over the last 15%, ${fmt(maxOf(rss), 0)} MiB peak; ${mem.samples.length} samples, ${fmt(mem.seconds, 0)} s, exit ${String(mem.code)} (${Math.round(MEMORY_RECORDS / mem.seconds).toLocaleString('en')} records/s through the CLI) |`,
    `| validity: records failing a record check at the first attempt | 0 of ${VALIDITY_RECORDS.toLocaleString('en')} | **${v.firstAttemptRejected}** (rules: ${rules}); ${v.failed} could not be generated at all; ${v.schemaInvalid} invalid against the zod schema |`,
    `| diversity: distinct (condition, age decade, sex, symptom set, history) in ${DIVERSITY_RECORDS.toLocaleString('en')} cardiology records | ≥ 95% | **${fmt(distinct * 100, 1)}%** (narrower, history = past conditions and smoking only: ${fmt(distinctCore * 100, 1)}%; condition and symptom set alone: ${fmt(distinctSymptoms * 100, 1)}%) |`,
    `| condition frequencies vs configured weights, ${divSmall.n.toLocaleString('en')} cardiology records | small divergence | total variation ${fmt(divSmall.tvd, 3)}, KL ${fmt(divSmall.kl, 4)} nats (largest gap: ${divSmall.worst.id} ${fmt(divSmall.worst.observed * 100, 1)}% observed vs ${fmt(divSmall.worst.expected * 100, 1)}% configured) |`,
    ...divLarge.map(
      (d) =>
        `| condition frequencies vs configured weights, ${d.n.toLocaleString('en')} ${d.id} records | small divergence | total variation ${fmt(d.tvd, 4)}, KL ${fmt(d.kl, 5)} nats over ${d.conditions} conditions (largest gap: ${d.worst.id} ${fmt(d.worst.observed * 100, 2)}% vs ${fmt(d.worst.expected * 100, 2)}%) |`,
    ),
    '',
    'History in the fingerprint = past conditions, smoking status, medications, allergies and family history. Sampling noise alone gives a total variation of about √(k / 2πn) for k conditions and n records.',
    '',
    'The throughput part alone, in seconds, for iterating on the generator: `npx tsx bench/generatorThroughput.ts [records] [specialty...]` (prints only; profile with `node --cpu-prof --import tsx bench/generatorThroughput.ts`).',
  ];
  if (v.examples.length > 0) {
    lines.push('', 'First-attempt violations (each points at a knowledge-base or generator bug):', '');
    for (const e of v.examples) lines.push(`- ${e}`);
  }
  return { title: 'Patient generator', markdown: lines.join('\n') };
}
