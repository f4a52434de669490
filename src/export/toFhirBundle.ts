/**
 * A patient record as a FHIR R4 `collection` Bundle: Patient, the diagnosis and past conditions and
 * presenting symptoms (Condition), vital signs, examination findings, results and social history
 * (Observation), AllergyIntolerance, MedicationStatement and FamilyMemberHistory, so simulated cases
 * can be loaded into EHR teaching sandboxes. Every resource is tagged as test data (HTEST). Pure and
 * deterministic: resource ids derive from the record id; no clock is read (pass `asOf` for dates).
 */
import type {
  AllergyIntolerance,
  Bundle,
  BundleEntry,
  CodeableConcept,
  Condition,
  FamilyMemberHistory,
  MedicationStatement,
  Meta,
  Observation,
  Patient,
  Quantity,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import type { InvestigationResult, PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { deterministicUuid } from './deterministicUuid.ts';
import { LOINC, RELATIVE, SIMULATED, SNOMED, SYSTEM } from './fhirCodes.ts';

export interface FhirOptions {
  /** Adds ICD-10 codes of past and family conditions and test categories from the knowledge base. */
  ontology?: Ontology;
  /** The date the case is set on (YYYY-MM-DD): gives the patient a birth year and the bundle a timestamp. */
  asOf?: string;
}

const META: Meta = { security: [{ ...SIMULATED }] };

function concept(text: string, system?: string, code?: string, display?: string): CodeableConcept {
  if (system === undefined || code === undefined) return { text };
  return { coding: [{ system, code, ...(display ? { display } : {}) }], text };
}

function category(system: string, code: string): CodeableConcept[] {
  return [{ coding: [{ system, code }] }];
}

/** ICD-10 (or ICD-10-CM) written by name in the knowledge base is the FHIR canonical system URI. */
function icdSystem(system: string): string {
  const name = system.trim().toLowerCase().replace(/[\s_]/g, '-');
  if (name === 'icd-10' || name === 'icd10') return SYSTEM.icd10;
  if (name === 'icd-10-cm' || name === 'icd10cm') return SYSTEM.icd10cm;
  return system;
}

function quantity(value: number, unit: string, code?: string): Quantity {
  return code ? { value, unit, system: SYSTEM.ucum, code } : { value, unit };
}

const INTERPRETATION: Record<InvestigationResult['flag'], { code: string; display: string }> = {
  normal: { code: 'N', display: 'Normal' },
  low: { code: 'L', display: 'Low' },
  high: { code: 'H', display: 'High' },
  abnormal: { code: 'A', display: 'Abnormal' },
};

const TEST_CATEGORY: Record<string, string> = {
  blood: 'laboratory',
  microbiology: 'laboratory',
  imaging: 'imaging',
  cardiac: 'procedure',
  respiratory: 'procedure',
  bedside: 'procedure',
  other: 'procedure',
};

/** The record as a FHIR R4 `collection` Bundle; never throws. */
export function toFhirBundle(record: PatientRecord, options: FhirOptions = {}): Bundle {
  const { ontology, asOf } = options;
  const entries: BundleEntry[] = [];
  const urlOf = (key: string): string => `urn:uuid:${deterministicUuid(`${record.id}/${key}`)}`;
  const add = (key: string, resource: Resource): void => {
    const id = deterministicUuid(`${record.id}/${key}`);
    // each resource is built fresh for this bundle, so it is ours to complete
    resource.id = id;
    entries.push({ fullUrl: `urn:uuid:${id}`, resource });
  };
  const subject: Reference<Patient> = { reference: urlOf('patient') };
  const d = record.demographics;
  const h = record.history;

  const patient: Patient = {
    resourceType: 'Patient',
    meta: META,
    identifier: [{ system: `${SYSTEM.local}/record`, value: record.id }],
    name: [
      { use: 'official', given: [d.givenName], family: d.familyName, text: `${d.givenName} ${d.familyName}` },
    ],
    gender: d.sex,
    ...(asOf ? { birthDate: String(Number(asOf.slice(0, 4)) - d.age) } : {}),
  };
  add('patient', patient);

  const diagnosis: Condition = {
    resourceType: 'Condition',
    meta: META,
    subject,
    category: category(SYSTEM.conditionCategory, 'encounter-diagnosis'),
    clinicalStatus: concept('active', SYSTEM.conditionClinical, 'active'),
    verificationStatus: concept('confirmed', SYSTEM.conditionVerification, 'confirmed'),
    code: concept(
      record.condition.name,
      icdSystem(record.condition.icd10.system),
      record.condition.icd10.code,
      record.condition.icd10.display,
    ),
    note: [
      { text: `Simulated teaching case (${record.difficulty}, ${record.variant}); not a real patient.` },
    ],
  };
  add('diagnosis', diagnosis);

  record.presentation.symptoms.forEach((s, i) => {
    const started = s.attributes.started;
    const symptom: Condition = {
      resourceType: 'Condition',
      meta: META,
      subject,
      category: category(SYSTEM.usCoreConditionCategory, 'health-concern'),
      clinicalStatus: concept('active', SYSTEM.conditionClinical, 'active'),
      code: concept(s.name, `${SYSTEM.local}/symptom`, s.id),
      ...(started ? { onsetString: `${started.value} ${started.unit} before presentation` } : {}),
      ...(s.id === record.presentation.chiefComplaint
        ? { note: [{ text: `Presenting complaint: "${record.presentation.words}"` }] }
        : {}),
    };
    add(`symptom/${i}`, symptom);
  });

  h.conditions.forEach((c) => {
    const icd = ontology?.chronicConditions.get(c.id)?.icd10;
    const past: Condition = {
      resourceType: 'Condition',
      meta: META,
      subject,
      category: category(SYSTEM.conditionCategory, 'problem-list-item'),
      clinicalStatus: concept('active', SYSTEM.conditionClinical, 'active'),
      verificationStatus: concept('confirmed', SYSTEM.conditionVerification, 'confirmed'),
      code: icd ? concept(c.name, icdSystem(icd.system), icd.code, icd.display) : concept(c.name),
      onsetAge: quantity(d.age - c.sinceYears, 'years', 'a'),
    };
    add(`condition/${c.id}`, past);
  });

  const vital = (key: string, code: string, display: string, value: Quantity): void => {
    const observation: Observation = {
      resourceType: 'Observation',
      meta: META,
      status: 'final',
      category: category(SYSTEM.observationCategory, 'vital-signs'),
      code: concept(display, SYSTEM.loinc, code, display),
      subject,
      valueQuantity: value,
    };
    add(`vitals/${key}`, observation);
  };
  const v = record.vitals;
  vital('heart-rate', LOINC.heartRate, 'Heart rate', quantity(v.heartRate, 'beats/minute', '/min'));
  vital(
    'respiratory-rate',
    LOINC.respiratoryRate,
    'Respiratory rate',
    quantity(v.respiratoryRate, 'breaths/minute', '/min'),
  );
  vital(
    'spo2',
    LOINC.spo2,
    'Oxygen saturation in Arterial blood by Pulse oximetry',
    quantity(v.spo2, '%', '%'),
  );
  vital('temperature', LOINC.temperature, 'Body temperature', quantity(v.temperature, 'C', 'Cel'));
  const bloodPressure: Observation = {
    resourceType: 'Observation',
    meta: META,
    status: 'final',
    category: category(SYSTEM.observationCategory, 'vital-signs'),
    code: concept(
      'Blood pressure panel',
      SYSTEM.loinc,
      LOINC.bloodPressure,
      'Blood pressure panel with all children optional',
    ),
    subject,
    component: [
      {
        code: concept('Systolic blood pressure', SYSTEM.loinc, LOINC.systolic, 'Systolic blood pressure'),
        valueQuantity: quantity(v.systolic, 'mmHg', 'mm[Hg]'),
      },
      {
        code: concept('Diastolic blood pressure', SYSTEM.loinc, LOINC.diastolic, 'Diastolic blood pressure'),
        valueQuantity: quantity(v.diastolic, 'mmHg', 'mm[Hg]'),
      },
    ],
  };
  add('vitals/blood-pressure', bloodPressure);

  record.examination.forEach((f) => {
    const finding: Observation = {
      resourceType: 'Observation',
      meta: META,
      status: 'final',
      category: category(SYSTEM.observationCategory, 'exam'),
      code: concept(f.text, `${SYSTEM.local}/finding`, f.id),
      subject,
      bodySite: { text: f.system },
      valueString: f.text,
    };
    add(`exam/${f.id}`, finding);
  });

  record.investigations.forEach((r) => {
    const kind = TEST_CATEGORY[ontology?.investigation(r.id)?.category ?? ''] ?? 'laboratory';
    const flag = INTERPRETATION[r.flag];
    const result: Observation = {
      resourceType: 'Observation',
      meta: META,
      status: 'final',
      category: category(SYSTEM.observationCategory, kind),
      code: concept(r.name, `${SYSTEM.local}/investigation`, r.id),
      subject,
      ...(r.value !== undefined ? { valueQuantity: quantity(r.value, r.unit ?? '') } : {}),
      ...(r.value === undefined && r.text !== undefined ? { valueString: r.text } : {}),
      interpretation: [concept(flag.display, SYSTEM.interpretation, flag.code, flag.display)],
      ...(r.range
        ? {
            referenceRange: [
              { low: quantity(r.range.low, r.unit ?? ''), high: quantity(r.range.high, r.unit ?? '') },
            ],
          }
        : {}),
    };
    add(`result/${r.id}`, result);
  });

  const social = (key: string, resource: Omit<Observation, 'resourceType' | 'status' | 'subject'>): void => {
    add(`social/${key}`, {
      resourceType: 'Observation',
      meta: META,
      status: 'final',
      category: category(SYSTEM.observationCategory, 'social-history'),
      subject,
      ...resource,
    });
  };
  const smoking = h.social.smoking;
  const smokingCode =
    smoking.status === 'current'
      ? SNOMED.currentSmoker
      : smoking.status === 'ex'
        ? SNOMED.exSmoker
        : SNOMED.neverSmoked;
  social('smoking', {
    code: concept('Tobacco smoking status', SYSTEM.loinc, LOINC.smokingStatus, 'Tobacco smoking status'),
    valueCodeableConcept: concept(smokingCode.display, SYSTEM.snomed, smokingCode.code, smokingCode.display),
    ...(smoking.status === 'never'
      ? {}
      : {
          component: [
            {
              code: concept('Pack-years'),
              valueQuantity: quantity(smoking.packYears, 'pack-years', '{pack-years}'),
            },
            {
              code: concept('Cigarettes per day'),
              valueQuantity: quantity(smoking.perDay, 'cigarettes/day', '/d'),
            },
          ],
        }),
  });
  social('alcohol', {
    code: concept('Alcohol intake', SYSTEM.snomed, SNOMED.alcoholIntake.code, SNOMED.alcoholIntake.display),
    valueQuantity: quantity(h.social.alcoholUnitsPerWeek, 'UK units/week', '{units}/wk'),
  });
  social('occupation', {
    code: concept('History of Occupation', SYSTEM.loinc, LOINC.occupation, 'History of Occupation'),
    valueString: d.occupation,
  });
  social('living', { code: concept('Living situation'), valueString: d.living });
  h.social.exposures.forEach((e) => {
    social(`exposure/${e.id}`, {
      code: concept(e.id, `${SYSTEM.local}/exposure`, e.id),
      valueString: e.text,
    });
  });
  h.social.drugs.forEach((x) => {
    social(`drug/${x.id}`, { code: concept(`Recreational drug use: ${x.name}`), valueString: x.lay });
  });
  if (h.pregnant !== undefined) {
    const status = h.pregnant ? SNOMED.pregnant : SNOMED.notPregnant;
    social('pregnancy', {
      code: concept('Pregnancy status', SYSTEM.loinc, LOINC.pregnancyStatus, 'Pregnancy status'),
      valueCodeableConcept: concept(status.display, SYSTEM.snomed, status.code, status.display),
    });
  }

  h.allergies.forEach((a) => {
    const allergy: AllergyIntolerance = {
      resourceType: 'AllergyIntolerance',
      meta: META,
      patient: subject,
      clinicalStatus: concept('active', SYSTEM.allergyClinical, 'active'),
      verificationStatus: concept('confirmed', SYSTEM.allergyVerification, 'confirmed'),
      code: concept(a.substance, `${SYSTEM.local}/allergy`, a.id),
      reaction: [{ manifestation: [{ text: a.reaction }] }],
    };
    add(`allergy/${a.id}`, allergy);
  });

  h.medications.forEach((m) => {
    const reason = m.for === undefined ? undefined : h.conditions.find((c) => c.id === m.for)?.name;
    const statement: MedicationStatement = {
      resourceType: 'MedicationStatement',
      meta: META,
      status: 'active',
      subject,
      medicationCodeableConcept: concept(m.name, `${SYSTEM.local}/medication`, m.id),
      dosage: [{ text: `${m.dose} ${m.frequency}` }],
      ...(reason ? { reasonCode: [concept(reason)] } : {}),
      ...(m.lay ? { note: [{ text: `Patient calls it "${m.lay}".` }] } : {}),
    };
    add(`medication/${m.id}`, statement);
  });

  h.family.forEach((f, i) => {
    const relation = RELATIVE[f.relation] ?? { code: 'FAMMEMB', display: f.relation };
    const icd = ontology?.chronicConditions.get(f.conditionId)?.icd10;
    const history: FamilyMemberHistory = {
      resourceType: 'FamilyMemberHistory',
      meta: META,
      status: 'completed',
      patient: subject,
      relationship: concept(relation.display, SYSTEM.roleCode, relation.code, relation.display),
      condition: [
        {
          code: icd ? concept(f.name, icdSystem(icd.system), icd.code, icd.display) : concept(f.name),
          ...(f.ageAtOnset !== undefined ? { onsetAge: quantity(f.ageAtOnset, 'years', 'a') } : {}),
        },
      ],
    };
    add(`family/${i}`, history);
  });

  return {
    resourceType: 'Bundle',
    id: deterministicUuid(`${record.id}/bundle`),
    meta: { ...META, tag: [{ system: `${SYSTEM.local}/generator`, code: record.generatorVersion }] },
    identifier: { system: `${SYSTEM.local}/record`, value: record.id },
    type: 'collection',
    ...(asOf ? { timestamp: `${asOf}T00:00:00Z` } : {}),
    entry: entries,
  };
}
