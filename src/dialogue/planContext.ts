/**
 * What the planners share for one turn: the record, the memory, the knowledge base, and the facts and
 * moves collected so far (a fact key is stated at most once per turn).
 */
import type { DisclosedFact, Memory } from '../domain/dialogue.ts';
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';

export interface PlanContext {
  record: PatientRecord;
  memory: Memory;
  ontology: Ontology;
  facts: DisclosedFact[];
  moves: string[];
  /**
   * A lay name that does not give the diagnosis away: the first comma-separated wording of `lay`
   * that names no diagnosis ("heart failure, a weak heart" → "a weak heart" when heart failure is it).
   */
  safe: (lay: string) => string;
}

/** Adds a fact unless its key is already planned this turn. */
export function addFact(ctx: PlanContext, fact: DisclosedFact): void {
  if (!ctx.facts.some((f) => f.fact === fact.fact)) ctx.facts.push(fact);
}

export function addMove(ctx: PlanContext, move: string): void {
  if (!ctx.moves.includes(move)) ctx.moves.push(move);
}

/** Whether a fact key was stated in an earlier turn or is planned this turn. */
export function alreadySaid(ctx: PlanContext, key: string): boolean {
  return ctx.memory.disclosed[key] !== undefined || ctx.facts.some((f) => f.fact === key);
}
