/**
 * A pregnant patient takes nothing the knowledge base marks `pregnancy: avoid` (ACE inhibitors, ARBs,
 * statins, warfarin and the direct oral anticoagulants, methotrexate, NSAIDs in the third trimester, ...).
 */
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'no-drug-unsafe-in-pregnancy';

export const noDrugUnsafeInPregnancy: RecordCheck = {
  name: rule,
  description: 'A pregnant patient takes no medication marked to avoid in pregnancy.',
  check({ history }, ontology) {
    const out: RecordViolation[] = [];
    if (history.pregnant !== true) return out;
    history.medications.forEach((m, i) => {
      if (ontology.medications.get(m.id)?.pregnancy === 'avoid') {
        out.push({
          rule,
          path: `history.medications[${i}]`,
          message: `${m.name} is to be avoided in pregnancy, and the patient is pregnant`,
        });
      }
    });
    return out;
  },
};
