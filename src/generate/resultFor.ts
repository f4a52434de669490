/**
 * The result of any investigation for a patient: the record's own result when it has one, else a
 * result that is the same every time it is asked for (seeded from the record's seed and the test id):
 * what the patient's medications or chronic conditions make it (warfarin: INR 2.0–3.5, known HIV: a
 * positive test), else normal for the patient's age and sex. Used by `/order <test>`.
 */
import { PatientZeroError } from '../domain/errors.ts';
import type { InvestigationResult, PatientRecord } from '../domain/record.ts';
import { historyEffectOn } from '../ontology/historyEffectOn.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { referenceRangeFor } from '../ontology/referenceRangeFor.ts';
import { buildResult } from './buildResult.ts';
import { createRng } from './rng.ts';

/** Central share of the reference range a normal value is drawn from (clearly normal, not borderline). */
const NORMAL_SHARE = 0.8;

/** @throws PatientZeroError `unknown_test` when the id is not in the knowledge base (resolve names first). */
export function resultFor(
  record: PatientRecord,
  ontology: Ontology,
  investigationId: string,
): InvestigationResult {
  const own = record.investigations.find((r) => r.id === investigationId);
  if (own) return own;
  const def = ontology.investigation(investigationId);
  if (!def) {
    throw new PatientZeroError('unknown_test', `no investigation "${investigationId}"`, {
      id: investigationId,
    });
  }
  const rng = createRng(`${record.seed}|${record.id}|result|${investigationId}`);
  const effect = historyEffectOn(record.history, ontology, investigationId);
  if (effect) return buildResult(def, record.demographics, effect, rng);
  if (def.type === 'qualitative') return buildResult(def, record.demographics, { text: [def.normal] }, rng);
  const { age, sex } = record.demographics;
  const range = referenceRangeFor(def, age, sex);
  const margin = ((range.high - range.low) * (1 - NORMAL_SHARE)) / 2;
  return buildResult(
    def,
    record.demographics,
    { value: { low: range.low + margin, high: range.high - margin } },
    rng,
  );
}
