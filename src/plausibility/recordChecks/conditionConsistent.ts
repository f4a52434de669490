/**
 * The diagnosis exists, belongs to the record's specialty, may be played at the record's difficulty,
 * and the variant is `typical` or one of its atypical presentations that applies to this patient.
 */
import { appliesTo } from '../../ontology/appliesTo.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'condition-consistent';

export const conditionConsistent: RecordCheck = {
  name: rule,
  description: "The condition exists in the record's specialty, allows its difficulty and its variant.",
  check(record, ontology) {
    const def = ontology.condition(record.condition.id);
    if (!def) return [{ rule, path: 'condition.id', message: `unknown condition "${record.condition.id}"` }];
    const out: RecordViolation[] = [];
    if (def.specialty !== record.specialty) {
      out.push({
        rule,
        path: 'specialty',
        message: `${def.id} belongs to ${def.specialty}, not ${record.specialty}`,
      });
    }
    if (!def.difficulty.includes(record.difficulty)) {
      out.push({
        rule,
        path: 'difficulty',
        message: `${def.id} is not played at ${record.difficulty} difficulty`,
      });
    }
    if (record.condition.name !== def.name || record.condition.icd10.code !== def.icd10.code) {
      out.push({ rule, path: 'condition', message: `name or ICD-10 code differs from ${def.id}'s` });
    }
    if (record.variant !== 'typical') {
      const v = def.atypical.find((a) => a.id === record.variant);
      const { age, sex } = record.demographics;
      const own = new Set(record.history.conditions.map((c) => c.id));
      if (!v) {
        out.push({ rule, path: 'variant', message: `${def.id} has no variant "${record.variant}"` });
      } else if (!appliesTo(v.when, age, sex, own)) {
        out.push({ rule, path: 'variant', message: `variant "${v.id}" does not apply to this patient` });
      }
    }
    if (record.difficulty === 'easy' && record.variant !== 'typical') {
      out.push({ rule, path: 'variant', message: 'easy cases present typically' });
    }
    return out;
  },
};
