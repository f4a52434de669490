/**
 * Which of the knowledge base's patient sentences for a symptom are true of this patient: the offline
 * patient says only those. Each is read the way the reply checker reads a reply (the reading lives with
 * the checker, src/plausibility/trueSentences, which trusts only these sentences too), so what the
 * offline patient says is valid by construction.
 */
export {
  type Misfit,
  type SentenceKind,
  sentenceMisfit as misfit,
  trueSentences as fittingSentences,
} from '../plausibility/trueSentences.ts';
