/**
 * Every exposure is one of the condition's exposure risk factors, told in its words, whose `when` applies
 * to the patient (age, sex, their chronic conditions); and the patient is pregnant exactly when the
 * pregnancy exposure is an account of a current pregnancy (not of recent childbirth).
 */
import { appliesTo } from '../../ontology/appliesTo.ts';
import { PREGNANCY_EXPOSURE } from '../../ontology/pregnancy.ts';
import type { RiskFactor } from '../../ontology/schema.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'exposures-fit-patient';

type ExposureRisk = Extract<RiskFactor, { type: 'exposure' }>;

export const exposuresFitPatient: RecordCheck = {
  name: rule,
  description:
    'Exposures come from the condition, apply to the patient, and say pregnant exactly when the patient is.',
  check(record, ontology) {
    const def = ontology.condition(record.condition.id);
    if (!def) return [];
    const { exposures } = record.history.social;
    const out: RecordViolation[] = [];
    const { age, sex } = record.demographics;
    let own: Set<string> | undefined;
    let pregnancy: ExposureRisk['pregnancy'];
    for (let i = 0; i < exposures.length; i++) {
      const e = exposures[i];
      if (!e) continue;
      const sources = def.riskFactors.filter(
        (r): r is ExposureRisk => r.type === 'exposure' && r.id === e.id && r.text === e.text,
      );
      own ??= new Set(record.history.conditions.map((c) => c.id));
      const source = sources.find((r) => appliesTo(r.when, age, sex, own ?? new Set()));
      if (sources.length === 0) {
        out.push({
          rule,
          path: `history.social.exposures[${i}]`,
          message: `"${e.text}" is not one of ${def.id}'s ${e.id} accounts`,
        });
      } else if (!source) {
        out.push({
          rule,
          path: `history.social.exposures[${i}]`,
          message: `${e.id} does not apply to a ${age}-year-old ${sex} with this history`,
        });
      }
      if (e.id === PREGNANCY_EXPOSURE) pregnancy = (source ?? sources[0])?.pregnancy;
    }
    const { pregnant } = record.history;
    if (pregnant === true && pregnancy !== 'pregnant') {
      out.push({
        rule,
        path: 'history.pregnant',
        message: 'pregnant, but her account is not of a pregnancy',
      });
    }
    if (pregnant === false && pregnancy === 'pregnant') {
      out.push({
        rule,
        path: 'history.pregnant',
        message: 'not pregnant, but her account is of a pregnancy',
      });
    }
    return out;
  },
};
