/** `/exam <system>`: the record's findings for one body system, or that system's normal examination. */
import type { PatientRecord } from '../domain/record.ts';
import { fail, ok, type Result } from '../domain/result.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { matchName, rankNames } from '../text/matchName.ts';

export interface ExamResult {
  system: string;
  text: string;
}

/** Candidates for `/exam`: every examinable system with its aliases. */
export function examinableSystems(ontology: Ontology): { id: string; names: string[] }[] {
  return [...ontology.systems.values()]
    .filter((s) => s.examinable)
    .map((s) => ({ id: s.id, names: [s.name, ...s.aliases] }));
}

/** Examines one system; an unknown system name fails with the valid names as suggestions. */
export function examineSystem(record: PatientRecord, ontology: Ontology, input: string): Result<ExamResult> {
  const systems = examinableSystems(ontology);
  const match = matchName(input, systems);
  if (!match) {
    return fail('unknown_system', {
      input,
      suggestions: rankNames(input, systems)
        .slice(0, 3)
        .map((m) => ontology.systems.get(m.id)?.name ?? m.id),
      valid: systems.map((s) => s.names[0] ?? s.id),
    });
  }
  const def = ontology.systems.get(match.id);
  const name = def?.name ?? match.id;
  const findings = record.examination.filter((f) => f.system === match.id).map((f) => f.text);
  const text =
    findings.length > 0
      ? `${name} examination: ${findings.join('. ').replace(/\.\./g, '.')}. No other abnormality detected.`
      : `${name} examination: ${def?.normalExam ?? 'No abnormality detected.'}`;
  return ok({ system: match.id, text: text.replace(/\.\s*\./g, '.') });
}
