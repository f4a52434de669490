/**
 * What one clause of a doctor's message asks. Topic rules, the phrase lexicon and the attribute cues
 * each propose hits; this settles conflicts between them the way a clinician would read the question.
 */
import type { Query, Topic } from '../domain/query.ts';
import type { SymptomAttribute } from '../ontology/schema.ts';
import { ATTRIBUTE_RULES } from './attributeRules.ts';
import type { Lexicon } from './buildLexicon.ts';
import {
  ABILITY_QUESTION,
  ASSOCIATED_WITH,
  BLEEDING,
  CLARIFY,
  CLOTS,
  CONTACT,
  EXAMPLE_LEAD,
  FALSE_FRIENDS,
  FOLLOW_UP_CUES,
  MEDICINE_PURPOSE,
  MEDICINES_AND_ALLERGIES,
  META_REQUEST,
  ORGAN_CONDITION,
  OWN_ILLNESS,
  PREAMBLE,
  PRESENCE,
  PRESENT_NOW,
  PROCEDURE,
  RULED_OUT,
  STARTS,
  TOPIC_FALSE_FRIENDS,
} from './clauseWordings.ts';
import { correctTypo } from './correctTypos.ts';
import { clauseTokens, findPhrases, type PhraseHit } from './findPhrases.ts';
import { namesOnlySystem } from './namesOnlySystem.ts';
import { restatesSymptom } from './restatesSymptom.ts';
import { SPELLING_VARIANTS } from './spellingVariants.ts';
import { tokenize } from './tokenize.ts';
import { TOPIC_RULES } from './topicRules.ts';

export interface ClauseFocus {
  symptom?: string | undefined;
  topic?: string | undefined;
}

interface TopicHit {
  topic: Topic;
  target?: string | undefined;
  start: number;
  /** End of the rule's match (phrase-derived hits: their start). */
  end?: number;
  blocks: readonly string[];
  /** Derived from a lexicon phrase rather than a topic rule. */
  fromPhrase?: boolean;
}

interface Mention {
  at: number;
  target: string | undefined;
}

/** History topics whose words make attribute cues in the same clause about them, not a symptom. */
const HISTORY_TOPICS: ReadonlySet<Topic> = new Set([
  'identity',
  'opening',
  'pmh',
  'surgery',
  'medications',
  'allergies',
  'family',
  'smoking',
  'alcohol',
  'drugs',
  'occupation',
  'living',
  'exposure',
  'pregnancy',
  'ideas',
  'concerns',
  'expectations',
  'summary',
  'smalltalk',
]);

/** Topics a bare follow-up ("how many a day?", "tell me more") continues. */
const FOLLOW_UP_TOPICS: readonly Topic[] = [
  'smoking',
  'alcohol',
  'drugs',
  'medications',
  'allergies',
  'pmh',
  'surgery',
  'family',
  'occupation',
  'living',
  'exposure',
  'pregnancy',
  'ideas',
  'concerns',
  'expectations',
];
const followUpTopic = (topic: string | undefined): Topic | undefined =>
  FOLLOW_UP_TOPICS.find((t) => t === topic);

/** Examination instructions: not a history question. */
const EXAM_INSTRUCTION =
  /^(?:(?:can|could|would) you |please |i (?:would like|need) you to |i am going to (?:ask you to )?|now )?(?:take a (?:deep |big )?breath|breathe (?:in|out)|lie (?:back|down|flat)(?![\w\s]*\b(?:in bed|at night|to sleep|when you|without|breath\w*))|sit (?:forward|up)|roll over|look (?:up|at|straight)|follow my finger|squeeze my|push (?:against|down)|open your mouth|stick (?:out )?your tongue|say ninety nine|cough for me|hold your breath|relax your)/;
const RADIATION_SITES: ReadonlySet<string> = new Set(['arm-pain', 'jaw-pain', 'neck-pain', 'back-pain']);
const TRAVEL: readonly string[] = ['long-haul-travel', 'foreign-travel'];
const RECENT =
  /\b(?:recent\w*|lately|(?:last|past) (?:few |couple of |two |three |\d+ )?(?:weeks?|months?|days)|this (?:year|month)|just had|since|ago)\b/;
const EXPOSURE_KEEP: Readonly<Record<string, RegExp>> = {
  'intravenous-drug-use': /\binject\w*|\bneedles?\b|\bintravenous\b|\biv\b/,
  birds: /\bbirds?\b|\bpigeons?\b|\bbudgies?\b|\bparrots?\b|\bpoultry\b|\bchickens?\b|\bfeathers?\b/,
};
const PMH_CUE =
  /\b(?:ever|diagnosed|history|told|in the past|before|previous\w*|past|known|suffer|know of|aware of)\b/;
const GENERIC_PAIN = /\b(?:pain|pains|painful|hurt|hurts|hurting|ache|aching|sore|discomfort)\b/g;
const PAIN_WORD = new RegExp(GENERIC_PAIN.source);
const PRONOUN = /\b(?:it|this|that|they|them|these|those)\b/g;
const PERSON =
  /^(?:anyone|anybody|someone|somebody|people|family|friends|colleagues|household|kids|children|partner|contact)\b/;
const GENERIC_SWELLING = /\b(?:swelling|swollen|swell|swells|puffiness|puffy)\b/g;
/** Something in the clause that asks rather than tells ("I can see you're in pain" only tells). */
const QUESTION_FORM =
  /\b(?:where|when|how|what|which|why|who|any|anything|tell me|describe)\b|\b(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will) (?:you|it|this|that|they|there|the|your)\b/;
const CONDITION_BEFORE =
  /\b(?:when|if|while|whilst|after|with|during|on) (?:you )?(?:have |get |are |feel |do )?(?:a |any |the |some )?$/;
const TELL_MORE =
  /\b(?:tell me (?:a bit |a little )?more|go on|carry on|say more|expand on|elaborate|more about (?:that|it|this)|more detail|explain (?:that|more))\b/;
const QUANTITY =
  /\bhow (?:many|much|long|often|heavily|regularly)\b|\bsince when\b|\bwhen did you (?:start|stop|quit|give up)\b|\bwhat (?:kind|type|sort)\b|\bwhich (?:ones?|kind)\b|\bper (?:day|week)\b|\ba (?:day|week)\b|\bwhat (?:dose|for)\b|\bwho\b|\bwhen was (?:that|this|it)\b/;
const ACKNOWLEDGEMENT =
  /^(?:(?:okay|right|all right|i see|great|good|fine|yes|no|sure|mm+|uh huh|ah|oh|perfect|lovely|excellent|brilliant|cool|got it|understood|noted|so|and|well|hmm+|alright|yeah|ok|sorry|thank you|thanks)\s*)+$/;
const TAG_QUESTION =
  /^(?:do|did|does|have|has|are|is|was|were|can|could|would|will|right|yeah|no|eh|innit)(?: you| it| they| he| she| there)?(?: not)?$/;

function blocked(hit: TopicHit, by: readonly TopicHit[]): boolean {
  return by.some(
    (b) =>
      b !== hit &&
      b.blocks.some(
        (k) =>
          k === '*' || k === hit.topic || (hit.target !== undefined && k === `${hit.topic}:${hit.target}`),
      ),
  );
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
  if ((EXAM_INSTRUCTION.test(text) && !ABILITY_QUESTION.test(text)) || META_REQUEST.test(text))
    return [{ topic: 'unknown', confidence: 0, span: clause }];
  const span = clause;
  const tokens = clauseTokens(text);
  // an idiom with a symptom word ("steady your nerves") is no mention of the symptom at all
  const phrases = findPhrases(text, tokens, lexicon, focus.symptom).filter(
    (p) => !((p.kind === 'symptom' || p.kind === 'exposure') && FALSE_FRIENDS[p.id]?.test(text)),
  );

  // ---- topic rules
  const hits: TopicHit[] = [];
  const weakHits: TopicHit[] = [];
  for (const rule of TOPIC_RULES) {
    const m = rule.re.exec(text);
    if (!m) continue;
    const hit = {
      topic: rule.topic,
      target: rule.target,
      start: m.index,
      end: m.index + m[0].length,
      blocks: rule.blocks ?? [],
    };
    (rule.weak ? weakHits : hits).push(hit);
  }
  // a topic word inside a longer symptom phrase ("needles" in "pins and needles", "patches" in "red
  // patches") is the symptom's, unless the topic deliberately claims that symptom ("heavy periods")
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i] as TopicHit;
    const end = h.end ?? h.start;
    const inside = phrases.find(
      (p) => p.kind === 'symptom' && p.start <= h.start && end <= p.end && p.end - p.start > end - h.start,
    );
    if (inside && !h.blocks.includes(`symptom:${inside.id}`)) hits.splice(i, 1);
  }
  const has = (topic: Topic, target?: string): boolean =>
    hits.some((h) => h.topic === topic && (target === undefined || h.target === target));
  if (MEDICINES_AND_ALLERGIES.test(text)) {
    for (const h of hits) if (h.topic === 'allergies') h.blocks = h.blocks.filter((b) => b !== 'medications');
  }

  // ---- attribute cues, on the clause with phrase mentions masked out
  let masked = text;
  // symptoms and medicines read as "q…" (something that can hurt or help); conditions as "x…"
  for (const p of phrases) {
    if (p.kind === 'symptom' || p.kind === 'condition' || p.kind === 'medication') {
      const mark = p.kind === 'condition' ? 'x' : 'q';
      // a comparative inside a phrase still speaks of the course: "is it getting harder to breathe?"
      const hidden = text
        .slice(p.start, p.end)
        .replace(/\b(?!(?:harder|easier|worse|better)\b)\w+/g, (w) => mark.repeat(w.length));
      masked = masked.slice(0, p.start) + hidden + masked.slice(p.end);
    }
  }
  // "worse than usual" asks whether it has changed, not what aggravates it
  masked = masked.replace(/\b(?:worse|better) than (?:usual|normal|before|it was|it used to be)\b/g, (m) =>
    ' '.repeat(m.length),
  );
  let cues: {
    attribute: SymptomAttribute;
    start: number;
    end: number;
    blocks: readonly SymptomAttribute[];
  }[] = [];
  for (const rule of ATTRIBUTE_RULES) {
    const m = rule.re.exec(masked);
    if (m && !cues.some((c) => c.attribute === rule.attribute)) {
      cues.push({
        attribute: rule.attribute,
        start: m.index,
        end: m.index + m[0].length,
        blocks: rule.blocks ?? [],
      });
    }
  }
  cues = cues.filter((c) => !cues.some((o) => o !== c && o.blocks.includes(c.attribute)));
  // "do they start suddenly, like a switch being flicked?": the example illustrates the cue before it
  cues = cues.filter(
    (c) => !(/^like a\b/.test(masked.slice(c.start)) && cues.some((o) => o.start < c.start)),
  );
  // "anything else along with the chest pain?", "other symptoms when your heart races?": the symptom
  // after "with" or "when" is the one asked about; "did you feel sick with the pain?" asks about the
  // sickness, not for a list of associated symptoms
  const anchor = phrases.find(
    (p) => p.kind === 'symptom' && ASSOCIATED_WITH.test(text.slice(Math.max(0, p.start - 30), p.start)),
  );
  const associatedAnchor = cues.some((c) => c.attribute === 'associated') ? anchor : undefined;
  if (!associatedAnchor && phrases.some((p) => p.kind === 'symptom' && p.id !== focus.symptom)) {
    cues = cues.filter((c) => c.attribute !== 'associated');
  }

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
  if (cues.some((c) => c.attribute === 'exacerbating' || c.attribute === 'relieving')) {
    symptomHits = symptomHits.filter((p) => !EXAMPLE_LEAD.test(text.slice(0, p.start)));
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
  // "any treatment for cancer?" asks about the treatment (an exposure), not the diagnosis inside it
  // and "any problems with your kidneys?" is a review of the system, not a condition called "kidney problems"
  const rosFramed = lexicon.rosFrame.test(text);
  // "is it streaks of blood or are there clots?": clots in the blood being discussed describe it
  const bleeding = focus.symptom !== undefined && BLEEDING.test(focus.symptom);
  const clots = phrases.filter(
    (p) =>
      bleeding && !PMH_CUE.test(text) && p.kind === 'condition' && CLOTS.test(text.slice(p.start, p.end)),
  );
  for (const p of clots.slice(0, 1)) {
    if (!cues.some((c) => c.attribute === 'character'))
      cues.push({ attribute: 'character', start: p.start, end: p.end, blocks: [] });
  }
  const conditionHits = phrases.filter(
    (p) =>
      p.kind === 'condition' &&
      !clots.includes(p) &&
      !phrases.some(
        (e) => e.kind === 'exposure' && e.weak !== true && e.start <= p.start && p.end <= e.end,
      ) &&
      !(rosFramed && namesOnlySystem(text.slice(p.start, p.end), lexicon)),
  );
  // "a stent put in or a bypass?" asks about the procedure, not the heart disease behind it
  if (has('surgery')) {
    for (let i = conditionHits.length - 1; i >= 0; i--) {
      const c = conditionHits[i] as PhraseHit;
      if (PROCEDURE.test(text.slice(c.start, c.end))) conditionHits.splice(i, 1);
    }
  }
  // a phrase that is both a condition and a symptom ("angina", "reflux") is a condition only in a history frame
  const historyFrame = PMH_CUE.test(text) || has('pmh') || has('family');
  const overlaps = (a: PhraseHit, b: PhraseHit): boolean => a.start < b.end && b.start < a.end;
  if (historyFrame) symptomHits = symptomHits.filter((s) => !conditionHits.some((c) => overlaps(c, s)));
  const conditions = historyFrame
    ? conditionHits
    : conditionHits.filter((c) => !symptomHits.some((s) => overlaps(c, s)));

  // ---- relieving "anything for it?" is about the symptom, not the medication list
  const relievingFor =
    cues.some((c) => c.attribute === 'relieving') &&
    (/\b(?:for|to help|to ease|to relieve|with) (?:it|this|that|them|the pain|the symptoms?|your pain|the discomfort|(?:the |your )?q{3,})/.test(
      masked,
    ) ||
      /\b(?:help|helps|helped|ease|eases|relieve|work|works|worked|better|difference|down|stop|stops|settle|settles)\b/.test(
        masked,
      ));
  if (relievingFor) {
    for (let i = hits.length - 1; i >= 0; i--) if (hits[i]?.topic === 'medications') hits.splice(i, 1);
  }

  // ---- phrase-derived hits: conditions, medications, allergies, exposures
  const familyContext = has('family') && !has('smalltalk', 'children');
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
    if (p.kind === 'medication' && !has('allergies') && !has('pregnancy', 'contraception') && !relievingFor) {
      hits.push({ topic: 'medications', target: p.id, start: p.start, blocks: [], fromPhrase: true });
    }
    if (p.kind === 'allergy' && has('allergies')) {
      hits.push({ topic: 'allergies', target: p.id, start: p.start, blocks: [], fromPhrase: true });
    }
  }
  const exposureHits = phrases.filter((p) => p.kind === 'exposure');
  // "has anyone around you had a cough?": the cough is theirs, the question is about contact
  for (const p of exposureHits) {
    if (PERSON.test(p.text)) symptomHits = symptomHits.filter((s) => !(p.start <= s.start && s.end <= p.end));
  }
  const exposureIds = new Set<string>();
  // "a cold before all this started?", "a virus in the last few weeks?": an illness before this one
  const antecedent =
    RECENT.test(text) ||
    /\bbefore (?:all )?(?:this|that|it|these|the \w+) (?:started|began|came on)\b/.test(text);
  for (const p of exposureHits) {
    if (p.id === 'recent-viral-illness' && antecedent) {
      // "a cold or flu-type illness before this?": a symptom inside or coordinated with it is part of it
      symptomHits = symptomHits.filter(
        (s) =>
          !(p.start <= s.start && s.end <= p.end) &&
          !/^ (?:or|and) (?:a |an |the )?$/.test(text.slice(s.end, p.start)),
      );
      cues = cues.filter((c) => !(c.attribute === 'duration' || c.attribute === 'onset'));
    }
    if (cues.some((c) => p.start < c.end && c.start < p.end)) continue;
    if (symptomHits.some((s) => overlaps(s, p))) continue;
    const entryWeak = p.weak === true;
    const keep = EXPOSURE_KEEP[p.id];
    if (entryWeak && !(keep ? keep.test(text) : RECENT.test(text))) continue;
    if (keep && !keep.test(text) && p.id === 'birds') continue;
    exposureIds.add(p.id);
  }
  if (TRAVEL.some((t) => exposureIds.has(t))) for (const t of TRAVEL) exposureIds.add(t);
  // "have you ever had TB yourself?" asks the patient's own history, not about a contact
  if (exposureIds.has('tb-contact') && OWN_ILLNESS.test(text) && !CONTACT.test(text)) {
    exposureIds.delete('tb-contact');
    if (!has('pmh')) hits.push({ topic: 'pmh', start: 0, blocks: [] });
  }
  if (exposureIds.has('tb-contact')) exposureIds.delete('sick-contacts');
  // "anyone in your family had lung cancer?" asks about the relative; only contact exposures stay
  if (has('family')) for (const id of exposureIds) if (!/contact/.test(id)) exposureIds.delete(id);
  for (const id of exposureIds)
    hits.push({ topic: 'exposure', target: id, start: 0, blocks: [], fromPhrase: true });

  // ---- review of systems
  if (lexicon.rosFrame.test(text)) {
    const systems = new Set<string>();
    // "your chest generally?" reviews the chest; "how are you generally?" the general health
    const generally = /\b(?:generally|overall|in general)\s*$/.test(text);
    if (/\bin yourself\b/.test(text)) systems.add('general');
    // a one-word symptom that is also a system word ("bowels") reads as the review of that system
    let rosText = text;
    for (const p of phrases) {
      if ((p.kind === 'symptom' || p.kind === 'condition') && /\s/.test(text.slice(p.start, p.end))) {
        // "problems with your hearing" is the review of the ears, not the hearing-loss term it also fits
        if (namesOnlySystem(text.slice(p.start, p.end), lexicon)) continue;
        rosText = rosText.slice(0, p.start) + '#'.repeat(p.end - p.start) + rosText.slice(p.end);
      }
    }
    for (const [word, system] of lexicon.systemWords) {
      const m = new RegExp(`\\b${word}\\b`).exec(rosText);
      if (!m) continue;
      systems.add(system);
      const at = m.index;
      symptomHits = symptomHits.filter((s) => !(s.start <= at && at < s.end));
    }
    if (generally && systems.size === 0) systems.add('general');
    // "any ENT symptoms, like a sore throat?": what follows "like" illustrates the system under review
    // "any pain anywhere else in your body?" asks about the pain, not a general review
    if (PAIN_WORD.test(text)) systems.delete('general');
    const exampleAt = systems.size > 0 ? text.search(/\b(?:like|such as|for example|e g)\b/) : -1;
    if (exampleAt >= 0) {
      symptomHits = symptomHits.filter((p) => p.start < exampleAt);
      cues = cues.filter((c) => c.start < exampleAt);
    }
    // "any symptoms from your heart / anywhere else in your body?" reviews a system: no symptom's
    // associated symptoms or radiation
    if (systems.size > 0 && symptomHits.length === 0 && !PAIN_WORD.test(text))
      cues = cues.filter((c) => c.attribute !== 'associated' && c.attribute !== 'radiation');
    // "do you have asthma or any lung problems?" is the history, not a review of the lungs
    const asPmh = PMH_CUE.test(text) || ORGAN_CONDITION.test(text) || conditions.length > 0 || has('pmh');
    for (const system of systems) {
      if (asPmh) {
        if (!has('pmh') && conditions.length === 0) hits.push({ topic: 'pmh', start: 0, blocks: [] });
      } else hits.push({ topic: 'ros', target: system, start: 0, blocks: [] });
    }
  }

  // ---- settle topic conflicts
  if (hits.length === 0 && symptomHits.length === 0 && cues.length === 0) hits.push(...weakHits);
  let topicHits = hits.filter((h) => !blocked(h, hits));
  if (topicHits.some((h) => h.topic === 'exposure' && h.target === 'sick-contacts')) {
    topicHits = topicHits.filter((h) => h.topic !== 'living');
  }
  if (topicHits.some((h) => h.topic === 'family')) {
    topicHits = topicHits.filter((h) => h.topic !== 'pmh');
    symptomHits = [];
  }
  // an acknowledgement ("I can see you're in a lot of pain") names the symptom but asks nothing about it
  const telling = topicHits.some((h) => h.topic === 'empathy') && !QUESTION_FORM.test(text);
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
  if (
    topicHits.some((h) => h.topic === 'anything-else') &&
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
  const push = (q: Omit<Query, 'confidence' | 'span'>): void => {
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
  if ((historyHit || chatOnly) && symptomHits.length === 0 && genericPain.length === 0) cues = [];

  // ---- symptom queries: each cue goes to the nearest mention before it (or after it)
  const focusInfo = focusSymptom === undefined ? undefined : lexicon.symptoms.get(focusSymptom);
  const mentions: Mention[] = symptomHits.map((s) => ({ at: s.start, target: s.id }));
  for (const m of genericPain) {
    const painfulHit = symptomHits.find((s) => lexicon.symptoms.get(s.id)?.painful);
    const target = focusInfo?.painful ? focusSymptom : painfulHit?.id;
    mentions.push({ at: m.index, target });
  }
  const swells = (id: string | undefined): boolean => id !== undefined && /swell/.test(id);
  for (const m of masked.matchAll(GENERIC_SWELLING)) {
    const target = swells(focusSymptom) ? focusSymptom : symptomHits.find((s) => swells(s.id))?.id;
    if (target !== undefined) mentions.push({ at: m.index, target });
  }
  // "this pain in the chest": a determiner before a symptom word is no pronoun of its own
  for (const m of masked.matchAll(PRONOUN)) {
    const next = masked.slice(m.index + m[0].length);
    // with no symptom in focus a pronoun ("anything else that goes with…") points nowhere
    if (/^ (?:q{3,}|pain|pains|ache|discomfort|swelling)\b/.test(next) || focusSymptom === undefined)
      continue;
    mentions.push({ at: m.index, target: focusSymptom });
  }
  mentions.sort((a, b) => a.at - b.at);

  const withCue = new Set<string>();
  for (const cue of cues.sort((a, b) => a.start - b.start)) {
    const before = mentions.filter((m) => m.at < cue.start).at(-1);
    const after = mentions.find((m) => m.at >= cue.start);
    const explicitAfter = after !== undefined && symptomHits.some((s) => s.start === after.at);
    // "…and what colour is the phlegm?": a cue right before a named symptom asks about that one
    const rightBefore =
      explicitAfter &&
      /^(?:\s+(?:is|are|was|were|does|did|do|has|have|of|the|your|this|that))*\s*$/.test(
        masked.slice(cue.end, after.at),
      );
    const chosen =
      explicitAfter && (rightBefore || before === undefined || before.target === focusSymptom)
        ? after
        : (before ?? after);
    const target = chosen === undefined ? focusSymptom : chosen.target;
    if (cue.attribute === 'timing' && restatesSymptom(masked.slice(cue.start, cue.end), target, lexicon))
      continue;
    // "do you have a cough at the moment?" asks whether it is there, not about its course
    if (
      cue.attribute === 'timing' &&
      PRESENCE.test(text) &&
      PRESENT_NOW.test(masked.slice(cue.start, cue.end))
    )
      continue;
    if (target !== undefined) withCue.add(target);
    // a rash or a swelling that "spreads" grows where it is: its site, it does not radiate
    const attributes = target === undefined ? undefined : lexicon.symptoms.get(target)?.attributes;
    const attribute =
      cue.attribute === 'radiation' && attributes?.includes('site') && !attributes.includes('radiation')
        ? 'site'
        : cue.attribute;
    push(target === undefined ? { topic: 'symptom', attribute } : { topic: 'symptom', target, attribute });
  }
  for (const s of symptomHits) {
    if (withCue.has(s.id)) continue;
    if (
      focusInfo?.painful &&
      focusInfo.attributes.includes('radiation') &&
      RADIATION_SITES.has(s.id) &&
      s.id !== focusSymptom
    ) {
      push({ topic: 'symptom', target: focusSymptom, attribute: 'radiation' });
      continue;
    }
    push({ topic: 'symptom', target: s.id });
  }
  if (cues.length === 0 && symptomHits.length === 0 && genericPain.length > 0 && !historyHit) {
    const target = focusInfo?.painful ? focusSymptom : undefined;
    push(target === undefined ? { topic: 'symptom' } : { topic: 'symptom', target });
  }

  // ---- "tell me more" about the symptom in focus
  if (queries.length === 0 && TELL_MORE.test(text)) {
    const continued = followUpTopic(focus.topic);
    if (continued !== undefined) return [{ topic: continued, confidence: 0.9, span }];
    if (focusSymptom !== undefined)
      return [{ topic: 'symptom', target: focusSymptom, confidence: 0.9, span }];
  }

  if (queries.length === 0) {
    if (ACKNOWLEDGEMENT.test(text) || TAG_QUESTION.test(text) || PREAMBLE.test(text)) return [];
    return [{ topic: 'unknown', confidence: 0, span }];
  }
  return queries;
}
