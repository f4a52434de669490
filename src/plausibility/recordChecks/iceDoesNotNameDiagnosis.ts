/**
 * The patient's ideas, concerns and expectations never name their diagnosis: not its name, a synonym,
 * an abbreviation or a shortened form, however spaced or cased, even one the patient already knows
 * (stricter than the reply check, since ICE is chosen from the vocabulary, not improvised).
 */
import { diagnosisLeakMatcher } from '../diagnosisLeakMatcher.ts';
import type { RecordCheck, RecordViolation } from '../recordCheck.ts';

const rule = 'ice-does-not-name-diagnosis';

export const iceDoesNotNameDiagnosis: RecordCheck = {
  name: rule,
  description: 'Ideas, concerns and expectations never name the diagnosis (name, synonym or abbreviation).',
  check({ persona, condition }, ontology) {
    const matcher = diagnosisLeakMatcher(ontology, condition);
    const out: RecordViolation[] = [];
    for (const key of ['idea', 'concern', 'expectation'] as const) {
      const named = matcher.find(persona[key]);
      if (named !== undefined) {
        out.push({
          rule,
          path: `persona.${key}`,
          message: `"${persona[key]}" names the diagnosis ("${named}")`,
        });
      }
    }
    return out;
  },
};
