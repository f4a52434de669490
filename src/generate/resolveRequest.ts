/**
 * Checks a generation request against the knowledge base before any randomness is drawn. An unknown
 * specialty, condition or difficulty fails with the valid values, so the edge can list them.
 */
import { fail, ok, type Result } from '../domain/result.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { Difficulty } from '../ontology/schema.ts';
import type { ResolvedRequest } from './context.ts';

const DIFFICULTIES = Difficulty.options;

export interface GenerateRequest {
  specialty: string;
  seed: string;
  difficulty?: string;
  condition?: string;
}

/** The request with its names resolved, or the first unknown name with the valid alternatives. */
export function resolveRequest(ontology: Ontology, request: GenerateRequest): Result<ResolvedRequest> {
  const playable = ontology.playableSpecialties();
  const specialty = playable.find((s) => s.id === request.specialty);
  if (!specialty) return fail('unknown_specialty', { valid: playable.map((s) => s.id) });
  const conditions = ontology.conditionsOf(specialty.id);

  const difficulty = DIFFICULTIES.find((d) => d === request.difficulty);
  if (request.difficulty !== undefined && !difficulty) {
    return fail('unknown_difficulty', { valid: [...DIFFICULTIES] });
  }

  if (request.condition !== undefined) {
    const condition = conditions.find((c) => c.id === request.condition);
    if (!condition) return fail('unknown_condition', { valid: conditions.map((c) => c.id) });
    if (difficulty && !condition.difficulty.includes(difficulty)) {
      return fail('unknown_difficulty', { valid: [...condition.difficulty], condition: condition.id });
    }
    return ok({ specialty, seed: request.seed, condition, ...(difficulty ? { difficulty } : {}) });
  }
  if (difficulty && !conditions.some((c) => c.difficulty.includes(difficulty))) {
    const valid = DIFFICULTIES.filter((d) => conditions.some((c) => c.difficulty.includes(d)));
    return fail('unknown_difficulty', { valid, specialty: specialty.id });
  }
  return ok({ specialty, seed: request.seed, ...(difficulty ? { difficulty } : {}) });
}
