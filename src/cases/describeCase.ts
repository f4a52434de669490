/** The thread title and the triage note of a new case: who the patient is and why they came, never the diagnosis. */
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';

/** The patient's display name, as the patient speaks in the thread. */
export function patientName(record: PatientRecord): string {
  return `${record.demographics.givenName} ${record.demographics.familyName}`;
}

function complaintName(record: PatientRecord, ontology: Ontology): string {
  return (
    ontology.symptom(record.presentation.chiefComplaint)?.name ?? record.presentation.chiefComplaint
  ).toLowerCase();
}

/** At most 100 characters (Discord's thread-name limit). */
export function caseTitle(record: PatientRecord, ontology: Ontology): string {
  return `${patientName(record)}, ${record.demographics.age} — ${complaintName(record, ontology)}`.slice(
    0,
    100,
  );
}

export function triageNote(record: PatientRecord, ontology: Ontology): string {
  const d = record.demographics;
  return [
    `**Triage note** — ${patientName(record)}, ${d.age}-year-old ${d.sex === 'male' ? 'man' : 'woman'}, ${d.occupation.toLowerCase()}.`,
    `Presenting complaint: ${complaintName(record, ontology)}.`,
    `In their words: “${record.presentation.words}”`,
    '',
    'Take a history by talking in this thread. Examine with `/patient exam`, order tests with `/patient order`, see observations with `/patient vitals`, ask for a `/patient hint`, and commit privately with `/patient diagnose`.',
  ].join('\n');
}
