/**
 * Shared set-up for the reply-check tests: the shipped knowledge base, the named fixture patients and
 * a context builder (empty memory and plan unless given).
 */
import type { DisclosedFact, Disclosure, Memory } from '../../src/domain/dialogue.ts';
import { emptyMemory } from '../../src/domain/dialogue.ts';
import type { PatientRecord } from '../../src/domain/record.ts';
import { loadOntology } from '../../src/ontology/loadOntology.ts';
import { checkReply, type ReplyViolation } from '../../src/plausibility/checkReply.ts';

export const { ontology } = loadOntology();

export function plan(...facts: [string, DisclosedFact['status'], string][]): Disclosure {
  return {
    queries: [],
    moves: [],
    facts: facts.map(([fact, status, value]) => ({ fact, path: 'test', status, value })),
  };
}

export function check(
  record: PatientRecord,
  reply: string,
  options: { disclosure?: Disclosure; memory?: Memory } = {},
): ReplyViolation[] {
  return checkReply(reply, {
    record,
    memory: options.memory ?? emptyMemory(),
    disclosure: options.disclosure ?? plan(),
    ontology,
  });
}

/** The `rule/code` pairs of the violations, for compact assertions. */
export function codes(violations: readonly ReplyViolation[]): string[] {
  return violations.map((v) => `${v.rule}/${v.code}`);
}
