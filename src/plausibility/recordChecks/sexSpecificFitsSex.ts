/**
 * Nothing sex-specific belongs to the other sex: past conditions, operations (no hysterectomy in a
 * man), medications (no combined pill), symptoms, examination findings, and the relatives named for a
 * sex-specific family condition.
 */
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'sex-specific-fits-sex';
const RELATIVE_SEX = {
  mother: 'female',
  sister: 'female',
  grandmother: 'female',
  father: 'male',
  brother: 'male',
  grandfather: 'male',
} as const;

function test(
  out: RecordViolation[],
  sex: string,
  path: string,
  what: string,
  id: string,
  defSex: string | undefined,
): void {
  if (defSex !== undefined && defSex !== sex) {
    out.push({ rule, path, message: `${what} "${id}" is ${defSex}-only but the patient is ${sex}` });
  }
}

export const sexSpecificFitsSex: RecordCheck = {
  name: rule,
  description:
    "Sex-specific conditions, operations, medications, symptoms and findings match the patient's sex.",
  check(record, ontology) {
    const { sex } = record.demographics;
    const out: RecordViolation[] = [];
    record.history.conditions.forEach((c, i) => {
      test(
        out,
        sex,
        `history.conditions[${i}]`,
        'condition',
        c.id,
        ontology.chronicConditions.get(c.id)?.sex,
      );
    });
    record.history.surgeries.forEach((s, i) => {
      test(out, sex, `history.surgeries[${i}]`, 'operation', s.id, ontology.surgeries.get(s.id)?.sex);
    });
    record.history.medications.forEach((m, i) => {
      test(out, sex, `history.medications[${i}]`, 'medication', m.id, ontology.medications.get(m.id)?.sex);
    });
    record.presentation.symptoms.forEach((s, i) => {
      test(out, sex, `presentation.symptoms[${i}]`, 'symptom', s.id, ontology.symptom(s.id)?.sex);
    });
    record.presentation.negatives.forEach((s, i) => {
      test(out, sex, `presentation.negatives[${i}]`, 'symptom', s, ontology.symptom(s)?.sex);
    });
    record.examination.forEach((f, i) => {
      test(out, sex, `examination[${i}]`, 'finding', f.id, ontology.findings.get(f.id)?.sex);
    });
    record.history.family.forEach((f, i) => {
      const defSex = ontology.chronicConditions.get(f.conditionId)?.sex;
      if (defSex !== undefined && RELATIVE_SEX[f.relation] !== defSex) {
        out.push({
          rule,
          path: `history.family[${i}]`,
          message: `a ${f.relation} cannot have the ${defSex}-only "${f.conditionId}"`,
        });
      }
    });
    return out;
  },
};
