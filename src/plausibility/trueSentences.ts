/**
 * Which of the knowledge base's patient sentences for a symptom are true of this patient. They are
 * written for the symptom alone, and some say more: "No, it's a dry cough, nothing comes up" (a cough),
 * "No, my arms are fine" (no arm weakness either), "No acid or reflux" (reflux disease denied), "I'm
 * living on Gaviscon" (a medicine), "My knee has swollen right up" (a place). Each sentence is read the
 * way the reply checker reads a reply. The offline patient says only these (src/dialogue/fitSentences),
 * and the checker trusts a reply that repeats only these. Cached per record index.
 */
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { namesOtherSite } from '../text/namesOtherSite.ts';
import { type CaseIndex, indexCase } from './indexCase.ts';
import { indexOntology } from './indexOntology.ts';
import { readMentions } from './readMentions.ts';
import { foldText } from './text/foldText.ts';
import { tokenize } from './text/tokenize.ts';

export type SentenceKind = 'lay' | 'denial';

/** Why a sentence does not fit: it names a condition the patient has, or says something else untrue. */
export type Misfit = 'own-condition' | 'untrue';

function misfitOf(
  text: string,
  kind: SentenceKind,
  symptomId: string,
  record: PatientRecord,
  ontology: Ontology,
  ci: CaseIndex,
): Misfit | undefined {
  const oi = indexOntology(ontology);
  const tokens = tokenize(foldText(text));
  if (
    kind === 'denial' &&
    oi.chronic.match(tokens).some((m) => m.values.some((id) => ci.conditionIds.has(id)))
  )
    return 'own-condition';
  for (const m of readMentions(tokens, oi)) {
    const others = m.core.filter((id) => id !== symptomId);
    if (others.length === 0) continue;
    // denies another symptom the patient has ("my arms are fine" with a weak arm)
    if (m.polarity === 'denied' && others.some((id) => ci.present.has(id))) return 'untrue';
    // says the patient has one they do not ("it's a dry cough" without a cough)
    if (m.polarity === 'affirmed' && !m.core.includes(symptomId) && !others.some((id) => ci.present.has(id)))
      return 'untrue';
  }
  if (kind === 'lay') {
    if (oi.medications.match(tokens).some((m) => !m.values.some((id) => ci.medicationIds.has(id))))
      return 'untrue';
    const site = record.presentation.symptoms.find((s) => s.id === symptomId)?.attributes.site;
    if (site !== undefined && namesOtherSite(text, site)) return 'untrue';
  }
  return undefined;
}

const verdicts = new WeakMap<CaseIndex, Map<string, Misfit | null>>();
const fitting = new WeakMap<CaseIndex, Map<string, string[]>>();

function cacheOf<T>(cache: WeakMap<CaseIndex, Map<string, T>>, ci: CaseIndex): Map<string, T> {
  let byKey = cache.get(ci);
  if (!byKey) {
    byKey = new Map();
    cache.set(ci, byKey);
  }
  return byKey;
}

/** Why one sentence about `symptomId` is not true of the patient, or undefined when it is. Cached. */
export function sentenceMisfit(
  text: string,
  kind: SentenceKind,
  symptomId: string,
  record: PatientRecord,
  ontology: Ontology,
): Misfit | undefined {
  const ci = indexCase(record, ontology);
  const byText = cacheOf(verdicts, ci);
  const key = `${kind}|${symptomId}|${text}`;
  const hit = byText.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const verdict = misfitOf(text, kind, symptomId, record, ontology, ci);
  byText.set(key, verdict ?? null);
  return verdict;
}

/** The candidates that are true of the patient, in their order. */
export function trueSentences(
  candidates: readonly string[],
  kind: SentenceKind,
  symptomId: string,
  record: PatientRecord,
  ontology: Ontology,
): string[] {
  return candidates.filter((c) => sentenceMisfit(c, kind, symptomId, record, ontology) === undefined);
}

/** The knowledge base's own sentences (lay or denial) for a symptom that are true of the patient. Cached. */
export function trueExamples(
  kind: SentenceKind,
  symptomId: string,
  record: PatientRecord,
  ontology: Ontology,
): readonly string[] {
  const byKey = cacheOf(fitting, indexCase(record, ontology));
  const key = `${kind}|${symptomId}`;
  let hit = byKey.get(key);
  if (!hit) {
    const def = ontology.symptom(symptomId);
    hit = trueSentences((kind === 'lay' ? def?.lay : def?.denial) ?? [], kind, symptomId, record, ontology);
    byKey.set(key, hit);
  }
  return hit;
}
