/**
 * One full offline turn: understand the message, plan the facts, render the reply, update the memory.
 * The default engine, the fallback when a model fails, and the reference the model path is held to.
 */
import type { Disclosure, Memory } from '../domain/dialogue.ts';
import type { Query } from '../domain/query.ts';
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import type { Lexicon } from './buildLexicon.ts';
import { plan } from './plan.ts';
import { render } from './render.ts';
import { understand } from './understand.ts';
import { updateMemory } from './updateMemory.ts';

export interface OfflineTurn {
  queries: Query[];
  disclosure: Disclosure;
  reply: string;
  memory: Memory;
}

export function respondOffline(
  text: string,
  deps: { record: PatientRecord; memory: Memory; ontology: Ontology; lexicon: Lexicon },
): OfflineTurn {
  const { record, memory, ontology, lexicon } = deps;
  const queries = understand(text, memory.focus, lexicon);
  const disclosure = plan(queries, record, memory, ontology);
  const reply = render(disclosure, record, memory);
  return { queries, disclosure, reply, memory: updateMemory(memory, disclosure, queries) };
}
