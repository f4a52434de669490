/** Code systems and codes used in the FHIR export (LOINC for vital signs and social history, SNOMED CT, HL7). */
export const SYSTEM = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  ucum: 'http://unitsofmeasure.org',
  icd10: 'http://hl7.org/fhir/sid/icd-10',
  icd10cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  conditionCategory: 'http://terminology.hl7.org/CodeSystem/condition-category',
  usCoreConditionCategory: 'http://hl7.org/fhir/us/core/CodeSystem/condition-category',
  conditionClinical: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  conditionVerification: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
  allergyClinical: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical',
  allergyVerification: 'http://terminology.hl7.org/CodeSystem/allergyintolerance-verification',
  interpretation: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation',
  roleCode: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
  actReason: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  /** Local code systems for knowledge-base ids that have no standard code in the knowledge base. */
  local: 'https://patient-zero.invalid/fhir/CodeSystem',
} as const;

/** LOINC codes of the vital signs (FHIR vital-signs profile) and social history observations. */
export const LOINC = {
  vitalSignsPanel: '85353-1',
  heartRate: '8867-4',
  bloodPressure: '85354-9',
  systolic: '8480-6',
  diastolic: '8462-4',
  respiratoryRate: '9279-1',
  spo2: '59408-5',
  temperature: '8310-5',
  smokingStatus: '72166-2',
  occupation: '11341-5',
  pregnancyStatus: '82810-3',
} as const;

export const SNOMED = {
  currentSmoker: { code: '77176002', display: 'Smoker' },
  exSmoker: { code: '8517006', display: 'Ex-smoker' },
  neverSmoked: { code: '266919005', display: 'Never smoked tobacco' },
  pregnant: { code: '77386006', display: 'Pregnant' },
  notPregnant: { code: '60001007', display: 'Not pregnant' },
  alcoholIntake: { code: '228273003', display: 'Finding relating to alcohol drinking behavior' },
} as const;

/** HL7 v3 RoleCode for the relatives a record names. */
export const RELATIVE: Record<string, { code: string; display: string }> = {
  mother: { code: 'MTH', display: 'mother' },
  father: { code: 'FTH', display: 'father' },
  sister: { code: 'SIS', display: 'sister' },
  brother: { code: 'BRO', display: 'brother' },
  grandmother: { code: 'GRMTH', display: 'grandmother' },
  grandfather: { code: 'GRFTH', display: 'grandfather' },
};

/** Marks every resource as test data: simulated patients, never real people. */
export const SIMULATED = {
  system: SYSTEM.actReason,
  code: 'HTEST',
  display: 'test health data',
} as const;
