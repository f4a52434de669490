/**
 * What one clause of a doctor's message asks. Topic rules, the phrase lexicon and the attribute cues
 * each propose hits; this settles conflicts between them the way a clinician would read the question.
 * The stages live beside it: clauseTopicHits (topic rules), clauseCues (attribute cues), clauseConditions
 * (conditions against symptoms), clauseExposures, clauseSystems (review of systems), clauseFollowUps
 * (bare follow-ups), clauseSymptomQueries (which symptom each cue is about), focusPain (a pain in the
 * focus symptom's words), anchorCues (cues with no symptom to be about) and symptomByWording (a
 * symptom described in words of its own, when nothing else was read).
 */
import type { Query, Topic } from '../domain/query.ts';
import { anchorCues } from './anchorCues.ts';
import type { Lexicon } from './buildLexicon.ts';
import { readConditions } from './clauseConditions.ts';
import { maskPhrases, readAttributeCues } from './clauseCues.ts';
import { readExposures } from './clauseExposures.ts';
import { followUpTopic, HISTORY_TOPICS, QUANTITY, TELL_MORE } from './clauseFollowUps.ts';
import { type SymptomQuery, symptomQueries } from './clauseSymptomQueries.ts';
import { PAIN_WORD, PMH_CUE, reviewSystems } from './clauseSystems.ts';
import { blocked, readTopicHits } from './clauseTopicHits.ts';
import {
  ASSOCIATED_WITH,
  CLARIFY,
  EXAMPLE_LEAD,
  FALSE_FRIENDS,
  FOLLOW_UP_CUES,
  MEDICINE_PURPOSE,
  PREAMBLE,
  PRESENT_NOW,
  RULED_OUT,
  STARTS,
  TOPIC_FALSE_FRIENDS,
} from './clauseWordings.ts';
import { TREATMENT_OF_CONDITION } from './conditionTreatment.ts';
import { correctTypo } from './correctTypos.ts';
import { dropDescribingCues } from './describingCues.ts';
import { exerciseTolerance } from './exerciseTolerance.ts';
import { exertionLimit } from './exertionLimit.ts';
import { withoutFactorHabits } from './factorTopics.ts';
import { facultyQuestions } from './facultyQuestions.ts';
import { clauseTokens, findPhrases, type PhraseHit } from './findPhrases.ts';
import { focusPain } from './focusPain.ts';
import { focusWords } from './focusWords.ts';
import { HESITATION_ONLY, instructionOrMeta, TEXTBOOK, textbookFact } from './outOfScope.ts';
import { preferSpecific } from './preferSpecific.ts';
import { SPELLING_VARIANTS } from './spellingVariants.ts';
import { symptomByWording } from './symptomByWording.ts';
import { tokenize } from './tokenize.ts';

export interface ClauseFocus {
  symptom?: string | undefined;
  topic?: string | undefined;
}

const GENERIC_PAIN = /\b(?:pain|pains|painful|hurt|hurts|hurting|ache|aching|sore|discomfort)\b/g;
/** Something in the clause that asks rather than tells ("I can see you're in pain" only tells). */
const QUESTION_FORM =
  /\b(?:where|when|how|what|which|why|who|any|anything|tell me|describe)\b|\b(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will) (?:you|it|this|that|they|there|the|your)\b/;
// "worse when you bend or cough?": the second of two circumstances is one too
const CONDITION_BEFORE =
  /\b(?:when|if|while|whilst|after|with|during|on) (?:you (?:\w+ or )?)?(?:have |get |are |feel |do )?(?:a |any |the |some )?$/;
/** What a circumstance does to the symptom after it ("does coughing make it worse?"). */
const FACTOR_VERB =
  /^(?: (?:in|out|up|down|over|forward|back|about|around))?(?: or \w+(?: \w+)?)? (?:make|makes|made|bring|brings|set|sets|trigger|triggers|ease|eases|help|helps|relieve|relieves|settle|settles|change|changes|affect|affects)\b/;
const ACKNOWLEDGEMENT =
  /^(?:(?:okay|right|all right|i see|great|good|fine|yes|no|sure|mm+|uh huh|ah|oh|perfect|lovely|excellent|brilliant|cool|got it|understood|noted|so|and|well|hmm+|alright|yeah|ok|sorry|thank you|thanks)\s*)+$/;
const TAG_QUESTION =
  /^(?:do|did|does|have|has|are|is|was|were|can|could|would|will|right|yeah|no|eh|innit)(?: you| it| they| he| she| there)?(?: not)?$/;

/** A question about a third person: "did they have…", "has she got…". */
const RELATIVE_SUBJECT =
  /\b(?:did|does|do|has|have|had|is|was|were) (?:they|he|she|either of them|any of them|both of them)\b/;

/** The clause with its cue words blanked out: what is left describes, the cues ask. */
function blankCues(text: string, cues: readonly { start: number; end: number }[]): string {
  let out = text;
  for (const c of cues) out = out.slice(0, c.start) + ' '.repeat(c.end - c.start) + out.slice(c.end);
  return out;
}

/** Reads one clause (already normalized) into queries; `focus` is the symptom or topic under discussion. */
export function understandClause(clause: string, focus: ClauseFocus, lexicon: Lexicon): Query[] {
  const rawTokens = tokenize(clause);
  let fuzzy = false;
  const words = rawTokens.map((w) => {
    const c = correctTypo(w, lexicon.typos);
    if (!c.corrected) return c.word;
    fuzzy = true;
    return SPELLING_VARIANTS[c.word] ?? c.word;
  });
  const text = words.join(' ');
  if (text.length === 0) return [];
  const confidence = fuzzy ? 0.85 : 1;
  if (instructionOrMeta(text) || textbookFact(text))
    return [{ topic: 'unknown', confidence: 0, span: clause }];
  const span = clause;
  const tokens = clauseTokens(text);
  // an idiom with a symptom word ("steady your nerves") is no mention of the symptom at all
  // "how many flights of stairs can you manage?": exercise tolerance of either cause;
  // "has your vision changed?": a sense that changed is the symptom of its loss (facultyQuestions)
  const phrases = preferSpecific(
    text,
    exerciseTolerance(
      text,
      focusWords(
        text,
        focusPain(
          facultyQuestions(text, findPhrases(text, tokens, lexicon, focus.symptom), lexicon),
          focus.symptom,
          lexicon,
        ),
        focus.symptom,
        lexicon,
      ).filter((p) => !((p.kind === 'symptom' || p.kind === 'exposure') && FALSE_FRIENDS[p.id]?.test(text))),
    ),
    lexicon,
  );

  // "how far can you walk before the chest pain comes on?": what brings that symptom on
  const limited = exertionLimit(text, phrases, focus.symptom, lexicon);
  if (limited !== undefined)
    return [{ topic: 'symptom', target: limited, attribute: 'exacerbating', confidence, span }];

  // ---- topic rules
  const { hits, weakHits } = readTopicHits(text, phrases);
  const has = (topic: Topic, target?: string): boolean =>
    hits.some((h) => h.topic === topic && (target === undefined || h.target === target));
  // ---- attribute cues, on the clause with phrase mentions masked out
  const masked = maskPhrases(text, phrases);
  let cues = readAttributeCues(masked);
  // "does coffee or alcohol make them worse?": the habit is what sets the symptom off (factorTopics)
  const aboutSymptom =
    focus.symptom !== undefined || PAIN_WORD.test(text) || phrases.some((p) => p.kind === 'symptom');
  hits.splice(0, hits.length, ...withoutFactorHabits(text, hits, cues, aboutSymptom));
  // "anything else along with the chest pain?", "other symptoms when your heart races?": the symptom
  // after "with" or "when" is the one asked about; "did you feel sick with the pain?" asks about the
  // sickness, not for a list of associated symptoms
  const anchor = phrases.find(
    (p) => p.kind === 'symptom' && ASSOCIATED_WITH.test(text.slice(Math.max(0, p.start - 30), p.start)),
  );
  const associatedAnchor = cues.some((c) => c.attribute === 'associated') ? anchor : undefined;
  const namedOther = phrases.some(
    (p) => p.kind === 'symptom' && p.id !== focus.symptom && !EXAMPLE_LEAD.test(text.slice(0, p.start)),
  );
  if (!associatedAnchor && namedOther) {
    cues = cues.filter((c) => c.attribute !== 'associated');
  }
  // "did you feel sick or sweaty when it came on?", "any fits, where you go stiff and shake all over?"
  cues = dropDescribingCues(text, masked, cues, phrases, focus.symptom);

  // ---- symptom mentions; a symptom after "when you ..." in a cue clause is a circumstance, not the subject
  // ("are you bringing up phlegm when you cough?" asks about the phlegm too)
  let symptomHits = phrases.filter((p) => p.kind === 'symptom');
  // "what were you doing when the pain started?": the symptom that starts is the subject
  const circumstance = (p: PhraseHit): boolean =>
    p !== associatedAnchor &&
    CONDITION_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)) &&
    !STARTS.test(text.slice(p.end));
  const otherSubject =
    focus.symptom !== undefined || PAIN_WORD.test(text) || symptomHits.some((p) => !circumstance(p));
  if (otherSubject) {
    symptomHits = symptomHits.filter((p) => !circumstance(p));
  }
  // "do you feel faint, but not actually pass out?": the symptom ruled out draws the line, it is not asked
  if (symptomHits.length > 1)
    symptomHits = symptomHits.filter((p) => !RULED_OUT.test(text.slice(0, p.start)));
  // "anything that sets them off, like coffee or stress?": the examples are circumstances, not symptoms
  // "anything else along with the pain, like feeling sick?": the examples illustrate what is asked
  if (cues.some((c) => ['exacerbating', 'relieving', 'associated'].includes(c.attribute))) {
    symptomHits = symptomHits.filter((p) => !EXAMPLE_LEAD.test(text.slice(0, p.start)));
  }
  // "does coughing or bending over make the headache worse?", "does passing wind ease it?": the first
  // symptom is what aggravates or relieves the one after it, or the one in focus
  if (cues.some((c) => c.attribute === 'exacerbating' || c.attribute === 'relieving')) {
    symptomHits = symptomHits.filter((p) => {
      const after = text.slice(p.end);
      const acts = FACTOR_VERB.exec(after);
      if (acts === null) return true;
      const subject = symptomHits.some((o) => o.start > p.end);
      const focusAfter =
        focus.symptom !== undefined &&
        p.id !== focus.symptom &&
        // "does a good night's sleep help at all?": what it helps is the symptom in focus
        /^(?: (?:it|them|this|that|things|at all|much|any|a bit|the pain)\b|\s*$)/.test(
          after.slice(acts[0].length),
        );
      return !(subject || focusAfter);
    });
  }
  // "when you say dizzy, do you mean spinning or lightheaded?": the choices describe the symptom in focus
  const clarify = CLARIFY.exec(text);
  if (clarify && focus.symptom !== undefined) {
    symptomHits = symptomHits.filter((p) => p.start < clarify.index || p.id === focus.symptom);
  }
  if (has('medications'))
    symptomHits = symptomHits.filter((p) => !MEDICINE_PURPOSE.test(text.slice(0, p.start)));
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i];
    if (h && TOPIC_FALSE_FRIENDS[h.topic]?.test(text)) hits.splice(i, 1);
  }
  // ---- conditions named, and the symptom words that are only part of them
  const historyFrame = PMH_CUE.test(text) || has('pmh') || has('family');
  let conditions: PhraseHit[];
  ({ conditions, symptomHits, cues } = readConditions(text, phrases, lexicon, {
    focusSymptom: focus.symptom,
    surgery: has('surgery'),
    historyFrame,
    symptomHits,
    cues,
  }));

  // "diabetes? and do you take anything for them?": with no symptom to relieve, "anything for" a
  // condition under discussion is its treatment
  const treatsCondition =
    focus.symptom === undefined &&
    symptomHits.length === 0 &&
    !PAIN_WORD.test(text) &&
    (conditions.length > 0 || focus.topic === 'pmh') &&
    TREATMENT_OF_CONDITION.test(masked);
  if (treatsCondition) {
    cues = cues.filter((c) => c.attribute !== 'relieving');
    if (!has('medications')) hits.push({ topic: 'medications', start: text.length, blocks: [] });
  }
  // ---- relieving "anything for it?" is about the symptom, not the medication list
  const relievingFor =
    cues.some((c) => c.attribute === 'relieving') &&
    (/\b(?:for|to help|to ease|to relieve|with) (?:it|this|that|them|the pain|the symptoms?|your pain|the discomfort|(?:the |your )?q{3,})/.test(
      masked,
    ) ||
      /\b(?:help|helps|helped|ease|eases|relieve|work|works|worked|better|difference|down|stop|stops|settle|settles|touch|touches|touched|sort|sorts|sorted|edge)\b/.test(
        masked,
      ));
  if (relievingFor) {
    for (let i = hits.length - 1; i >= 0; i--) if (hits[i]?.topic === 'medications') hits.splice(i, 1);
  }

  // ---- phrase-derived hits: conditions, medications, allergies, exposures
  const familyContext = has('family') && !has('smalltalk', 'children');
  // "which ECG leads show an inferior MI?": a textbook question names a condition nobody has
  // "how do beta blockers work?": nor a medicine anybody takes
  const textbook = TEXTBOOK.test(text);
  if (textbook) conditions = [];
  for (const c of conditions) {
    hits.push({
      topic: familyContext ? 'family' : 'pmh',
      target: c.id,
      start: c.start,
      blocks: [],
      fromPhrase: true,
    });
  }
  for (const p of phrases) {
    if (
      p.kind === 'medication' &&
      !textbook &&
      !has('allergies') &&
      !has('expectations') &&
      !has('pregnancy', 'contraception') &&
      !relievingFor
    ) {
      hits.push({ topic: 'medications', target: p.id, start: p.start, blocks: [], fromPhrase: true });
    }
    if (p.kind === 'allergy' && has('allergies')) {
      hits.push({ topic: 'allergies', target: p.id, start: p.start, blocks: [], fromPhrase: true });
    }
  }
  ({ symptomHits, cues } = readExposures(text, phrases, hits, symptomHits, cues, focus.symptom));

  // ---- review of systems
  ({ symptomHits, cues } = reviewSystems(text, phrases, lexicon, hits, symptomHits, cues, conditions));

  // ---- settle topic conflicts
  if (hits.length === 0 && symptomHits.length === 0 && cues.length === 0) hits.push(...weakHits);
  let topicHits = hits.filter((h) => !blocked(h, hits));
  // "anyone at work off sick?": the workplace is where the contacts are, not a question about the job
  if (topicHits.some((h) => h.topic === 'exposure' && h.target === 'sick-contacts')) {
    topicHits = topicHits.filter((h) => h.topic !== 'living' && h.topic !== 'occupation');
  }
  // "is your dad still around? did he have any heart trouble?": with the family under discussion, an
  // illness asked of "he", "she" or "they" is a relative's, the family history
  if (
    focus.topic === 'family' &&
    RELATIVE_SUBJECT.test(text) &&
    !/\b(?:you|your|yourself)\b/.test(text) &&
    topicHits.some((h) => h.topic === 'pmh')
  )
    topicHits.push({ topic: 'family', start: 0, blocks: [] });
  if (topicHits.some((h) => h.topic === 'family')) {
    topicHits = topicHits.filter((h) => h.topic !== 'pmh');
    symptomHits = [];
  }
  // an acknowledgement ("I can see you're in a lot of pain") names the symptom but asks nothing about it
  // ("that must have been scary when you collapsed": a "when" that only sets the scene asks nothing)
  const telling =
    topicHits.some((h) => h.topic === 'empathy') &&
    !QUESTION_FORM.test(text.replace(/\b(?:when|while|after) (?:you|it|they|he|she) .*$/, ''));
  if (telling) {
    cues = [];
    symptomHits = [];
  }
  if (topicHits.some((h) => h.topic === 'summary')) {
    return [{ topic: 'summary', confidence, span }];
  }
  if (topicHits.some((h) => (h.topic === 'medications' || h.topic === 'allergies') && !h.fromPhrase)) {
    topicHits = topicHits.filter((h) => !(h.topic === 'pmh' && h.fromPhrase));
  }
  if (symptomHits.some((h) => h.id === 'suicidal-thoughts'))
    topicHits = topicHits.filter((h) => h.topic !== 'ideas');
  if (topicHits.some((h) => h.topic === 'ideas' || h.topic === 'concerns')) {
    // "do you think it's your heart?" names a fear, not a history question
    topicHits = topicHits.filter((h) => !(h.topic === 'pmh' && h.fromPhrase));
    symptomHits = symptomHits.filter(() => cues.length > 0);
  }
  const historyHit = topicHits.some((h) => HISTORY_TOPICS.has(h.topic) && h.target !== 'chat');
  // "anything else going on that I should know about?" with no symptom in view closes the history
  if (
    topicHits.some((h) => h.topic === 'anything-else') &&
    focus.symptom === undefined &&
    symptomHits.length === 0 &&
    !PAIN_WORD.test(text) &&
    cues.every(
      (c) =>
        c.attribute === 'associated' ||
        // "anything else bothering you at the moment?": now is when, not the course of a symptom
        (c.attribute === 'timing' && PRESENT_NOW.test(masked.slice(c.start, c.end))),
    )
  )
    cues = [];
  // "is anything worrying you, or anything else you wanted to mention?": joined on, it is asked as well
  // ("do you smoke cigarettes or anything else?" asks what else they smoke)
  const joinedOn =
    topicHits.some((h) => h.topic === 'anything-else' && (h.part ?? 0) > 0) &&
    !/\banything else\s*$/.test(text);
  if (
    topicHits.some((h) => h.topic === 'anything-else') &&
    !(joinedOn && symptomHits.length === 0 && cues.length === 0) &&
    (historyHit || symptomHits.length > 0 || cues.length > 0 || topicHits.some((h) => h.topic === 'ros'))
  ) {
    topicHits = topicHits.filter((h) => h.topic !== 'anything-else');
  }
  // "do you suffer from anything like epilepsy?": the symptom is an example of the history asked for
  if (topicHits.some((h) => h.topic === 'pmh' && !h.fromPhrase) && cues.length === 0) {
    symptomHits = symptomHits.filter(
      (s) => !/\b(?:like|such as|for example|including|e g)(?: \w+){0,2} $/.test(text.slice(0, s.start)),
    );
  }
  const blockedSymptoms = new Set(
    hits.flatMap((h) => h.blocks.filter((k) => k.startsWith('symptom:')).map((k) => k.slice(8))),
  );
  const symptomBlocked = topicHits.some((h) => h.blocks.includes('symptom'));
  symptomHits = symptomHits.filter((s) => !blockedSymptoms.has(s.id) && !symptomBlocked);

  const queries: Query[] = [];
  const push = (q: SymptomQuery): void => {
    const clean: Query = {
      topic: q.topic,
      ...(q.target !== undefined ? { target: q.target } : {}),
      ...(q.attribute !== undefined ? { attribute: q.attribute } : {}),
      confidence,
      span,
    };
    if (
      !queries.some(
        (o) => o.topic === clean.topic && o.target === clean.target && o.attribute === clean.attribute,
      )
    ) {
      queries.push(clean);
    }
  };
  for (const h of topicHits.sort((a, b) => a.start - b.start)) {
    push(h.target === undefined ? { topic: h.topic } : { topic: h.topic, target: h.target });
  }

  // ---- follow-ups that continue a non-symptom topic ("how many a day?")
  const focusSymptom = focus.symptom;
  const genericPain = telling ? [] : [...masked.matchAll(GENERIC_PAIN)];
  if (
    queries.length === 0 &&
    symptomHits.length === 0 &&
    genericPain.length === 0 &&
    followUpTopic(focus.topic) !== undefined &&
    (QUANTITY.test(text) || TELL_MORE.test(text))
  ) {
    return [{ topic: followUpTopic(focus.topic) ?? 'unknown', confidence: Math.min(confidence, 0.9), span }];
  }
  const followUpCue = FOLLOW_UP_CUES[followUpTopic(focus.topic) ?? 'unknown'];
  if (
    queries.length === 0 &&
    symptomHits.length === 0 &&
    genericPain.length === 0 &&
    followUpCue?.test(text)
  ) {
    return [{ topic: followUpTopic(focus.topic) ?? 'unknown', confidence: Math.min(confidence, 0.9), span }];
  }
  const chatOnly = topicHits.some((h) => h.topic === 'smalltalk' && h.target === 'chat');
  // "can I ask a few questions about what has been going on?": consent to ask, no question about the illness
  const consent = topicHits.some((h) => h.topic === 'greeting');
  if ((historyHit || chatOnly || consent) && symptomHits.length === 0 && genericPain.length === 0) cues = [];

  // ---- symptom queries: each cue goes to the nearest mention before it (or after it)
  const read = symptomQueries(
    text,
    masked,
    cues,
    symptomHits,
    genericPain,
    focusSymptom,
    historyHit,
    lexicon,
  );
  const unanchored = focusSymptom === undefined && symptomHits.length === 0 && genericPain.length === 0;
  const asked = unanchored ? anchorCues(text, blankCues(text, cues), read, lexicon) : read;
  for (const q of asked) push(q);

  // ---- "tell me more" about the symptom in focus
  if (queries.length === 0 && TELL_MORE.test(text)) {
    const continued = followUpTopic(focus.topic);
    if (continued !== undefined) return [{ topic: continued, confidence: 0.9, span }];
    if (focusSymptom !== undefined)
      return [{ topic: 'symptom', target: focusSymptom, confidence: 0.9, span }];
    // "tell me more about that" with nothing under discussion (or after the opening) invites the story
    if (focus.topic === undefined || focus.topic === 'greeting' || focus.topic === 'opening')
      return [{ topic: 'opening', confidence: 0.9, span }];
  }

  if (queries.length === 0) {
    // "hmm ??", "erm": a hesitation alone is no acknowledgement of anything, and nothing to answer
    if (HESITATION_ONLY.test(text)) return [{ topic: 'unknown', confidence: 0, span }];
    if (ACKNOWLEDGEMENT.test(text) || TAG_QUESTION.test(text) || PREAMBLE.test(text)) return [];
    // "have your socks been leaving deep marks?": a symptom described in words of its own
    const described = QUESTION_FORM.test(text) ? symptomByWording(text, lexicon.wordings) : undefined;
    if (described !== undefined)
      return [{ topic: 'symptom', target: described, confidence: Math.min(confidence, 0.8), span }];
    return [{ topic: 'unknown', confidence: 0, span }];
  }
  return queries;
}
