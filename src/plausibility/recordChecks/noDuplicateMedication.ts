/** No medication is listed twice, and no two medications share a drug class (two statins, two ACE inhibitors). */
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'no-duplicate-medication';

export const noDuplicateMedication: RecordCheck = {
  name: rule,
  description: 'No medication or drug class appears twice.',
  check({ history }) {
    const out: RecordViolation[] = [];
    const seen = new Map<string, string>();
    history.medications.forEach((m, i) => {
      const previous = seen.get(m.class);
      if (previous !== undefined) {
        out.push({
          rule,
          path: `history.medications[${i}]`,
          message: `${m.name} duplicates ${previous} (${m.class})`,
        });
      } else seen.set(m.class, m.name);
    });
    return out;
  },
};
