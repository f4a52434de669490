/**
 * What a doctor's message asks: one or more queries, read clause by clause with the dialogue focus
 * carried forward ("where is the pain? does it go anywhere?"). Unknown wording gives an honest
 * `unknown` query, never a confident guess.
 */
import type { Memory } from '../domain/dialogue.ts';
import type { Query } from '../domain/query.ts';
import { absorbSummary, type ReadClause } from './absorbSummary.ts';
import { alternativeSetting } from './alternativeSetting.ts';
import { asideSpans } from './asideClauses.ts';
import type { Lexicon } from './buildLexicon.ts';
import { SIGNPOST } from './clauseWordings.ts';
import { isCourtesy } from './courtesyRules.ts';
import { describedCharacter } from './describedChoices.ts';
import { foldFragments } from './foldFragments.ts';
import { lumpsContext } from './lumpsContext.ts';
import { normalizeText } from './normalizeText.ts';
import { clausesByExample, messageByExample } from './readByExample.ts';
import { reviewExamples } from './reviewExamples.ts';
import { splitClauseParts } from './splitClauses.ts';
import { understandClause } from './understandClause.ts';

interface Subject {
  /** The words that name it, to complete a fragment with. */
  words: string;
  /** Its symptom or system id: a completion that only names it again adds nothing. */
  id: string;
}

/** What a clause was about, for an elliptical follow-up ("how are your bowels? any change?"). */
function subjectOf(clause: string, queries: readonly Query[], lexicon: Lexicon): Subject | undefined {
  const symptom = queries.find((q) => q.topic === 'symptom' && q.target !== undefined)?.target;
  const name = lexicon.symptoms.get(symptom ?? '')?.name;
  if (symptom !== undefined && name !== undefined) return { words: name.toLowerCase(), id: symptom };
  const ros = queries.find((q) => q.topic === 'ros')?.target;
  if (ros === undefined) return undefined;
  let last: { word: string; at: number } | undefined;
  for (const [word, system] of lexicon.systemWords) {
    const at = system === ros ? clause.search(new RegExp(`\\b${word}\\b`)) : -1;
    if (at >= 0 && (last === undefined || at > last.at)) last = { word, at };
  }
  return last === undefined ? undefined : { words: last.word, id: ros };
}

/** What a signpost says besides the topic it announces: the consent, the reassurance. */
const ANNOUNCING: ReadonlySet<string> = new Set(['greeting', 'empathy', 'smalltalk', 'unknown']);

/** What may stand beside "what brings you in?" in one message. */
const OPENING_COMPANIONS: ReadonlySet<string> = new Set([
  'opening',
  'greeting',
  'identity',
  'smalltalk',
  'empathy',
  'unknown',
]);

/** Reads a message into queries; pure and fast (no I/O, lexicon precomputed). */
export function understand(text: string, focus: Memory['focus'], lexicon: Lexicon): Query[] {
  const parts = splitClauseParts(normalizeText(text.slice(0, 2000)));
  const clauses = parts.map((p) => p.text);
  let symptom = focus.symptom;
  let topic = focus.topic;
  let subject: Subject | undefined;
  const read: ReadClause[] = [];
  let clarified: Query | undefined;
  for (const [i, clause] of clauses.entries()) {
    let queries = understandClause(clause, { symptom, topic }, lexicon);
    // a bare fragment continues the previous clause's subject: "any change?" after "how are your bowels?"
    if (
      subject !== undefined &&
      queries.every((q) => q.topic === 'unknown') &&
      (clause.split(' ').length <= 4 ||
        // "have you been sick? was there any blood in it?": "it" is the last clause's subject
        (clause.split(' ').length <= 7 && /\b(?:in|with) (?:it|them)$/.test(clause)))
    ) {
      const completed = understandClause(`${clause} in your ${subject.words}`, { symptom, topic }, lexicon);
      const known = completed.length > 0 && completed.every((q) => q.topic !== 'unknown');
      if (known && completed.some((q) => q.target !== subject?.id)) {
        queries = completed.map((q) => ({ ...q, confidence: Math.min(q.confidence, 0.9), span: clause }));
      }
    }
    // "when you say dizzy, does the room spin or do you feel faint?", "is it a dry cough or are you
    // bringing anything up?": the choices describe the symptom, they are no symptoms of their own
    clarified = describedCharacter(read.at(-1), parts[i], clarified);
    if (clarified !== undefined) {
      const target = clarified.target;
      queries = queries.filter((q) => q.topic !== 'symptom' || q.target === target);
    }
    subject = subjectOf(clause, queries, lexicon);
    for (const q of queries) {
      if (q.topic === 'symptom' && q.target !== undefined) symptom = q.target;
      if (q.topic !== 'unknown') topic = q.topic;
    }
    read.push({ clause, queries });
  }
  // "do you manage the stairs all right, or do you get puffed?": the "or" half takes the first's setting
  for (let i = 1; i < read.length; i++) {
    const [before, half] = [read[i - 1], read[i]];
    if (parts[i]?.alternative && before !== undefined && half !== undefined)
      read[i] = alternativeSetting(before, half, lexicon);
  }
  // "any problems with your skin, and any lumps or bumps?": lumps in a message about the skin
  read.splice(0, read.length, ...lumpsContext(read, lexicon));
  // "I'm going to ask about your lifestyle now. Do you smoke?": the signpost announces the question
  const asks = (r: ReadClause): boolean =>
    r.queries.some((q) => q.topic !== 'unknown' && q.topic !== 'greeting');
  const announced = read.map((r, i) =>
    SIGNPOST.test(r.clause) && read.slice(i + 1).some(asks)
      ? { ...r, queries: r.queries.filter((q) => !ANNOUNCING.has(q.topic)) }
      : r,
  );
  const all: Query[] = [];
  for (const q of absorbSummary(foldFragments(reviewExamples(announced, lexicon))).flat()) {
    if (all.some((o) => o.topic === q.topic && o.target === q.target && o.attribute === q.attribute))
      continue;
    all.push(q);
  }
  // "does sleep help, or do you wake up just as tired?" (tiredness in focus): naming the symptom under
  // discussion again beside a question about it asks nothing new
  const refined = (q: Query): boolean =>
    q.topic === 'symptom' &&
    focus.symptom !== undefined &&
    q.target === focus.symptom &&
    q.attribute === undefined &&
    all.some((o) => o.topic === 'symptom' && o.target === q.target && o.attribute !== undefined);
  for (let i = all.length - 1; i >= 0; i--) if (refined(all[i] as Query)) all.splice(i, 1);
  // "could you tell me what you take?", "what's the main thing you're worried about?": an open
  // question beside a history question is that question's invitation, not "what brings you in"
  // "…thoughts of harming themselves. Have you had any thoughts like that?": the thoughts are those
  if (all.some((q) => q.target === 'suicidal-thoughts'))
    for (let i = all.length - 1; i >= 0; i--) if (all[i]?.topic === 'ideas') all.splice(i, 1);
  const asksHistory = all.some((q) => !OPENING_COMPANIONS.has(q.topic));
  for (let i = all.length - 1; i >= 0; i--) if (asksHistory && all[i]?.topic === 'opening') all.splice(i, 1);
  // "do you have any children? are they well?": children asked after for their health are the family
  // history, not rapport
  if (all.some((q) => q.topic === 'family'))
    for (let i = all.length - 1; i >= 0; i--)
      if (all[i]?.topic === 'smalltalk' && all[i]?.target === 'children') all.splice(i, 1);
  // "okay, thanks. and does anything make it worse?": the thanks is a courtesy before the question
  const questions = all.filter((q) => q.topic !== 'unknown' && !isCourtesy(q));
  const understood = all.filter((q) => q.topic !== 'unknown' && (questions.length === 0 || !isCourtesy(q)));
  // a stray unclear fragment next to clear questions is dropped when it is short (a tag) or asks
  // nothing (a remark, a list of examples, the other half of a choice); an unclear question stays
  const asides = asideSpans(parts, read);
  const unknown = all.filter(
    (q) => q.topic === 'unknown' && (q.span ?? '').split(' ').length > 3 && !asides.has(q.span ?? ''),
  );
  if (understood.length === 0) {
    // nothing the rules could place: read it like the nearest labelled question, when one is close
    const near = messageByExample(text, clauses, focus.symptom, lexicon);
    if (near !== undefined) return near;
    if (all.length > 0) return [all[0] as Query];
    // "???", "...": a message with nothing readable in it is still a message the patient cannot answer
    return clauses.length === 0 && /\S/.test(text)
      ? [{ topic: 'unknown', confidence: 0, span: text.trim() }]
      : [];
  }
  // an unclear clause that asks its own question, beside clear ones: read by example where one is close
  return clausesByExample(understood, unknown, symptom, lexicon);
}
