/** `patient-zero ontology check [DIR]`: validates the whole knowledge base and prints every problem. */

import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { MIN_DEPTH } from '../../ontology/checkOntology.ts';
import { DEFAULT_ONTOLOGY_DIR, loadOntology } from '../../ontology/loadOntology.ts';
import { formatProblem } from '../../ontology/problem.ts';
import type { Io } from './io.ts';

export function ontologyCheck(io: Io, dir?: string): number {
  const root = dir ? resolve(dir) : DEFAULT_ONTOLOGY_DIR;
  const started = performance.now();
  const { ontology, problems, files } = loadOntology(root);
  const ms = performance.now() - started;
  const counts = ontology.counts();
  io.out(
    `Knowledge base ${root} (version ${ontology.version}): ${files} files loaded in ${ms.toFixed(0)} ms`,
  );
  io.out(
    Object.entries(counts)
      .map(([k, v]) => `${k}: ${v}`)
      .join(', '),
  );
  for (const s of ontology.specialties.values()) {
    io.out(`  ${s.id}: ${ontology.conditionsOf(s.id).length} conditions`);
  }
  const lay = [...ontology.symptoms.values()].map((s) => s.lay.length);
  io.out(`  symptoms with at least 3 lay phrasings: ${lay.filter((n) => n >= 3).length}/${lay.length}`);
  const sets = new Set(ontology.questionExamples.map((e) => e.set));
  io.out(
    `  labelled doctor questions (understanding examples): ${ontology.questionExamples.length} in ${sets.size} sets`,
  );
  const depthKeys = Object.keys(MIN_DEPTH).join(', ');
  io.out(`  depth checked per condition (${depthKeys})`);
  if (problems.length === 0) {
    io.out('OK: no problems found');
    return 0;
  }
  for (const p of problems) io.err(formatProblem(p));
  io.err(`${problems.length} problem${problems.length === 1 ? '' : 's'} found`);
  return 1;
}
