/**
 * `patient-zero import --from agentclinic FILE [--out FILE] [--ontology DIR]`: converts AgentClinic
 * OSCE cases (simulated, JSON lines) into playable records, one JSON line each, on standard output or
 * into --out. A summary goes to standard error: cases read, converted, skipped (with each reason) and
 * the warnings. Exit 0 when at least one case converted, 1 when none did, 2 on bad usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importAgentClinic } from '../../import/importAgentClinic.ts';
import { loadOntology } from '../../ontology/loadOntology.ts';
import type { Io } from './io.ts';

/** The options of `import`, as commander passes them. */
export interface ImportOptions {
  from: string;
  out?: string;
  ontology?: string;
}

/** The formats `--from` accepts. */
export const IMPORT_SOURCES = ['agentclinic'] as const;

/** Warning lines printed in full; beyond that only the count (the records are still written). */
const MAX_WARNING_LINES = 200;

/** Runs the command; resolves to the exit code. */
export async function importCommand(io: Io, file: string, opts: ImportOptions): Promise<number> {
  if (!IMPORT_SOURCES.some((s) => s === opts.from)) {
    io.err(`Unknown source "${opts.from}". Valid sources: ${IMPORT_SOURCES.join(', ')}.`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(resolve(file), 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    io.err(`Cannot read ${file} (${reason}).`);
    return 2;
  }
  const { ontology, problems } = loadOntology(opts.ontology ? resolve(opts.ontology) : undefined);
  if (problems.length > 0) {
    io.err(
      `warning: the knowledge base has ${problems.length} problem(s); run \`patient-zero ontology check\`.`,
    );
  }

  const records: string[] = [];
  const skips: string[] = [];
  const warningLines: string[] = [];
  let read = 0;
  let warnings = 0;
  for (const outcome of importAgentClinic(text, ontology)) {
    read++;
    const where = `case ${outcome.index} (line ${outcome.line})`;
    if (!outcome.result.ok) {
      skips.push(`  ${where}: ${outcome.result.error.code}: ${outcome.result.error.message}`);
      continue;
    }
    records.push(JSON.stringify(outcome.result.value.record));
    warnings += outcome.result.value.warnings.length;
    for (const w of outcome.result.value.warnings) warningLines.push(`  ${where}: ${w}`);
  }

  if (opts.out) {
    writeFileSync(resolve(opts.out), records.length > 0 ? `${records.join('\n')}\n` : '', 'utf8');
  } else {
    for (const r of records) io.out(r);
  }

  io.err(
    `import: ${read} case(s) read, ${records.length} converted, ${skips.length} skipped, ${warnings} warning(s)${opts.out ? `; records written to ${opts.out}` : ''}.`,
  );
  if (skips.length > 0) {
    io.err('skipped:');
    for (const s of skips) io.err(s);
  }
  if (warningLines.length > 0) {
    io.err('warnings:');
    for (const w of warningLines.slice(0, MAX_WARNING_LINES)) io.err(w);
    if (warningLines.length > MAX_WARNING_LINES)
      io.err(`  ... and ${warningLines.length - MAX_WARNING_LINES} more.`);
  }
  if (records.length === 0) {
    io.err(read === 0 ? `No cases in ${file}.` : 'No case could be converted.');
    return 1;
  }
  return 0;
}
