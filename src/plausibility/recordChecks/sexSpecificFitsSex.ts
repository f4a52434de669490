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
  list: string,
  i: number,
  what: string,
  id: string,
  defSex: string | undefined,
): void {
  if (defSex !== undefined && defSex !== sex) {
    out.push({
      rule,
      path: `${list}[${i}]`,
      message: `${what} "${id}" is ${defSex}-only but the patient is ${sex}`,
    });
  }
}

export const sexSpecificFitsSex: RecordCheck = {
  name: rule,
  description:
    "Sex-specific conditions, operations, medications, symptoms and findings match the patient's sex.",
  check(record, ontology) {
    const { sex } = record.demographics;
    const out: RecordViolation[] = [];
    // paths are built only for a violation: this rule runs on every generated record
    const { conditions, surgeries, medications } = record.history;
    for (let i = 0; i < conditions.length; i++) {
      const id = conditions[i]?.id ?? '';
      test(out, sex, 'history.conditions', i, 'condition', id, ontology.chronicConditions.get(id)?.sex);
    }
    for (let i = 0; i < surgeries.length; i++) {
      const id = surgeries[i]?.id ?? '';
      test(out, sex, 'history.surgeries', i, 'operation', id, ontology.surgeries.get(id)?.sex);
    }
    for (let i = 0; i < medications.length; i++) {
      const id = medications[i]?.id ?? '';
      test(out, sex, 'history.medications', i, 'medication', id, ontology.medications.get(id)?.sex);
    }
    const { symptoms, negatives } = record.presentation;
    for (let i = 0; i < symptoms.length; i++) {
      const id = symptoms[i]?.id ?? '';
      test(out, sex, 'presentation.symptoms', i, 'symptom', id, ontology.symptoms.get(id)?.sex);
    }
    for (let i = 0; i < negatives.length; i++) {
      const id = negatives[i] ?? '';
      test(out, sex, 'presentation.negatives', i, 'symptom', id, ontology.symptoms.get(id)?.sex);
    }
    for (let i = 0; i < record.examination.length; i++) {
      const id = record.examination[i]?.id ?? '';
      test(out, sex, 'examination', i, 'finding', id, ontology.findings.get(id)?.sex);
    }
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
