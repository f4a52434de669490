/** Every record check rejects a record broken in its own way, and passes generated records. */
import { describe, expect, it } from 'vitest';
import type { PatientRecord } from '../../src/domain/record.ts';
import { generatePatients } from '../../src/generate/generatePatients.ts';
import { checkRecord } from '../../src/plausibility/checkRecord.ts';
import { RECORD_CHECKS } from '../../src/plausibility/recordChecks/index.ts';
import { tinyOntology } from '../generate/tinyOntology.ts';

const tiny = tinyOntology();

function find(condition: string, test: (r: PatientRecord) => boolean): PatientRecord {
  const specialty = tiny.condition(condition)?.specialty ?? '';
  for (const item of generatePatients(tiny, {
    specialty,
    seed: 'checks',
    count: 2000,
    condition,
    difficulty: 'medium',
  })) {
    if (item.ok && test(item.value.record)) return item.value.record;
  }
  throw new Error(`no ${condition} record matches`);
}

/** A 50-something man with an MI, typical presentation, a troponin result and a heart rate mid-range. */
const man = find(
  'test-mi',
  (r) =>
    r.demographics.sex === 'male' &&
    r.demographics.age >= 45 &&
    r.demographics.age <= 65 &&
    r.variant === 'typical' &&
    r.vitals.heartRate < 119 &&
    r.investigations.some((i) => i.id === 'troponin'),
);
/** A woman of reproductive age with a PE. */
const woman = find('test-pe', (r) => r.demographics.sex === 'female' && r.demographics.age <= 45);

/** A medium-difficulty stable angina. */
const angina = find('test-angina', () => true);

function broken(base: PatientRecord, change: (r: PatientRecord) => void): PatientRecord {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

const rulesOf = (r: PatientRecord): string[] => checkRecord(r, tiny).map((v) => v.rule);

const CASES: Record<string, [PatientRecord, (r: PatientRecord) => void]> = {
  'matches-schema': [
    man,
    (r) => {
      r.vitals.heartRate += 0.5;
    },
  ],
  'condition-consistent': [
    man,
    (r) => {
      r.specialty = 'respiratory';
    },
  ],
  'age-within-condition-range': [
    man,
    (r) => {
      r.demographics.age = 20;
    },
  ],
  'systolic-above-diastolic': [
    man,
    (r) => {
      r.vitals.diastolic = r.vitals.systolic;
    },
  ],
  'spo2-at-most-100': [
    man,
    (r) => {
      r.vitals.spo2 = 101;
    },
  ],
  'vitals-within-limits': [
    man,
    (r) => {
      r.vitals.heartRate = 300;
    },
  ],
  'vitals-match-condition': [
    man,
    (r) => {
      r.vitals.heartRate = 60;
    },
  ],
  'no-pregnancy-in-males': [
    man,
    (r) => {
      r.history.pregnant = false;
    },
  ],
  'pregnancy-at-reproductive-age': [woman, (r) => void delete r.history.pregnant],
  'sex-specific-fits-sex': [
    man,
    (r) =>
      void r.history.surgeries.push({
        id: 'hysterectomy',
        name: 'Hysterectomy',
        lay: 'my womb removed',
        yearsAgo: 5,
      }),
  ],
  'no-allergic-medication': [
    man,
    (r) => {
      r.history.allergies = [{ id: 'aspirin-allergy', substance: 'Aspirin', reaction: 'wheeze' }];
      r.history.medications = [
        { id: 'aspirin', name: 'Aspirin', class: 'salicylates', dose: '75 mg', frequency: 'daily' },
      ];
    },
  ],
  'no-duplicate-medication': [
    man,
    (r) => {
      r.history.medications = [
        { id: 'atorvastatin', name: 'Atorvastatin', class: 'statins', dose: '20 mg', frequency: 'nightly' },
        { id: 'simvastatin', name: 'Simvastatin', class: 'statins', dose: '40 mg', frequency: 'nightly' },
      ];
    },
  ],
  'no-drug-unsafe-in-pregnancy': [
    woman,
    (r) => {
      r.history.pregnant = true;
      r.history.social.exposures = [{ id: 'pregnancy-postpartum', text: "I'm 30 weeks pregnant." }];
      r.history.medications = [
        { id: 'ramipril', name: 'Ramipril', class: 'ace-inhibitors', dose: '5 mg', frequency: 'daily' },
      ];
    },
  ],
  'medications-fit-age': [
    woman,
    (r) => {
      r.demographics.age = 70;
      delete r.history.pregnant;
      r.history.social.exposures = [];
      r.history.medications = [
        {
          id: 'combined-oral-contraceptive',
          name: 'Combined pill',
          class: 'combined-hormonal-contraceptives',
          dose: '1 tablet',
          frequency: 'daily',
        },
      ];
    },
  ],
  'history-ids-known': [
    man,
    (r) => {
      r.history.conditions.push({ id: 'made-up', name: 'Made up', lay: 'x', sinceYears: 1 });
    },
  ],
  'history-timeline-fits': [
    man,
    (r) => {
      r.history.conditions = [
        {
          id: 'ischaemic-heart-disease',
          name: 'Ischaemic heart disease',
          lay: 'heart trouble',
          sinceYears: r.demographics.age,
        },
      ];
      r.history.medications = [];
    },
  ],
  'history-fits-condition': [
    angina,
    (r) => void r.history.surgeries.push({ id: 'cabg', name: 'CABG', lay: 'a heart bypass', yearsAgo: 2 }),
  ],
  'surgeries-have-reason': [
    man,
    (r) => {
      r.history.conditions = r.history.conditions.filter((c) => c.id !== 'ischaemic-heart-disease');
      r.history.medications = r.history.medications.filter((m) => m.for !== 'ischaemic-heart-disease');
      r.history.surgeries.push({ id: 'cabg', name: 'CABG', lay: 'a heart bypass', yearsAgo: 2 });
    },
  ],
  'results-follow-history': [
    man,
    (r) => {
      if (!r.history.conditions.some((c) => c.id === 'type-2-diabetes'))
        r.history.conditions.push({
          id: 'type-2-diabetes',
          name: 'Type 2 diabetes',
          lay: 'diabetes',
          sinceYears: 3,
        });
      r.investigations.push({
        id: 'glucose',
        name: 'Glucose',
        value: 5,
        unit: 'mmol/L',
        range: { low: 3.5, high: 7.8 },
        flag: 'normal',
      });
    },
  ],
  'presentation-coherent': [
    man,
    (r) => {
      const chief = r.presentation.symptoms[0];
      if (chief) chief.attributes.started = { value: 1, unit: 'hours' };
      r.presentation.symptoms.push({
        id: 'breathlessness',
        name: 'Breathlessness',
        attributes: { started: { value: 5, unit: 'hours' } },
      });
    },
  ],
  'smoking-consistent': [
    man,
    (r) => {
      r.history.social.smoking = { status: 'current', perDay: 20, years: 10, packYears: 50 };
    },
  ],
  'symptoms-from-condition': [
    man,
    (r) => {
      r.presentation.symptoms.push({ id: 'cough', name: 'Cough', attributes: {} });
    },
  ],
  'findings-from-condition': [
    man,
    (r) =>
      void r.examination.push({
        system: 'respiratory',
        id: 'pleural-rub',
        text: 'Pleural rub on the right.',
      }),
  ],
  'investigations-from-condition': [
    man,
    (r) => {
      for (const i of r.investigations) if (i.id === 'troponin') i.flag = 'normal';
    },
  ],
  'ice-does-not-name-diagnosis': [
    man,
    (r) => {
      r.persona.concern = "I'm scared it's a heart attack.";
    },
  ],
  'exposures-fit-patient': [
    woman,
    (r) => {
      r.history.social.exposures.push({ id: 'long-haul-travel', text: 'I walked to Rome and back.' });
    },
  ],
  'words-do-not-name-diagnosis': [
    man,
    (r) => {
      r.presentation.words = 'I think I am having a Heart-Attack.';
    },
  ],
};

describe('record checks', () => {
  it('GIVEN the base records THEN they break no rule', () => {
    expect(checkRecord(man, tiny)).toEqual([]);
    expect(checkRecord(woman, tiny)).toEqual([]);
    expect(checkRecord(angina, tiny)).toEqual([]);
  });

  it('GIVEN the list of rules THEN every rule has a broken-record case here', () => {
    expect(Object.keys(CASES).sort()).toEqual(RECORD_CHECKS.map((c) => c.name).sort());
  });

  it.each(Object.entries(CASES))(
    'GIVEN a record broken for %s THEN that rule rejects it',
    (rule, [base, change]) => {
      const bad = broken(base, change);
      const violations = checkRecord(bad, tiny);
      expect(violations.map((v) => v.rule)).toContain(rule);
      for (const v of violations) expect(v.message.length).toBeGreaterThan(0);
    },
  );

  it('GIVEN an easy record with an atypical variant THEN condition-consistent rejects it', () => {
    const old = find('test-mi', (r) => r.variant === 'silent');
    expect(rulesOf(old)).toEqual([]);
    expect(
      rulesOf(
        broken(old, (r) => {
          r.difficulty = 'easy';
        }),
      ),
    ).toContain('condition-consistent');
    expect(
      rulesOf(
        broken(old, (r) => {
          r.demographics.age = 50;
        }),
      ),
    ).toContain('condition-consistent');
  });

  it('GIVEN a woman past 50 with a pregnancy status or a pregnancy exposure THEN pregnancy-at-reproductive-age rejects it', () => {
    const older = broken(woman, (r) => {
      r.demographics.age = 60;
      r.history.pregnant = false;
    });
    expect(rulesOf(older)).toContain('pregnancy-at-reproductive-age');
  });

  it('GIVEN a man with a pregnancy exposure THEN no-pregnancy-in-males rejects it', () => {
    const bad = broken(man, (r) => {
      r.history.social.exposures.push({ id: 'pregnancy-postpartum', text: "I'm pregnant." });
    });
    expect(rulesOf(bad)).toContain('no-pregnancy-in-males');
  });

  it('GIVEN a medication for the other sex THEN sex-specific-fits-sex rejects it', () => {
    const bad = broken(man, (r) => {
      r.history.medications = [
        {
          id: 'combined-oral-contraceptive',
          name: 'Combined pill',
          class: 'combined-hormonal-contraceptives',
          dose: '1',
          frequency: 'daily',
        },
      ];
    });
    expect(rulesOf(bad)).toContain('sex-specific-fits-sex');
  });

  it('GIVEN an operation done past its maximum age THEN history-timeline-fits rejects it', () => {
    const bad = broken(woman, (r) => {
      r.demographics.age = 48;
      r.history.surgeries = [
        { id: 'caesarean-section', name: 'Caesarean section', lay: 'a caesarean', yearsAgo: 0 },
      ];
    });
    expect(rulesOf(bad)).toEqual([]);
    bad.demographics.age = 60;
    delete bad.history.pregnant;
    bad.history.social.exposures = [];
    bad.history.medications = [];
    expect(rulesOf(bad)).toContain('history-timeline-fits');
  });

  it('GIVEN a hysterectomy in a pregnant woman THEN surgeries-have-reason rejects it', () => {
    const bad = broken(woman, (r) => {
      r.history.pregnant = true;
      r.history.surgeries = [
        { id: 'hysterectomy', name: 'Hysterectomy', lay: 'my womb removed', yearsAgo: 1 },
      ];
    });
    expect(rulesOf(bad)).toContain('surgeries-have-reason');
  });

  it('GIVEN a CABG with ischaemic heart disease THEN surgeries-have-reason accepts it', () => {
    const ok = broken(man, (r) => {
      r.history.conditions.push({
        id: 'ischaemic-heart-disease',
        name: 'Ischaemic heart disease',
        lay: 'heart trouble',
        sinceYears: 1,
      });
      r.history.surgeries = [{ id: 'cabg', name: 'CABG', lay: 'a heart bypass', yearsAgo: 1 }];
    });
    expect(rulesOf(ok)).not.toContain('surgeries-have-reason');
  });

  it('GIVEN pain radiating to the arm THEN denying arm pain is rejected; opening words naming another site too', () => {
    const radiating = find('test-mi', (r) => r.presentation.symptoms[0]?.attributes.radiation !== undefined);
    expect(rulesOf(broken(radiating, (r) => void r.presentation.negatives.push('arm-pain')))).toContain(
      'presentation-coherent',
    );
    expect(
      rulesOf(
        broken(radiating, (r) => {
          r.presentation.words = 'My back is killing me.';
        }),
      ),
    ).toContain('presentation-coherent');
  });

  it('GIVEN a numeric result outside the condition’s range THEN investigations-from-condition rejects it', () => {
    const bad = broken(man, (r) => {
      for (const i of r.investigations) if (i.id === 'troponin') i.value = 5;
    });
    expect(rulesOf(bad)).toContain('investigations-from-condition');
  });

  it('GIVEN a symptom attribute not among the condition’s options THEN symptoms-from-condition rejects it', () => {
    const bad = broken(man, (r) => {
      const pain = r.presentation.symptoms.find((s) => s.id === 'chest-pain');
      if (pain) pain.attributes.character = 'like a tickle';
    });
    expect(rulesOf(bad)).toContain('symptoms-from-condition');
  });

  it('GIVEN a denied symptom the patient has THEN symptoms-from-condition rejects it', () => {
    const bad = broken(man, (r) => {
      r.presentation.negatives.push(r.presentation.chiefComplaint);
    });
    expect(rulesOf(bad)).toContain('symptoms-from-condition');
  });

  it('GIVEN a disguised diagnosis in ICE ("m.i.") THEN ice-does-not-name-diagnosis rejects it', () => {
    expect(
      rulesOf(
        broken(man, (r) => {
          r.persona.idea = 'Is it an M.I.?';
        }),
      ),
    ).toContain('ice-does-not-name-diagnosis');
    expect(
      rulesOf(
        broken(man, (r) => {
          r.persona.idea = 'I feel mild pain.';
        }),
      ),
    ).not.toContain('ice-does-not-name-diagnosis');
  });

  it('GIVEN a rule that crashes on a malformed record THEN checkRecord reports it instead of throwing', () => {
    const bad = broken(man, (r) => {
      Reflect.set(r.history, 'medications', undefined);
    });
    const violations = checkRecord(bad, tiny);
    expect(violations.some((v) => v.message.startsWith('check could not run'))).toBe(true);
  });

  it('GIVEN an exposure whose `when` the patient does not meet, or a pregnancy status against her account THEN exposures-fit-patient rejects it', () => {
    const drove = find('test-mi', (r) => r.history.social.exposures.some((e) => e.id === 'long-haul-travel'));
    expect(rulesOf(drove)).toEqual([]);
    const noDiabetes = broken(drove, (r) => {
      r.history.conditions = r.history.conditions.filter((c) => c.id !== 'type-2-diabetes');
      r.history.medications = r.history.medications.filter((m) => m.for !== 'type-2-diabetes');
    });
    expect(rulesOf(noDiabetes)).toContain('exposures-fit-patient');
    const postpartum = find('test-pe', (r) =>
      r.history.social.exposures.some((e) => e.text === 'I had my baby three weeks ago.'),
    );
    expect(rulesOf(postpartum)).toEqual([]);
    const said = broken(postpartum, (r) => {
      r.history.pregnant = true;
    });
    expect(rulesOf(said)).toContain('exposures-fit-patient');
    const pregnant = find('test-pe', (r) => r.history.pregnant === true);
    expect(rulesOf(pregnant)).toEqual([]);
    expect(
      rulesOf(
        broken(pregnant, (r) => {
          r.history.pregnant = false;
        }),
      ),
    ).toContain('exposures-fit-patient');
    expect(
      rulesOf(
        broken(pregnant, (r) => {
          r.demographics.age = 48;
        }),
      ),
    ).toContain('exposures-fit-patient');
  });

  it('GIVEN a variant that changes vitals, findings and results THEN the checks hold its record to the variant', () => {
    const silent = find(
      'test-mi',
      (r) => r.variant === 'silent' && r.investigations.some((i) => i.id === 'troponin'),
    );
    expect(rulesOf(silent)).toEqual([]);
    expect(
      rulesOf(
        broken(silent, (r) => {
          r.vitals.heartRate = 110;
        }),
      ),
    ).toContain('vitals-match-condition');
    expect(
      rulesOf(
        broken(silent, (r) => {
          r.examination.unshift({ system: 'general', id: 'diaphoresis', text: 'Pale and sweaty.' });
        }),
      ),
    ).toContain('findings-from-condition');
    expect(
      rulesOf(
        broken(silent, (r) => {
          const troponin = r.investigations.find((i) => i.id === 'troponin');
          if (troponin) {
            troponin.value = 3000;
            troponin.flag = 'high';
          }
        }),
      ),
    ).toContain('investigations-from-condition');
    // the same heart rate is the typical presentation's
    expect(
      rulesOf(
        broken(man, (r) => {
          r.vitals.heartRate = 110;
        }),
      ),
    ).not.toContain('vitals-match-condition');
  });
});
