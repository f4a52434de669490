/**
 * The labelled doctor questions of the knowledge base (ontology/questions/questions.<set>.yaml): how
 * clinicians and students really ask, each with the coverage keys it asks for. Understanding reads a
 * message its rules cannot place like the nearest of them (src/dialogue/nearestExample.ts); the tests
 * and the understanding benchmark score the engine on them. Plain YAML lists, labelled per
 * test/fixtures/LABELS.md; every key must name a known topic, symptom (with one of its attributes),
 * system or exposure.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { TOPICS } from '../domain/query.ts';
import type { Ontology } from './Ontology.ts';
import { parseYamlFile } from './parseYamlFile.ts';
import type { OntologyProblem } from './problem.ts';
import { SymptomAttribute } from './schema.ts';

/** The folder of the knowledge base holding the question sets (not read as knowledge-base files). */
export const QUESTIONS_DIR = 'questions';

export const QuestionExampleItem = z.strictObject({
  q: z.string().min(1),
  /** The symptom under discussion when it was asked (follow-ups: "does it go anywhere?"). */
  focus: z.string().optional(),
  /** The topic under discussion when it was asked. */
  topic: z.string().optional(),
  expect: z.array(z.string()),
});
export type QuestionExampleItem = z.infer<typeof QuestionExampleItem>;

export interface QuestionExample extends QuestionExampleItem {
  /** The set it comes from ("dev", "heldout3"): its file name. */
  set: string;
}

/** Reads every question set under `<dir>/questions`; a missing folder is no problem (no examples). */
export function readQuestionExamples(dir: string): {
  examples: QuestionExample[];
  problems: OntologyProblem[];
  texts: { file: string; text: string }[];
} {
  const examples: QuestionExample[] = [];
  const problems: OntologyProblem[] = [];
  const texts: { file: string; text: string }[] = [];
  let names: string[];
  try {
    names = readdirSync(join(dir, QUESTIONS_DIR)).filter((n) => /^questions\.[a-z0-9-]+\.ya?ml$/.test(n));
  } catch {
    return { examples, problems, texts };
  }
  for (const name of names.sort()) {
    const file = `${QUESTIONS_DIR}/${name}`;
    const text = readFileSync(join(dir, file), 'utf8');
    texts.push({ file, text });
    const set = name.replace(/^questions\./, '').replace(/\.ya?ml$/, '');
    const parsed = parseYamlFile(text, file, z.array(QuestionExampleItem));
    if (!parsed.ok) problems.push(...parsed.problems);
    else for (const item of parsed.value) examples.push({ ...item, set });
  }
  return { examples, problems, texts };
}

/** Topics whose questions name what they ask about (a bare `symptom` is "any pain?", a symptom in general). */
const TARGETED = new Set(['ros', 'exposure']);
/** `topic`, `topic:target`, `symptom:target/attribute`, or `symptom/attribute` (of the symptom in focus). */
const KEY = /^([a-z-]+)(?::([a-z0-9-]+))?(?:\/([a-z]+))?$/;

/** Every example's keys and focus name things the knowledge base knows. */
export function checkQuestionExamples(o: Ontology): OntologyProblem[] {
  const problems: OntologyProblem[] = [];
  const setIndex = new Map<string, number>();
  for (const e of o.questionExamples) {
    const n = setIndex.get(e.set) ?? 0;
    setIndex.set(e.set, n + 1);
    const at = { file: `${QUESTIONS_DIR}/questions.${e.set}.yaml`, path: `[${n}]` };
    const bad = (message: string): void => {
      problems.push({ ...at, code: 'unknown_id', message: `"${e.q}": ${message}` });
    };
    if (e.focus !== undefined && !o.symptoms.has(e.focus)) bad(`focus ${e.focus} is no symptom`);
    if (e.expect.includes('unknown') && e.expect.length > 1) bad('unknown stands alone');
    for (const key of e.expect) {
      const m = KEY.exec(key);
      if (!m) {
        bad(`${key} is no coverage key`);
        continue;
      }
      const [, topic = '', target, attribute] = m;
      if (!(TOPICS as readonly string[]).includes(topic)) bad(`${topic} is no topic`);
      else if (TARGETED.has(topic) && target === undefined) bad(`${key} needs a target`);
      if (topic === 'symptom' && target !== undefined && !o.symptoms.has(target))
        bad(`${target} is no symptom`);
      if (attribute !== undefined && (topic !== 'symptom' || !SymptomAttribute.safeParse(attribute).success))
        bad(`${key}: ${attribute} is no symptom attribute`);
      if (topic === 'ros' && target !== undefined && !o.systems.has(target)) bad(`${target} is no system`);
      if (topic === 'exposure' && target !== undefined && !o.exposures.has(target))
        bad(`${target} is no exposure`);
    }
  }
  return problems;
}
