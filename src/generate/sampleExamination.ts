/**
 * Examination findings from the condition, each present with its probability as the difficulty shapes
 * it, only those the patient's sex allows, ordered by body system. Systems without a listed finding
 * examine normally (the system's `normalExam` text), which the case layer supplies.
 */
import type { PatientRecord } from '../domain/record.ts';
import { BODY_SYSTEMS } from '../ontology/schema.ts';
import type { PresentationContext } from './context.ts';
import { DIFFICULTY_PROFILES } from './difficultyProfile.ts';
import type { Rng } from './rng.ts';

const ORDER = new Map<string, number>(BODY_SYSTEMS.map((s, i) => [s, i]));

/** The abnormal examination findings, ordered by body system. */
export function sampleExamination(ctx: PresentationContext, rng: Rng): PatientRecord['examination'] {
  const profile = DIFFICULTY_PROFILES[ctx.difficulty];
  const { sex } = ctx.demographics;
  const out: PatientRecord['examination'] = [];
  for (const f of ctx.condition.findings) {
    const def = ctx.ontology.findings.get(f.id);
    if (!def || (def.sex !== undefined && def.sex !== sex)) continue;
    if (rng.chance(profile.presence(f.probability)))
      out.push({ system: def.system, id: def.id, text: def.text });
  }
  // stable sort: by system, then in the condition's order
  return out.sort((a, b) => (ORDER.get(a.system) ?? 0) - (ORDER.get(b.system) ?? 0));
}
