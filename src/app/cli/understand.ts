/**
 * `patient-zero understand "<question>" [--focus <symptom>] [--topic <topic>]`: prints what the offline
 * engine understood, as a JSON array of queries (topic, target, attribute, confidence, span).
 */
import { buildLexicon } from '../../dialogue/buildLexicon.ts';
import { understand } from '../../dialogue/understand.ts';
import type { Memory } from '../../domain/dialogue.ts';
import { loadOntology } from '../../ontology/loadOntology.ts';
import type { Io } from './io.ts';

export interface UnderstandOptions {
  /** The symptom under discussion, for follow-ups ("does it go anywhere?"). */
  focus?: string;
  /** The topic under discussion ("how many a day?" after smoking). */
  topic?: string;
  /** Knowledge-base directory (default: the shipped one). */
  ontology?: string;
}

export function understandCommand(io: Io, question: string, opts: UnderstandOptions = {}): number {
  const { ontology } = loadOntology(opts.ontology);
  const lexicon = buildLexicon(ontology);
  const focus: Memory['focus'] = {};
  if (opts.focus !== undefined) {
    if (!ontology.symptoms.has(opts.focus)) {
      io.err(`unknown symptom id for --focus: ${opts.focus}`);
      return 2;
    }
    focus.symptom = opts.focus;
  }
  if (opts.topic !== undefined) focus.topic = opts.topic;
  io.out(JSON.stringify(understand(question, focus, lexicon)));
  return 0;
}
