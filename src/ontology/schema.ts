/**
 * The zod schema of every knowledge-base file. Each YAML file carries `format`, a `kind`
 * discriminator and its `references`; the loader validates it against the schema of its kind.
 */
import { z } from 'zod';

export const FORMAT_VERSION = 1;

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case kebab-case (e.g. "chest-pain")');
const text = z.string().trim().min(1);
const probability = z.number().min(0).max(1);
const nonEmptyTexts = z.array(text).min(1);

export const Reference = z.strictObject({
  citation: text,
  url: z.url().optional(),
});
export type Reference = z.infer<typeof Reference>;

export const Coding = z.strictObject({
  system: text,
  code: text,
  display: text,
});
export type Coding = z.infer<typeof Coding>;

export const Range = z.strictObject({ low: z.number(), high: z.number() });
export type Range = z.infer<typeof Range>;

export const TimeUnit = z.enum(['minutes', 'hours', 'days', 'weeks', 'months', 'years']);
export type TimeUnit = z.infer<typeof TimeUnit>;

/** A time span before presentation, such as "started 1 to 6 hours ago". */
export const TimeAgo = z.strictObject({
  low: z.number().positive(),
  high: z.number().positive(),
  unit: TimeUnit,
});
export type TimeAgo = z.infer<typeof TimeAgo>;

export const Sex = z.enum(['male', 'female']);
export type Sex = z.infer<typeof Sex>;

export const Difficulty = z.enum(['easy', 'medium', 'hard']);
export type Difficulty = z.infer<typeof Difficulty>;

export const Literacy = z.enum(['low', 'medium', 'high']);
export type Literacy = z.infer<typeof Literacy>;

/** SOCRATES and the other attributes a doctor asks of a symptom. */
export const SYMPTOM_ATTRIBUTES = [
  'site',
  'onset',
  'character',
  'radiation',
  'associated',
  'timing',
  'duration',
  'exacerbating',
  'relieving',
  'severity',
] as const;
export const SymptomAttribute = z.enum(SYMPTOM_ATTRIBUTES);
export type SymptomAttribute = z.infer<typeof SymptomAttribute>;

export const BODY_SYSTEMS = [
  'general',
  'cardiovascular',
  'respiratory',
  'gastrointestinal',
  'genitourinary',
  'neurological',
  'musculoskeletal',
  'skin',
  'ent',
  'eyes',
  'psychiatric',
  'endocrine',
  'haematological',
] as const;
export const BodySystem = z.enum(BODY_SYSTEMS);
export type BodySystem = z.infer<typeof BodySystem>;

const fileHeader = {
  format: z.literal(FORMAT_VERSION),
  references: z.array(Reference).min(1),
};

// ---------------------------------------------------------------- vocabularies

export const SymptomDef = z.strictObject({
  id,
  name: text,
  system: BodySystem,
  /** Words a clinician uses for it ("dyspnoea", "SOB"): help understanding and jargon checks. */
  terms: z.array(text).default([]),
  /** How a patient says they have it, first person ("I get out of breath"): at least three. */
  lay: z.array(text).min(3),
  /** How a patient denies it ("no, my breathing's fine"). */
  denial: z.array(text).min(1),
  /** Which SOCRATES attributes make sense for this symptom. */
  attributes: z.array(SymptomAttribute).default([]),
  /** True for symptoms that can only occur in one sex (e.g. vaginal bleeding). */
  sex: Sex.optional(),
});
export type SymptomDef = z.infer<typeof SymptomDef>;

export const SymptomsFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('symptoms'),
  symptoms: z.array(SymptomDef).min(1),
});

export const SystemDef = z.strictObject({
  id: BodySystem,
  name: text,
  /** Ways a doctor names the system in "/exam <system>" or a review of systems. */
  aliases: z.array(text).min(1),
  /** What a normal examination of this system finds. */
  normalExam: text,
  /** Whether this system can be examined at the bedside (psychiatric, endocrine: history only). */
  examinable: z.boolean().default(true),
});
export type SystemDef = z.infer<typeof SystemDef>;

export const SystemsFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('systems'),
  systems: z.array(SystemDef).min(1),
});

export const FindingDef = z.strictObject({
  id,
  system: BodySystem,
  name: text,
  /** How the examiner reports it ("Pansystolic murmur at the apex radiating to the axilla"). */
  text,
  sex: Sex.optional(),
});
export type FindingDef = z.infer<typeof FindingDef>;

export const FindingsFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('findings'),
  findings: z.array(FindingDef).min(1),
});

export const ReferenceRange = z.strictObject({
  low: z.number(),
  high: z.number(),
  sex: Sex.optional(),
  minAge: z.number().int().min(0).optional(),
  maxAge: z.number().int().min(0).optional(),
});
export type ReferenceRange = z.infer<typeof ReferenceRange>;

const investigationBase = {
  id,
  name: text,
  /** Names and abbreviations a student may type ("trop", "hs-cTnT", "CXR"). */
  aliases: z.array(text).default([]),
  category: z.enum(['blood', 'imaging', 'cardiac', 'respiratory', 'microbiology', 'bedside', 'other']),
};

export const NumericInvestigation = z.strictObject({
  ...investigationBase,
  type: z.literal('numeric'),
  unit: text,
  /** Decimal places to report. */
  decimals: z.number().int().min(0).max(3).default(0),
  ranges: z.array(ReferenceRange).min(1),
  /** The values a living patient can have: anything outside is an ontology error. */
  limits: Range,
});
export type NumericInvestigation = z.infer<typeof NumericInvestigation>;

export const QualitativeInvestigation = z.strictObject({
  ...investigationBase,
  type: z.literal('qualitative'),
  /** The report of a normal study. */
  normal: text,
});
export type QualitativeInvestigation = z.infer<typeof QualitativeInvestigation>;

export const InvestigationDef = z.discriminatedUnion('type', [
  NumericInvestigation,
  QualitativeInvestigation,
]);
export type InvestigationDef = z.infer<typeof InvestigationDef>;

export const InvestigationsFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('investigations'),
  investigations: z.array(InvestigationDef).min(1),
});

/**
 * What a medicine or a chronic condition does to a test the presenting condition does not list: warfarin
 * raises the INR, known HIV makes the HIV test positive, levothyroxine keeps the TSH in range.
 */
export const HistoryEffect = z.union([
  z.strictObject({ investigation: id, value: Range }),
  z.strictObject({ investigation: id, text: nonEmptyTexts }),
]);
export type HistoryEffect = z.infer<typeof HistoryEffect>;

export const MedicationDef = z.strictObject({
  id,
  name: text,
  /** Drug class id, shared by allergies ("penicillins") and interaction checks. */
  class: id,
  /** What a patient calls it ("my water tablet"). */
  lay: z.array(text).default([]),
  dose: text,
  frequency: text,
  route: z.enum(['oral', 'inhaled', 'subcutaneous', 'topical', 'sublingual', 'transdermal', 'intramuscular']),
  /** Set for medicines only one sex takes (the combined pill, HRT): the generator never gives them to the other. */
  sex: Sex.optional(),
  /** Ages at which the medicine is plausibly taken (the combined pill up to 50, HRT from about 40). */
  minAge: z.number().int().min(0).optional(),
  maxAge: z.number().int().max(110).optional(),
  /**
   * `avoid` for a medicine not to be taken in pregnancy, or in its third trimester (the generator's
   * pregnancies are third-trimester): teratogenic, fetotoxic or contraindicated by the BNF, UKTIS or the
   * licence (ACE inhibitors, statins, warfarin). The generator never gives it to a pregnant patient.
   */
  pregnancy: z.enum(['avoid']).optional(),
  /** Results it sets on tests the presenting condition does not list (warfarin: INR 2.0–3.5). */
  effects: z.array(HistoryEffect).default([]),
});
export type MedicationDef = z.infer<typeof MedicationDef>;

export const MedicationsFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('medications'),
  medications: z.array(MedicationDef).min(1),
});

export const ChronicConditionDef = z.strictObject({
  id,
  name: text,
  /** How a patient names it ("high blood pressure", "sugar diabetes"). */
  lay: text,
  icd10: Coding,
  /** Usual long-term medications (ids); the generator picks one or more. */
  medications: z.array(id).default([]),
  /**
   * The usual medicines in pregnancy, when they differ from `medications` (hypertension: labetalol,
   * nifedipine, methyldopa): a pregnant patient takes from this list instead. Without it she takes from
   * `medications` less those marked `pregnancy: avoid`, or nothing (statins stop in pregnancy).
   */
  pregnancyMedications: z.array(id).optional(),
  /** Rough adult prevalence, used for background comorbidity. */
  prevalence: probability,
  minAge: z.number().int().min(0).default(18),
  sex: Sex.optional(),
  /** Whether it runs in families enough to be asked in a family history. */
  familial: z.boolean().default(false),
  /** Results it sets on tests the presenting condition does not list; a medication's effect wins (levothyroxine over hypothyroidism). */
  effects: z.array(HistoryEffect).default([]),
});
export type ChronicConditionDef = z.infer<typeof ChronicConditionDef>;

export const ChronicConditionsFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('chronic-conditions'),
  conditions: z.array(ChronicConditionDef).min(1),
});

export const SurgeryDef = z.strictObject({
  id,
  name: text,
  lay: text,
  minAge: z.number().int().min(0).default(0),
  /** The oldest age at which the operation is done (a caesarean section by about 50), if there is one. */
  maxAge: z.number().int().max(110).optional(),
  sex: Sex.optional(),
  prevalence: probability,
  /** The reason for it: chronic-condition or medication ids, any one of which the patient must have (CABG: ischaemic heart disease). */
  requires: z.array(id).default([]),
  /** True when it makes pregnancy impossible (hysterectomy, sterilisation): never with pregnancy or recent childbirth. */
  endsFertility: z.boolean().default(false),
});
export type SurgeryDef = z.infer<typeof SurgeryDef>;

export const SurgeriesFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('surgeries'),
  surgeries: z.array(SurgeryDef).min(1),
});

export const AllergyDef = z.strictObject({
  id,
  substance: text,
  /** The medication class it forbids (a MedicationDef.class), if a drug allergy. */
  drugClass: id.optional(),
  reactions: nonEmptyTexts,
  prevalence: probability,
});
export type AllergyDef = z.infer<typeof AllergyDef>;

export const AllergiesFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('allergies'),
  allergies: z.array(AllergyDef).min(1),
});

export const ExposureDef = z.strictObject({
  id,
  name: text,
  /** Words a doctor uses when asking about it ("travel", "flight", "long journey"). */
  terms: z.array(text).min(1),
  /** How a patient without the exposure denies it. */
  denial: text,
});
export type ExposureDef = z.infer<typeof ExposureDef>;

export const ExposuresFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('exposures'),
  exposures: z.array(ExposureDef).min(1),
});

export const Verbosity = z.enum(['terse', 'average', 'talkative']);
export type Verbosity = z.infer<typeof Verbosity>;
export const Mood = z.enum(['calm', 'anxious', 'irritable', 'low', 'cheerful', 'stoic']);
export type Mood = z.infer<typeof Mood>;

export const PersonaDef = z.strictObject({
  id,
  label: text,
  description: text,
  literacy: z.array(Literacy).min(1),
  verbosity: Verbosity,
  mood: Mood,
  weight: z.number().positive(),
  /** Short phrases that colour the offline replies ("Well,", "To be honest,"). */
  openers: z.array(z.string()).default([]),
  closers: z.array(z.string()).default([]),
  /** More likely at hard difficulty (vague, tangential historians). */
  poorHistorian: z.boolean().default(false),
});
export type PersonaDef = z.infer<typeof PersonaDef>;

export const PersonasFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('personas'),
  personas: z.array(PersonaDef).min(1),
});

export const IceDef = z.strictObject({
  kind: z.enum(['idea', 'concern', 'expectation']),
  text,
  /** Chief-complaint symptom ids it fits; empty = any. */
  symptoms: z.array(id).default([]),
});
export type IceDef = z.infer<typeof IceDef>;

export const IceFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('ice'),
  ice: z.array(IceDef).min(1),
});

export const OccupationDef = z.strictObject({
  title: text,
  minAge: z.number().int().min(14),
  maxAge: z.number().int().max(100),
});

export const GivenNamesOfDecade = z.strictObject({
  born: z.number().int().min(1850).max(2100),
  female: nonEmptyTexts,
  male: nonEmptyTexts,
});
export type GivenNamesOfDecade = z.infer<typeof GivenNamesOfDecade>;

export const DemographicsFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('demographics'),
  occupations: z.array(OccupationDef).min(1),
  retirementAge: z.number().int(),
  living: z.array(z.strictObject({ text, minAge: z.number().int().default(18) })).min(1),
  /**
   * Common given names of people born in each decade (`born`: its first year), so a name fits the
   * patient's generation. Empty: names come from the generator's general list, whatever the age.
   */
  givenNames: z.array(GivenNamesOfDecade).default([]),
});

/** A diagnosis students may name that is not itself playable (GORD, costochondritis, ...). */
export const OtherDiagnosisDef = z.strictObject({
  id,
  name: text,
  synonyms: z.array(text).default([]),
  icd10: Coding,
});
export type OtherDiagnosisDef = z.infer<typeof OtherDiagnosisDef>;

export const OtherDiagnosesFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('other-diagnoses'),
  diagnoses: z.array(OtherDiagnosisDef).min(1),
});

export const SpecialtyDef = z.strictObject({
  id,
  name: text,
  description: text,
  enabled: z.boolean().default(true),
});
export type SpecialtyDef = z.infer<typeof SpecialtyDef>;

export const SpecialtiesFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('specialties'),
  specialties: z.array(SpecialtyDef).min(1),
});

// ---------------------------------------------------------------- conditions

/** The patient's own words for each attribute of one symptom; the generator picks one option each. */
export const SymptomAttributes = z.strictObject({
  site: nonEmptyTexts.optional(),
  onset: nonEmptyTexts.optional(),
  /** How long before presentation it began. */
  started: TimeAgo.optional(),
  character: nonEmptyTexts.optional(),
  radiation: nonEmptyTexts.optional(),
  timing: nonEmptyTexts.optional(),
  exacerbating: nonEmptyTexts.optional(),
  relieving: nonEmptyTexts.optional(),
  /** Severity on a 0–10 scale. */
  severity: Range.optional(),
});
export type SymptomAttributes = z.infer<typeof SymptomAttributes>;

export const ConditionSymptom = z.strictObject({
  id,
  probability,
  /** Relative weight for being the presenting complaint (0 = never the chief complaint). */
  chief: z.number().min(0).default(0),
  /**
   * True when it may have begun before the chief complaint (a cold before an asthma attack, a swollen calf
   * before a PE); otherwise the generator never starts it earlier than the presenting complaint.
   */
  mayPrecedeChief: z.boolean().default(false),
  attributes: SymptomAttributes.default({}),
});
export type ConditionSymptom = z.infer<typeof ConditionSymptom>;

export const Applicability = z.strictObject({
  minAge: z.number().int().min(0).optional(),
  maxAge: z.number().int().optional(),
  sex: Sex.optional(),
  /** Chronic condition ids: the variant applies if the patient has any of them. */
  anyOf: z.array(id).optional(),
});
export type Applicability = z.infer<typeof Applicability>;

export const VitalsPattern = z.strictObject({
  heartRate: Range,
  systolic: Range,
  diastolic: Range,
  respiratoryRate: Range,
  spo2: Range,
  temperature: Range,
});
export type VitalsPattern = z.infer<typeof VitalsPattern>;

export const ConditionFinding = z.strictObject({ id, probability });

export const ConditionInvestigation = z.union([
  z.strictObject({ id, probability: probability.default(1), value: Range }),
  z.strictObject({ id, probability: probability.default(1), text: nonEmptyTexts }),
]);
export type ConditionInvestigation = z.infer<typeof ConditionInvestigation>;

export const AtypicalPresentation = z.strictObject({
  id,
  description: text,
  /** Who presents this way (older, diabetic, female, ...). Empty = anyone. */
  when: Applicability.default({}),
  /** Chance of this variant when it applies, at medium difficulty; hard difficulty raises it. */
  probability,
  /** Symptoms of the classic presentation this variant removes. */
  drop: z.array(id).default([]),
  /** Symptoms it adds or overrides. */
  add: z.array(ConditionSymptom).default([]),
  /** Vital-sign ranges it replaces (a silent infarct without the tachycardia of pain). */
  vitals: VitalsPattern.partial().default({}),
  /** Examination findings of the classic presentation it removes. */
  dropFindings: z.array(id).default([]),
  /** Examination findings it adds, or overrides by id (another probability). */
  addFindings: z.array(ConditionFinding).default([]),
  /** Investigation results of the classic presentation it removes. */
  dropInvestigations: z.array(id).default([]),
  /** Investigation results it adds, or overrides by id (another range or report). */
  addInvestigations: z.array(ConditionInvestigation).default([]),
});
export type AtypicalPresentation = z.infer<typeof AtypicalPresentation>;

export const RiskFactor = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('condition'), id, probability }),
  z.strictObject({
    type: z.literal('smoking'),
    probability,
    packYears: Range,
  }),
  z.strictObject({ type: z.literal('alcohol'), probability, unitsPerWeek: Range }),
  z.strictObject({ type: z.literal('family'), id, probability }),
  z.strictObject({ type: z.literal('drug'), id, name: text, lay: text, probability }),
  z.strictObject({ type: z.literal('medication'), id, probability }),
  z.strictObject({
    type: z.literal('exposure'),
    id,
    /** The patient's account, first person ("I flew back from Sydney last Tuesday"). */
    text,
    probability,
    /** Who can have it (age, sex, comorbidity), as for atypical presentations. Empty = anyone. */
    when: Applicability.default({}),
    /**
     * For the pregnancy exposure: whether the account is of a current pregnancy or of recent childbirth
     * (the generator sets `history.pregnant` from it). Required there, forbidden elsewhere.
     */
    pregnancy: z.enum(['pregnant', 'postpartum']).optional(),
  }),
]);
export type RiskFactor = z.infer<typeof RiskFactor>;

export const HistoryPoint = z.strictObject({
  id,
  text,
  /**
   * Coverage keys of the questions that satisfy it, any one is enough:
   * `topic`, `topic:target` or `symptom:<id>/<attribute>` (e.g. `symptom:chest-pain/radiation`, `smoking`, `family`).
   */
  covers: z.array(z.string().regex(/^[a-z]+(:[a-z0-9-]+)?(\/[a-z]+)?$/)).min(1),
});
export type HistoryPoint = z.infer<typeof HistoryPoint>;

export const ConditionFile = z.strictObject({
  ...fileHeader,
  kind: z.literal('condition'),
  id,
  specialty: id,
  name: text,
  /** Every name that would give the diagnosis away: leak checks and diagnosis matching use them. */
  synonyms: z.array(text).min(1),
  abbreviations: z.array(text).default([]),
  icd10: Coding,
  /** Relative frequency within the specialty (any positive weight). */
  frequency: z.number().positive(),
  /** The difficulties this condition may be played at. */
  difficulty: z.array(Difficulty).min(1),
  age: z.strictObject({
    min: z.number().int().min(0),
    max: z.number().int().max(105),
    mode: z.number().int(),
  }),
  /** Probability that the patient is male. */
  maleProbability: probability,
  riskFactors: z.array(RiskFactor).default([]),
  /**
   * Background history this condition contradicts or gives away, never drawn for it: chronic-condition
   * or surgery ids (permanent AF in a regular tachycardia, ischaemic heart disease in stable angina, a
   * pacemaker in complete heart block). History named like the diagnosis is excluded without listing it.
   */
  excludeHistory: z.array(id).default([]),
  symptoms: z.array(ConditionSymptom).min(1),
  atypical: z.array(AtypicalPresentation).default([]),
  /** Symptom ids a good history checks for and that this patient will deny. */
  pertinentNegatives: z.array(id).min(1),
  vitals: VitalsPattern,
  findings: z.array(ConditionFinding).default([]),
  investigations: z.array(ConditionInvestigation).default([]),
  /** Condition or other-diagnosis ids. */
  differentials: z.array(id).min(1),
  redFlags: z.array(text).default([]),
  mustAsk: z.array(HistoryPoint).min(1),
  niceToAsk: z.array(HistoryPoint).default([]),
  teachingPoints: z.array(text).min(1),
});
export type ConditionDef = z.infer<typeof ConditionFile>;

export const OntologyFile = z.discriminatedUnion('kind', [
  SpecialtiesFile,
  SymptomsFile,
  SystemsFile,
  FindingsFile,
  InvestigationsFile,
  MedicationsFile,
  ChronicConditionsFile,
  SurgeriesFile,
  AllergiesFile,
  ExposuresFile,
  PersonasFile,
  IceFile,
  DemographicsFile,
  OtherDiagnosesFile,
  ConditionFile,
]);
export type OntologyFile = z.infer<typeof OntologyFile>;
