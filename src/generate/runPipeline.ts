/**
 * The generation pipeline, one pure step after another, each (context, rng) → context:
 * condition → demographics → history → presentation → findings → persona, then the record is
 * assembled in a fixed key order so the same seed serialises to the same bytes.
 */
import { type PatientRecord, RECORD_SCHEMA_VERSION } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import type { PersonaContext, ResolvedRequest } from './context.ts';
import { GENERATOR_VERSION } from './generatorVersion.ts';
import { hashHex } from './hashString.ts';
import { pickCondition } from './pickCondition.ts';
import { createRng } from './rng.ts';
import { sampleDemographics } from './sampleDemographics.ts';
import { sampleFindings } from './sampleFindings.ts';
import { sampleHistory } from './sampleHistory.ts';
import { samplePersona } from './samplePersona.ts';
import { samplePresentation } from './samplePresentation.ts';

/** A stable record id from everything that determines the record. */
export function recordId(ontology: Ontology, request: ResolvedRequest): string {
  const key = [
    GENERATOR_VERSION,
    ontology.version,
    request.specialty.id,
    request.condition?.id ?? '',
    request.difficulty ?? '',
    request.seed,
  ].join('|');
  return `pz-${hashHex(key).slice(0, 16)}`;
}

function assemble(ctx: PersonaContext): PatientRecord {
  const { condition } = ctx;
  return {
    schemaVersion: RECORD_SCHEMA_VERSION,
    id: recordId(ctx.ontology, ctx.request),
    seed: ctx.request.seed,
    generatorVersion: GENERATOR_VERSION,
    ontologyVersion: ctx.ontology.version,
    specialty: ctx.request.specialty.id,
    difficulty: ctx.difficulty,
    condition: {
      id: condition.id,
      name: condition.name,
      icd10: { system: condition.icd10.system, code: condition.icd10.code, display: condition.icd10.display },
    },
    variant: ctx.variant,
    demographics: ctx.demographics,
    history: ctx.history,
    presentation: ctx.presentation,
    vitals: ctx.vitals,
    examination: ctx.examination,
    investigations: ctx.investigations,
    persona: ctx.persona,
  };
}

/**
 * One record for a resolved request, drawing every random choice from `rngSeed` mixed with the
 * specialty (so seed "7" in two specialties gives unrelated patients, not the same name twice). No checks.
 */
export function runPipeline(ontology: Ontology, request: ResolvedRequest, rngSeed: string): PatientRecord {
  const rng = createRng(`${request.specialty.id}|${rngSeed}`);
  const withCondition = pickCondition({ ontology, request }, rng);
  const withDemographics = sampleDemographics(withCondition, rng);
  const withHistory = sampleHistory(withDemographics, rng);
  const withPresentation = samplePresentation(withHistory, rng);
  const withFindings = sampleFindings(withPresentation, rng);
  return assemble(samplePersona(withFindings, rng));
}
