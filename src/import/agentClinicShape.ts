/**
 * The outside shape of one AgentClinic OSCE case (Schmidgall et al., 2024: `agentclinic_medqa.jsonl`,
 * `agentclinic_mimiciv.jsonl`, ...), parsed leniently: the published cases disagree on whether a field
 * is a string, a list or a nested object, so every field below the fixed skeleton is a `LooseValue`.
 * Unknown keys are kept, never rejected. Only this simulated-case shape is accepted.
 */
import { z } from 'zod';

/** Any JSON value: the cases nest strings, lists and objects freely. */
export type LooseValue = string | number | boolean | null | LooseValue[] | { [key: string]: LooseValue };

/** Accepts any JSON value, keeping its nesting. */
export const LooseValue: z.ZodType<LooseValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(LooseValue),
    z.record(z.string(), LooseValue),
  ]),
);

/** `Symptoms`: the presenting complaint and the others, each a string or a list. */
export const AgentClinicSymptoms = z.looseObject({
  Primary_Symptom: LooseValue.optional(),
  Secondary_Symptoms: LooseValue.optional(),
});
export type AgentClinicSymptoms = z.infer<typeof AgentClinicSymptoms>;

/** `Patient_Actor`: what the simulated patient knows and tells. */
export const AgentClinicPatientActor = z.looseObject({
  Demographics: LooseValue.optional(),
  History: LooseValue.optional(),
  /** Usually `{Primary_Symptom, Secondary_Symptoms}`; a plain string or list is accepted too. */
  Symptoms: z.union([AgentClinicSymptoms, LooseValue]).optional(),
  Past_Medical_History: LooseValue.optional(),
  Social_History: LooseValue.optional(),
  Review_of_Systems: LooseValue.optional(),
});
export type AgentClinicPatientActor = z.infer<typeof AgentClinicPatientActor>;

/** `OSCE_Examination`: the patient, the examiner's findings and results, and the answer. */
export const AgentClinicOsce = z.looseObject({
  Objective_for_Doctor: LooseValue.optional(),
  Patient_Actor: AgentClinicPatientActor,
  Physical_Examination_Findings: LooseValue.optional(),
  Test_Results: LooseValue.optional(),
  Correct_Diagnosis: LooseValue,
});
export type AgentClinicOsce = z.infer<typeof AgentClinicOsce>;

/** One line of an AgentClinic OSCE file. */
export const AgentClinicCase = z.looseObject({ OSCE_Examination: AgentClinicOsce });
export type AgentClinicCase = z.infer<typeof AgentClinicCase>;
