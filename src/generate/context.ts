/**
 * What the generator knows after each step. Each step takes the context of the step before and returns
 * it extended, so the type shows which facts exist at which point and nothing is read before it is set.
 */
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import type { ConditionDef, Difficulty, SpecialtyDef } from '../ontology/schema.ts';

/** A request whose names have been checked against the knowledge base. */
export interface ResolvedRequest {
  specialty: SpecialtyDef;
  seed: string;
  difficulty?: Difficulty;
  condition?: ConditionDef;
}

export interface StartContext {
  ontology: Ontology;
  request: ResolvedRequest;
}

export interface ConditionContext extends StartContext {
  condition: ConditionDef;
  difficulty: Difficulty;
}

export interface DemographicsContext extends ConditionContext {
  demographics: PatientRecord['demographics'];
}

export interface HistoryContext extends DemographicsContext {
  history: PatientRecord['history'];
}

export interface PresentationContext extends HistoryContext {
  variant: string;
  presentation: PatientRecord['presentation'];
}

export interface FindingsContext extends PresentationContext {
  vitals: PatientRecord['vitals'];
  examination: PatientRecord['examination'];
  investigations: PatientRecord['investigations'];
}

export interface PersonaContext extends FindingsContext {
  persona: PatientRecord['persona'];
}
