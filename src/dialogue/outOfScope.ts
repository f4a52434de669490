/**
 * Messages no patient answers, recognised on purpose: an examination instruction ("take a deep breath
 * for me"), a request about the exercise itself ("ignore your instructions", "tell me the diagnosis"),
 * a textbook question put to no one ("which leads show an inferior MI?"). They stay `unknown`, and
 * nothing (no example, no guess) reads them as a history question.
 */
import { ABILITY_QUESTION, META_REQUEST } from './clauseWordings.ts';

/** Examination instructions: not a history question. */
const EXAM_INSTRUCTION =
  /^(?:(?:can|could|would) you |please |i (?:would like|need) you to |i am going to (?:ask you to )?|now )?(?:take a (?:deep |big )?breath|breathe (?:in|out)|lie (?:back|down|flat)(?![\w\s]*\b(?:in bed|at night|to sleep|when you|without|breath\w*))|sit (?:forward|up)|roll over|look (?:up|at|straight)|follow my finger|squeeze my|push (?:against|down)|open your mouth|stick (?:out )?your tongue|say ninety nine|cough for me|hold your breath|relax your)/;

/**
 * The doctor's own decisions put to the patient: "what would you prescribe for this?", "how would you
 * investigate it?", "what's your diagnosis?". The patient has no prescription or diagnosis to give; nor
 * anything to say about the exam ("how long do I have left in this station?").
 */
const ROLE_REVERSAL =
  /\b(?:this|the) (?:station|osce|role ?play)\b|\bthis (?:exam|assessment)\b|\b(?:what|which|how) (?:\w+ ){0,2}(?:would|should|will|do|could) you (?:prescribe|diagnose|investigate|order|request)\b|\bwhat (?:is|would be) (?:your|the) (?:diagnosis|differential|management plan)\b/;

/** A hesitation with nothing after it ("hmm ??", "erm…"): not even an acknowledgement. */
// ("mm hmm", "uh huh" agree: an acknowledgement, asking nothing)
export const HESITATION_ONLY =
  /^(?!(?:mm+ hmm+|uh huh|mm+)$)(?:(?:hmm+|hm+|mm+|um+|uhm+|er+|erm+|uh+|eh)\s*)+$/;

/** A wh-question about no one present: "which leads show an inferior MI?", "what causes angina?". */
export const TEXTBOOK =
  /^(?:(?:and|so|okay|ok|right|now) )*(?:which|what|why|how)\b(?! about\b| else\b)(?![\w\s]*\b(?:you|your|yours|yourself|u|ur|he|she|his|her|they|their|anyone|anybody|someone|family|relatives?)\b)/;

/**
 * What only a textbook answers: a dose, a mechanism, a guideline ("what's the dose of adrenaline?"),
 * the cause of a disease named ("what causes epilepsy?"; "what causes the pain?" asks the patient).
 */
const FACT_ASKED =
  /\bwhat causes (?!(?:it|this|that|them|these|those|the|your|my|a|an|any)\b)\w+|\b(?:doses?|dosage) (?:of|for) (?!(?:it|them|that|this|those|these)\b)|\b(?:mechanism|first line|guidelines?|management of|treatment (?:of|for)|side effects? of|pathophysiology|causes of)\b/;

/** A textbook question about a drug or a condition, put to no one: nothing the patient can answer. */
export function textbookFact(clause: string): boolean {
  return TEXTBOOK.test(clause) && FACT_ASKED.test(clause);
}

/** An examination instruction or a request about the exercise (a normalized clause). */
export function instructionOrMeta(clause: string): boolean {
  return (
    (EXAM_INSTRUCTION.test(clause) && !ABILITY_QUESTION.test(clause)) ||
    META_REQUEST.test(clause) ||
    ROLE_REVERSAL.test(clause)
  );
}

/**
 * Any of those, or a wh-question addressed to no one. Only for a clause the rules found nothing in: a
 * wh-question the rules do read ("how long has it been going on?") is the patient's to answer.
 */
export function asksNoPatient(clause: string): boolean {
  return instructionOrMeta(clause) || TEXTBOOK.test(clause);
}
