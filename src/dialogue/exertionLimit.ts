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
/**
 * Or a pain, which a painful symptom in focus stands for: "…before your legs start to hurt?", "…before
 * you get pain in your calves?", "…before the cramp comes on?", "…before you have to stop because of
 * the pain?".
 */
const PAIN_AFTER =
  /^ (?:(?:your|the|my) (?:\w+ ){1,2}(?:start (?:to |hurting|aching)|begin (?:to |hurting|aching)|get |gets |are |is )?(?:hurt|hurting|hurts|ache|aching|aches|painful|sore|cramp\w*)|you (?:get|feel|have|notice) (?:any |the |a )?(?:pain|ache|cramp|discomfort)|(?:the )?(?:pain|ache|cramp|discomfort) (?:comes? on|starts?|begins?|kicks? in)|you (?:have to |need to )?stop (?:because of|with|due to) (?:the )?(?:pain|ache|cramp|discomfort))\b/;
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
  const info = lexicon.symptoms.get(focus ?? '');
  // a pain symptom, or one whose terms name a pain ("calf pain on walking" for claudication)
  const painful = info !== undefined && (info.painful || info.termStems.has('pain'));
  const pain = painful && PAIN_AFTER.test(text.slice(after));
  const target = named?.id ?? (FOCUS_AFTER.test(text.slice(after)) || pain ? focus : undefined);
  if (target === undefined || EXERTION.test(target)) return undefined;
  return lexicon.symptoms.get(target)?.attributes.includes('exacerbating') ? target : undefined;
}
