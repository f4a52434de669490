/**
 * Every symptom is one the condition (as changed by the record's variant) produces, with attributes
 * taken from the condition's options; the chief complaint is one of them that can be presenting; every
 * denied symptom is a pertinent negative of the condition that the patient does not have.
 */
import type { SymptomFacts } from '../../domain/record.ts';
import { presentationOf } from '../../ontology/presentationOf.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'symptoms-from-condition';
const TEXTS = ['site', 'onset', 'character', 'radiation', 'timing', 'exacerbating', 'relieving'] as const;

/** A symptom's path, built only for a violation: this rule runs on every generated record. */
function at(i: number, suffix: string): string {
  return `presentation.symptoms[${i}]${suffix}`;
}

export const symptomsFromCondition: RecordCheck = {
  name: rule,
  description:
    'Symptoms, their attributes, the chief complaint and the pertinent negatives all come from the condition.',
  check(record, ontology) {
    const def = ontology.condition(record.condition.id);
    if (!def) return [];
    const { symptomById: pool, canLead } = presentationOf(def, record.variant);
    const out: RecordViolation[] = [];
    const { symptoms, chiefComplaint, negatives } = record.presentation;

    symptoms.forEach((s, i) => {
      const source = pool.get(s.id);
      if (!source) {
        out.push({
          rule,
          path: at(i, ''),
          message: `"${s.id}" is not a symptom of ${def.id} (${record.variant})`,
        });
        return;
      }
      const facts: SymptomFacts = s.attributes;
      for (const key of TEXTS) {
        const value = facts[key];
        if (value !== undefined && !(source.attributes[key] ?? []).includes(value)) {
          out.push({
            rule,
            path: at(i, `.attributes.${key}`),
            message: `"${value}" is not one of ${def.id}'s options`,
          });
        }
      }
      const { started, severity } = source.attributes;
      if (facts.started) {
        if (
          !started ||
          facts.started.unit !== started.unit ||
          facts.started.value < started.low ||
          facts.started.value > started.high
        ) {
          out.push({
            rule,
            path: at(i, '.attributes.started'),
            message: `started ${facts.started.value} ${facts.started.unit} ago is outside ${def.id}'s timeline`,
          });
        }
      }
      if (facts.severity !== undefined) {
        if (
          !severity ||
          facts.severity < Math.floor(severity.low) ||
          facts.severity > Math.ceil(severity.high)
        ) {
          out.push({
            rule,
            path: at(i, '.attributes.severity'),
            message: `severity ${facts.severity} is outside ${def.id}'s range`,
          });
        }
      }
    });

    const present = new Set(symptoms.map((s) => s.id));
    if (!present.has(chiefComplaint)) {
      out.push({
        rule,
        path: 'presentation.chiefComplaint',
        message: `chief complaint "${chiefComplaint}" is not among the symptoms`,
      });
    } else {
      if (canLead && (pool.get(chiefComplaint)?.chief ?? 0) <= 0) {
        out.push({
          rule,
          path: 'presentation.chiefComplaint',
          message: `"${chiefComplaint}" is never the presenting complaint of ${def.id}`,
        });
      }
    }
    negatives.forEach((n, i) => {
      const path = `presentation.negatives[${i}]`;
      if (!def.pertinentNegatives.includes(n)) {
        out.push({ rule, path, message: `"${n}" is not a pertinent negative of ${def.id}` });
      }
      if (present.has(n)) out.push({ rule, path, message: `"${n}" is both present and denied` });
    });
    return out;
  },
};
