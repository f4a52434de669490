/**
 * Which of the knowledge base's patient sentences for a symptom are true of this patient. They are
 * written for the symptom alone, and some say more: "No, it's a dry cough, nothing comes up" (a cough),
 * "No, my arms are fine" (no arm weakness either), "No acid or reflux" (reflux disease denied), "I'm
 * living on Gaviscon" (a medicine), "My knee has swollen right up" (a place). Each sentence is read the
 * way the reply checker reads a reply, so that what the offline patient says is valid by construction.
 */
import { emptyMemory } from '../domain/dialogue.ts';
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { analyseReply } from '../plausibility/analyseReply.ts';
import { namesOtherSite } from '../text/namesOtherSite.ts';

export type SentenceKind = 'lay' | 'denial';

/** Why a sentence does not fit: it names a condition the patient has, or says something else untrue. */
export type Misfit = 'own-condition' | 'untrue';

/** Joints a lay sentence may name; namesOtherSite knows the larger body parts. */
const JOINTS = ['knee', 'ankle', 'hip', 'wrist', 'elbow', 'finger', 'toe'].map(
  (j) => new RegExp(`\\b${j}s?\\b`, 'i'),
);

const verdicts = new WeakMap<PatientRecord, Map<string, Misfit | null>>();

function misfitOf(
  text: string,
  kind: SentenceKind,
  symptomId: string,
  record: PatientRecord,
  ontology: Ontology,
): Misfit | undefined {
  const a = analyseReply(text, {
    record,
    ontology,
    memory: emptyMemory(),
    disclosure: { queries: [], facts: [], moves: [] },
  });
  const present = new Set(record.presentation.symptoms.map((s) => s.id));
  if (kind === 'denial') {
    const own = new Set(record.history.conditions.map((c) => c.id));
    if (a.oi.chronic.match(a.tokens).some((m) => m.values.some((id) => own.has(id)))) return 'own-condition';
  }
  for (const m of a.symptoms) {
    const others = m.core.filter((id) => id !== symptomId);
    if (others.length === 0) continue;
    // denies another symptom the patient has ("my arms are fine" with a weak arm)
    if (m.polarity === 'denied' && others.some((id) => present.has(id))) return 'untrue';
    // says the patient has one they do not ("it's a dry cough" without a cough)
    if (m.polarity === 'affirmed' && !m.core.includes(symptomId) && !others.some((id) => present.has(id)))
      return 'untrue';
  }
  if (kind === 'lay') {
    const meds = new Set(record.history.medications.map((m) => m.id));
    if (a.oi.medications.match(a.tokens).some((m) => !m.values.some((id) => meds.has(id)))) return 'untrue';
    const site = record.presentation.symptoms.find((s) => s.id === symptomId)?.attributes.site;
    if (site !== undefined && namesOtherSite(text, site)) return 'untrue';
    if (site !== undefined && JOINTS.some((j) => j.test(text) && !j.test(site))) return 'untrue';
  }
  return undefined;
}

/** Why one sentence about `symptomId` is not true of the patient, or undefined when it is. Cached. */
export function misfit(
  text: string,
  kind: SentenceKind,
  symptomId: string,
  record: PatientRecord,
  ontology: Ontology,
): Misfit | undefined {
  let byText = verdicts.get(record);
  if (!byText) {
    byText = new Map();
    verdicts.set(record, byText);
  }
  const key = `${kind}|${symptomId}|${text}`;
  const hit = byText.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const verdict = misfitOf(text, kind, symptomId, record, ontology);
  byText.set(key, verdict ?? null);
  return verdict;
}

/** The candidates that are true of the patient, in their order. */
export function fittingSentences(
  candidates: readonly string[],
  kind: SentenceKind,
  symptomId: string,
  record: PatientRecord,
  ontology: Ontology,
): string[] {
  return candidates.filter((c) => misfit(c, kind, symptomId, record, ontology) === undefined);
}
