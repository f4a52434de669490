/** Every record check, in the order they run and are reported. */
import type { RecordCheck } from '../recordCheck.ts';
import { ageWithinConditionRange } from './ageWithinConditionRange.ts';
import { conditionConsistent } from './conditionConsistent.ts';
import { exposuresFitPatient } from './exposuresFitPatient.ts';
import { findingsFromCondition } from './findingsFromCondition.ts';
import { historyFitsCondition } from './historyFitsCondition.ts';
import { historyIdsKnown } from './historyIdsKnown.ts';
import { historyTimelineFits } from './historyTimelineFits.ts';
import { iceDoesNotNameDiagnosis } from './iceDoesNotNameDiagnosis.ts';
import { investigationsFromCondition } from './investigationsFromCondition.ts';
import { matchesSchema } from './matchesSchema.ts';
import { medicationsFitAge } from './medicationsFitAge.ts';
import { noAllergicMedication } from './noAllergicMedication.ts';
import { noDrugUnsafeInPregnancy } from './noDrugUnsafeInPregnancy.ts';
import { noDuplicateMedication } from './noDuplicateMedication.ts';
import { noPregnancyInMales } from './noPregnancyInMales.ts';
import { pregnancyAtReproductiveAge } from './pregnancyAtReproductiveAge.ts';
import { presentationCoherent } from './presentationCoherent.ts';
import { resultsFollowHistory } from './resultsFollowHistory.ts';
import { sexSpecificFitsSex } from './sexSpecificFitsSex.ts';
import { smokingConsistent } from './smokingConsistent.ts';
import { spo2AtMost100 } from './spo2AtMost100.ts';
import { surgeriesHaveReason } from './surgeriesHaveReason.ts';
import { symptomsFromCondition } from './symptomsFromCondition.ts';
import { systolicAboveDiastolic } from './systolicAboveDiastolic.ts';
import { vitalsMatchCondition } from './vitalsMatchCondition.ts';
import { vitalsWithinLimits } from './vitalsWithinLimits.ts';
import { wordsDoNotNameDiagnosis } from './wordsDoNotNameDiagnosis.ts';

export const RECORD_CHECKS: readonly RecordCheck[] = [
  matchesSchema,
  conditionConsistent,
  ageWithinConditionRange,
  systolicAboveDiastolic,
  spo2AtMost100,
  vitalsWithinLimits,
  vitalsMatchCondition,
  noPregnancyInMales,
  pregnancyAtReproductiveAge,
  sexSpecificFitsSex,
  noAllergicMedication,
  noDuplicateMedication,
  medicationsFitAge,
  noDrugUnsafeInPregnancy,
  historyIdsKnown,
  historyTimelineFits,
  historyFitsCondition,
  surgeriesHaveReason,
  smokingConsistent,
  exposuresFitPatient,
  symptomsFromCondition,
  presentationCoherent,
  findingsFromCondition,
  investigationsFromCondition,
  resultsFollowHistory,
  iceDoesNotNameDiagnosis,
  wordsDoNotNameDiagnosis,
];
