/**
 * Reads every YAML file under a knowledge-base directory, validates each against its kind's schema,
 * and builds the query API. Collects every problem instead of stopping at the first.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkOntology } from './checkOntology.ts';
import { type LoadedFile, Ontology } from './Ontology.ts';
import { parseYamlFile } from './parseYamlFile.ts';
import type { OntologyProblem } from './problem.ts';
import {
  checkQuestionExamples,
  QUESTIONS_DIR,
  type QuestionExample,
  readQuestionExamples,
} from './questionExamples.ts';
import { OntologyFile } from './schema.ts';

/** The knowledge base shipped with the project. */
export const DEFAULT_ONTOLOGY_DIR = fileURLToPath(new URL('../../ontology', import.meta.url));

export interface LoadResult {
  ontology: Ontology;
  problems: OntologyProblem[];
  files: number;
}

function listYaml(dir: string, top = true): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    // the question sets are read on their own (readQuestionExamples): they are no knowledge-base files
    if (entry.isDirectory() && top && entry.name === QUESTIONS_DIR) continue;
    if (entry.isDirectory()) out.push(...listYaml(full, false));
    else if (/\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** Parses and validates one file's text; returns the file or the problems. */
export function parseOntologyFile(
  text: string,
  file: string,
): { ok: true; value: OntologyFile } | { ok: false; problems: OntologyProblem[] } {
  return parseYamlFile(text, file, OntologyFile);
}

/** Reads and validates every file under `dir`, without cross-checking: the parsed files, their problems and a content hash. */
export function readOntologyFiles(dir: string = DEFAULT_ONTOLOGY_DIR): {
  loaded: LoadedFile[];
  problems: OntologyProblem[];
  version: string;
  files: number;
  examples: QuestionExample[];
} {
  const problems: OntologyProblem[] = [];
  const loaded: LoadedFile[] = [];
  const hash = createHash('sha256');
  const paths = listYaml(dir);
  for (const full of paths) {
    const file = relative(dir, full).split(sep).join('/');
    const text = readFileSync(full, 'utf8');
    hash.update(file).update('\0').update(text).update('\0');
    const result = parseOntologyFile(text, file);
    if (result.ok) loaded.push({ path: file, file: result.value });
    else problems.push(...result.problems);
  }
  const questions = readQuestionExamples(dir);
  for (const { file, text } of questions.texts) hash.update(file).update('\0').update(text).update('\0');
  problems.push(...questions.problems);
  return {
    loaded,
    problems,
    version: hash.digest('hex').slice(0, 12),
    files: paths.length + questions.texts.length,
    examples: questions.examples,
  };
}

/** Loads the knowledge base at `dir` (default: the shipped one) and checks it whole. */
export function loadOntology(dir: string = DEFAULT_ONTOLOGY_DIR): LoadResult {
  const { loaded, problems, version, files, examples } = readOntologyFiles(dir);
  const ontology = new Ontology(loaded, version, examples);
  return {
    ontology,
    problems: [...problems, ...checkOntology(ontology), ...checkQuestionExamples(ontology)],
    files,
  };
}
