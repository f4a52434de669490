/** Knowledge-base size and load time: reading, validating and cross-checking every file. */
import { performance } from 'node:perf_hooks';
import { loadOntology } from '../src/ontology/loadOntology.ts';
import type { BenchSection } from './run.ts';
import { fmt, summarize } from './stats.ts';

export async function run(): Promise<BenchSection> {
  const samples: number[] = [];
  let last = loadOntology();
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    last = loadOntology();
    samples.push(performance.now() - started);
  }
  const s = summarize(samples);
  const o = last.ontology;
  const perSpecialty = [...o.specialties.values()]
    .map((sp) => `${sp.id} ${o.conditionsOf(sp.id).length}`)
    .join(', ');
  const lay = [...o.symptoms.values()].reduce((n, sym) => n + sym.lay.length, 0);
  return {
    title: 'Knowledge base: size and load time',
    markdown: `
| measure | value |
|---|---|
| files | ${last.files} |
| conditions | ${o.conditions.size} (${perSpecialty}) |
| symptoms / lay phrasings | ${o.symptoms.size} / ${lay} |
| exam findings | ${o.findings.size} |
| investigations | ${o.investigations.size} |
| medications / chronic conditions / personas | ${o.medications.size} / ${o.chronicConditions.size} / ${o.personas.size} |
| problems found by \`ontology check\` | ${last.problems.length} |
| load + validate + cross-check, median of 20 | ${fmt(s.p50, 1)} ms (max ${fmt(s.max, 1)} ms) |
`,
  };
}
