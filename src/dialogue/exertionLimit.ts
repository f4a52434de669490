/**
 * How far the patient gets before a symptom other than breathlessness comes on: "how far can you walk
 * before the chest pain comes on?", or with calf pain in focus "…before it comes on?", is what brings
 * that symptom on (its `exacerbating`), not the exercise tolerance the distance alone asks about.
 */
import type { Lexicon } from './buildLexicon.ts';
import type { PhraseHit } from './findPhrases.ts';

const HOW_FAR_BEFORE =
  /\bhow (?:far|many (?:stairs|steps|flights|yards|metres|meters|miles|minutes|hills))\b[\w\s]*?\bbefore\b/;
/** What comes on after "before": the symptom in focus, by a pronoun or a bare "the pain". */
const FOCUS_AFTER = /^ (?:it|they|this|that|the pain|the symptoms?|you get it|you feel it)\b/;
/** Symptoms the distance itself describes: the exercise tolerance question is theirs. */
const EXERTION = /breath|exercise|fatigue|dyspnoea|orthopnoea/;

export function exertionLimit(
  text: string,
  phrases: readonly PhraseHit[],
  focus: string | undefined,
  lexicon: Lexicon,
): string | undefined {
  const m = HOW_FAR_BEFORE.exec(text);
  if (m === null) return undefined;
  const after = m.index + m[0].length;
  const named = phrases.find((p) => p.kind === 'symptom' && p.start >= after);
  const target = named?.id ?? (FOCUS_AFTER.test(text.slice(after)) ? focus : undefined);
  if (target === undefined || EXERTION.test(target)) return undefined;
  return lexicon.symptoms.get(target)?.attributes.includes('exacerbating') ? target : undefined;
}
