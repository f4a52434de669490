/**
 * `npx tsx bench/generatorThroughput.ts [records] [specialty...]`: only the throughput part of the
 * generator bench, in seconds rather than minutes, for iterating on the generator's speed (profile it
 * with `node --cpu-prof --import tsx bench/generatorThroughput.ts`). Prints; writes no docs.
 */
import { loadavg } from 'node:os';
import { generatePatients } from '../src/generate/generatePatients.ts';
import { loadOntology } from '../src/ontology/loadOntology.ts';
import { throughputRun } from './generator.bench.ts';
import { fmt } from './stats.ts';

const total = Number(process.argv[2] ?? 20_000);
const only = process.argv.slice(3);
const { ontology } = loadOntology();
const load = loadavg()[0] ?? 0;
for (const s of ontology.playableSpecialties()) {
  for (const _ of generatePatients(ontology, { specialty: s.id, seed: 'warm', count: 2000 })) void _;
}
const specialties = only.length > 0 ? only : [undefined];
for (const specialty of specialties) {
  const t = throughputRun(ontology, total, 1000, specialty);
  process.stdout.write(
    `${specialty ?? 'all'}: ${t.records} records, ${Math.round(t.wallRate)}/s wall, ${Math.round(t.cpuRate)}/CPU-s, median batch ${Math.round(t.medianBatchRate)}/s, best decile ${Math.round(t.bestDecileBatchRate)}/s (${fmt(t.generateMicros, 0)} µs generate, ${fmt(t.serialiseMicros, 0)} µs stringify)\n`,
  );
}
process.stdout.write(`load average ${fmt(load, 2)} → ${fmt(loadavg()[0] ?? 0, 2)}\n`);
