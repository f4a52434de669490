/**
 * A generated virtual patient: versioned JSON, validated by this schema, exported as JSON Schema to
 * `schema/patient-record.schema.json`. Every clinical fact comes from the knowledge base through code;
 * no real person is behind any record.
 */
import { z } from 'zod';
import {
  BodySystem,
  Coding,
  Difficulty,
  Literacy,
  Mood,
  Sex,
  TimeUnit,
  Verbosity,
} from '../ontology/schema.ts';

export const RECORD_SCHEMA_VERSION = 1;

/** A time before presentation, kept as numbers so every answer about it agrees. */
export const Ago = z.strictObject({ value: z.number().positive(), unit: TimeUnit });
export type Ago = z.infer<typeof Ago>;

export const SymptomFacts = z.strictObject({
  site: z.string().optional(),
  onset: z.string().optional(),
  started: Ago.optional(),
  character: z.string().optional(),
  radiation: z.string().optional(),
  timing: z.string().optional(),
  exacerbating: z.string().optional(),
  relieving: z.string().optional(),
  severity: z.number().int().min(0).max(10).optional(),
});
export type SymptomFacts = z.infer<typeof SymptomFacts>;

export const RecordSymptom = z.strictObject({
  id: z.string(),
  name: z.string(),
  attributes: SymptomFacts,
});
export type RecordSymptom = z.infer<typeof RecordSymptom>;

export const Smoking = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('never') }),
  z.strictObject({
    status: z.literal('current'),
    perDay: z.number().int().positive(),
    years: z.number().int().positive(),
    packYears: z.number().positive(),
  }),
  z.strictObject({
    status: z.literal('ex'),
    perDay: z.number().int().positive(),
    years: z.number().int().positive(),
    packYears: z.number().positive(),
    quitYearsAgo: z.number().int().min(0),
  }),
]);
export type Smoking = z.infer<typeof Smoking>;

export const Vitals = z.strictObject({
  heartRate: z.number().int(),
  systolic: z.number().int(),
  diastolic: z.number().int(),
  respiratoryRate: z.number().int(),
  spo2: z.number().int(),
  /** °C, one decimal. */
  temperature: z.number(),
});
export type Vitals = z.infer<typeof Vitals>;

export const Flag = z.enum(['normal', 'low', 'high', 'abnormal']);
export type Flag = z.infer<typeof Flag>;

export const InvestigationResult = z.strictObject({
  id: z.string(),
  name: z.string(),
  value: z.number().optional(),
  unit: z.string().optional(),
  /** Reference range that applies to this patient (age/sex), for numeric tests. */
  range: z.strictObject({ low: z.number(), high: z.number() }).optional(),
  text: z.string().optional(),
  flag: Flag,
});
export type InvestigationResult = z.infer<typeof InvestigationResult>;

export const PatientRecord = z.strictObject({
  schemaVersion: z.literal(RECORD_SCHEMA_VERSION),
  id: z.string(),
  seed: z.string(),
  generatorVersion: z.string(),
  ontologyVersion: z.string(),
  specialty: z.string(),
  difficulty: Difficulty,
  /** Hidden from the patient and the model: only reveal and scoring read it. */
  condition: z.strictObject({ id: z.string(), name: z.string(), icd10: Coding }),
  /** `typical` or the id of the atypical presentation used. */
  variant: z.string(),
  demographics: z.strictObject({
    givenName: z.string(),
    familyName: z.string(),
    age: z.number().int().min(0).max(110),
    sex: Sex,
    occupation: z.string(),
    living: z.string(),
  }),
  history: z.strictObject({
    conditions: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        lay: z.string(),
        sinceYears: z.number().int().min(0),
      }),
    ),
    surgeries: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        lay: z.string(),
        yearsAgo: z.number().int().min(0),
      }),
    ),
    medications: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        class: z.string(),
        lay: z.string().optional(),
        dose: z.string(),
        frequency: z.string(),
        /** The chronic condition it is taken for, if any. */
        for: z.string().optional(),
      }),
    ),
    allergies: z.array(z.strictObject({ id: z.string(), substance: z.string(), reaction: z.string() })),
    family: z.array(
      z.strictObject({
        relation: z.enum(['mother', 'father', 'brother', 'sister', 'grandmother', 'grandfather']),
        conditionId: z.string(),
        name: z.string(),
        lay: z.string(),
        ageAtOnset: z.number().int().optional(),
      }),
    ),
    social: z.strictObject({
      smoking: Smoking,
      alcoholUnitsPerWeek: z.number().int().min(0),
      drugs: z.array(z.strictObject({ id: z.string(), name: z.string(), lay: z.string() })),
      exposures: z.array(z.strictObject({ id: z.string(), text: z.string() })),
    }),
    /** Females of reproductive age only. */
    pregnant: z.boolean().optional(),
  }),
  presentation: z.strictObject({
    /** The symptom the patient comes in with. */
    chiefComplaint: z.string(),
    /** The patient's opening words. */
    words: z.string(),
    symptoms: z.array(RecordSymptom).min(1),
    /** Symptom ids the patient denies when asked. */
    negatives: z.array(z.string()),
  }),
  vitals: Vitals,
  examination: z.array(z.strictObject({ system: BodySystem, id: z.string(), text: z.string() })),
  investigations: z.array(InvestigationResult),
  persona: z.strictObject({
    archetype: z.string(),
    description: z.string(),
    literacy: Literacy,
    verbosity: Verbosity,
    mood: Mood,
    idea: z.string(),
    concern: z.string(),
    expectation: z.string(),
  }),
});
export type PatientRecord = z.infer<typeof PatientRecord>;

/** A history with nothing in it: for asking what a condition alone implies (its leak terms, say). */
export const EMPTY_HISTORY: PatientRecord['history'] = {
  conditions: [],
  surgeries: [],
  medications: [],
  allergies: [],
  family: [],
  social: { smoking: { status: 'never' }, alcoholUnitsPerWeek: 0, drugs: [], exposures: [] },
};
