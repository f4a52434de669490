/**
 * The symptom queries of one clause: each attribute cue goes to the symptom it is about (the nearest
 * mention before it, or after it, a pronoun or a bare "pain" standing for the symptom in focus), and
 * each symptom named without a cue is asked about as such.
 */
import type { Query } from '../domain/query.ts';
import type { Lexicon, SymptomInfo } from './buildLexicon.ts';
import { type AttributeCue, IS_IT } from './clauseCues.ts';
import { PRESENCE, PRESENT_NOW } from './clauseWordings.ts';
import type { PhraseHit } from './findPhrases.ts';
import { painSiteIn } from './painSites.ts';
import { restatesSymptom } from './restatesSymptom.ts';
import { sharesExertion } from './sharedCircumstance.ts';
import { symptomByWording } from './symptomByWording.ts';

export type SymptomQuery = Omit<Query, 'confidence' | 'span'>;

interface Mention {
  at: number;
  target: string | undefined;
}

const RADIATION_SITES: ReadonlySet<string> = new Set(['arm-pain', 'jaw-pain', 'neck-pain', 'back-pain']);
const GENERIC_SWELLING = /\b(?:swelling|swollen|swell|swells|puffiness|puffy)\b/g;
const PRONOUN = /\b(?:it|this|that|they|them|these|those)\b/g;
/** A question answered yes or no ("have your stools been black and sticky?"), not a wh-question. */
export const YES_NO =
  /^(?:(?:and|so|but|ok|okay|right) )?(?:do|does|did|is|are|was|were|have|has|had|got|any|can|could|would|will|you)\b(?![^?]*\b(?:where|which|what|how|why)\b)/;
/** A question whether something is there at all: "have you had…", "do you ever get…", "any…". */
const PRESENCE_QUESTION =
  /^(?:(?:and|so|but|ok|okay|right|i was wondering|i wondered|(?:whether|if)(?: you have)?|would you say) )*(?:have|has|do|did|got|any)\b/;
/** What a yes/no question asks of the symptom in focus even in the words that describe it. */
const FOCUS_ASKED: ReadonlySet<string> = new Set(['site', 'exacerbating', 'relieving']);
/** A leading "when…" that sets the scene: "when it…", "when you get them…". */
const SCENE = /^(?:(?:and|so|ok|okay|right) )*(?:when|whenever|once) (?:it|they|you|this|that)(?: \w+)?\s*$/;
/**
 * A question whether something has been there: "have you been…", "has your sight…", "whether you've
 * noticed…", "does your chest ever…".
 */
export const HAS_BEEN_THERE =
  /^(?:(?:and|so|but|ok|okay|right|i was wondering|i wondered) )*(?:(?:whether|if) )?(?:have|has) (?:you|your)\b|^(?:(?:and|so|but|ok|okay|right) )*(?:do|does) (?:you|your \w+) ever\b|^(?:(?:and|so|but|ok|okay|right|i was wondering|i wondered) )*(?:whether|if) you have\b/;
/** What something is mixed in: "…mixed into the phlegm", "…streaked through it". */
const MIXED_IN =
  /\b(?:mixed|streaked|mingled) (?:in|into|with|through)(?: with)? (?:the |your |some |any )?$/;
/** What a symptom stops the patient doing: "does it stop you (from) sleeping?". */
const STOPS_YOU = /\b(?:it|they|this|that|the \w+) (?:\w+ )?stop(?:s|ping)? you (?:from )?$/;
/** "is it X or (more) Y?", "does it feel like X or Y?": what "it" is, one thing or the other. */
const IT_IS_ONE_OR_OTHER =
  /^(?:(?:and|so|ok|okay|right) )*(?:is|was) (?:it|this|that)\b[^?]* or\b|^(?:(?:and|so|ok|okay|right) )*(?:does|did) (?:it|this|that) feel\b[^?]* or\b/;
/** A clause that describes the mention before it: "…that goes when you stop", "…and then gets better". */
const DESCRIBING_CLAUSE = /\b(?:that|which|and then|then)(?: \w+)?\s*$/;
/** A time of day alone: "in the morning", "first thing in the morning", "in the evenings", "waking early". */
const TIME_OF_DAY =
  /^(?:(?:first thing )?in the (?:mornings?|evenings?)|wak(?:e|es|ing) (?:up )?(?:too )?early|early waking)$/;
/** How far the patient gets before they must stop: the exercise tolerance question. */
const EXERTION_DISTANCE = /\b(?:before|until|till)\b/;
/** What a description in a yes/no question never is: when, how long, how bad, how often are asked. */
const ASKED_ATTRIBUTES: ReadonlySet<string> = new Set([
  'onset',
  'duration',
  'severity',
  'associated',
  'timing',
]);

/**
 * Whether a bare "pain" stands for the symptom in focus: a painful symptom by name, or one whose terms
 * name a pain ("calf pain on walking" for claudication, "pain passing urine" for dysuria).
 */
const painStandsFor = (info: SymptomInfo | undefined): boolean =>
  info !== undefined && (info.painful || info.termStems.has('pain'));

/** Where the symptom words of a clause are, each with the symptom it stands for. */
function symptomMentions(
  masked: string,
  symptomHits: readonly PhraseHit[],
  genericPain: readonly RegExpExecArray[],
  focusSymptom: string | undefined,
  lexicon: Lexicon,
): Mention[] {
  const focusInfo = focusSymptom === undefined ? undefined : lexicon.symptoms.get(focusSymptom);
  const mentions: Mention[] = symptomHits.map((s) => ({ at: s.start, target: s.id }));
  for (const m of genericPain) {
    const painfulHit = symptomHits.find((s) => lexicon.symptoms.get(s.id)?.painful);
    const target = painStandsFor(focusInfo) ? focusSymptom : painfulHit?.id;
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
  return mentions.sort((a, b) => a.at - b.at);
}

/**
 * Whether a cue is part of the mention's description: coordinated with it ("black and sticky", "gone
 * white and cold") or an adjective right before it ("a cramping pain in your calves").
 */
function joined(masked: string, mention: PhraseHit, cue: AttributeCue): boolean {
  if (cue.end <= mention.start && /^ ?$/.test(masked.slice(cue.end, mention.start))) return true;
  const between =
    cue.start >= mention.end ? masked.slice(mention.end, cue.start) : masked.slice(cue.end, mention.start);
  return /^ (?:and|&) (?:\w+ )?$/.test(between) || /\band $/.test(masked.slice(0, cue.start));
}

/** The symptom queries of a clause, in the order they are asked. */
export function symptomQueries(
  text: string,
  masked: string,
  cues: readonly AttributeCue[],
  mentioned: readonly PhraseHit[],
  genericPain: readonly RegExpExecArray[],
  focusSymptom: string | undefined,
  historyHit: boolean,
  lexicon: Lexicon,
): SymptomQuery[] {
  let symptomHits = mentioned;
  const queries: SymptomQuery[] = [];
  const focusInfo = focusSymptom === undefined ? undefined : lexicon.symptoms.get(focusSymptom);
  // "is it spinning or more lightheaded?" (dizziness in focus), "is it itchy or painful, raised or
  // flat?" (a rash in focus): "it" said to be the focus symptom's own kind or another's, or one feel
  // or another, is a choice of what the focus symptom is like
  const feel = (s: PhraseHit): boolean => /^[a-z]+(?:y|ful|ing)$/.test(text.slice(s.start, s.end));
  if (
    focusSymptom !== undefined &&
    focusInfo?.attributes.includes('character') &&
    cues.every((c) => c.attribute === 'character') &&
    IT_IS_ONE_OR_OTHER.test(text) &&
    !/\b(?:most|main|worse|worst|problem|bother\w*|worr\w*|trouble\w*)\b/.test(text) &&
    symptomHits.length > 0 &&
    (symptomHits.some((s) => s.id === focusSymptom) || symptomHits.every(feel))
  )
    return [{ topic: 'symptom', target: focusSymptom, attribute: 'character' }];
  let mentions = symptomMentions(masked, symptomHits, genericPain, focusSymptom, lexicon);
  // "does your chest pain move up into your neck or down your arm?": a pain site named after the
  // painful symptom, in a radiation question, is where that symptom goes, not a symptom of its own
  for (const cue of cues) {
    if (cue.attribute !== 'radiation') continue;
    const source = mentions
      .filter(
        (m) =>
          m.at < cue.start &&
          m.target !== undefined &&
          !RADIATION_SITES.has(m.target) &&
          lexicon.symptoms.get(m.target)?.painful,
      )
      .at(-1);
    if (source === undefined) continue;
    const goesTo = (s: PhraseHit): boolean =>
      RADIATION_SITES.has(s.id) && s.id !== source.target && s.start > source.at;
    mentions = mentions.filter((m) => !symptomHits.some((s) => goesTo(s) && s.start === m.at));
    symptomHits = symptomHits.filter((s) => !goesTo(s));
  }
  // "how far up does the swelling go, just the ankles or up to the knees?": with a swelling in focus,
  // another swelling a site question names is where it reaches, not a symptom of its own
  if (focusSymptom !== undefined && /swell/.test(focusSymptom) && cues.some((c) => c.attribute === 'site')) {
    const reach = (s: PhraseHit): boolean => s.id !== focusSymptom && /swell/.test(s.id);
    mentions = mentions.filter((m) => !symptomHits.some((s) => reach(s) && s.start === m.at));
    symptomHits = symptomHits.filter((s) => !reach(s));
  }
  // "is the blood bright red or mixed into the phlegm?": what the blood is mixed in is what it looks
  // like, no symptom asked
  const medium = (s: PhraseHit): boolean =>
    MIXED_IN.test(masked.slice(0, s.start)) &&
    (focusSymptom !== undefined || symptomHits.some((o) => o.start < s.start));
  mentions = mentions.filter((m) => !symptomHits.some((s) => medium(s) && s.start === m.at));
  symptomHits = symptomHits.filter((s) => !medium(s));
  // "does it stop you sleeping?": what the symptom in focus stops is how bad it is, no symptom asked
  if (focusSymptom !== undefined) {
    const stopped = (s: PhraseHit): boolean => STOPS_YOU.test(masked.slice(0, s.start));
    mentions = mentions.filter((m) => !symptomHits.some((s) => stopped(s) && s.start === m.at));
    symptomHits = symptomHits.filter((s) => !stopped(s));
  }
  const withCue = new Set<string>();
  for (const cue of [...cues].sort((a, b) => a.start - b.start)) {
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
    // (a time of day asked of the symptom in focus is its timing, even one of its own words:
    // "are the joints stiff in the morning?" with morning stiffness in focus)
    const timeOfDay = TIME_OF_DAY.test(masked.slice(cue.start, cue.end));
    if (
      cue.attribute === 'timing' &&
      !(timeOfDay && target !== undefined && target === focusSymptom) &&
      restatesSymptom(masked.slice(cue.start, cue.end), target, lexicon)
    )
      continue;
    // "do you have a cough at the moment?", "is your breathing hard work at the moment?" ask whether it
    // is there, not about its course; "how bad is it right now?" asks how bad it is now; "anything going
    // on with your skin at the moment?", with no symptom to be about, only dates the question
    if (
      cue.attribute === 'timing' &&
      PRESENT_NOW.test(masked.slice(cue.start, cue.end)) &&
      (target === undefined ||
        PRESENCE.test(text) ||
        cues.some((c) => c.attribute !== 'timing') ||
        (YES_NO.test(text) && symptomHits.some((s) => s.start === chosen?.at)))
    )
      continue;
    // "when it wakes you up, what do you do to make it better?": a leading "when…" sets the scene for
    // the question after it, it asks no time of its own
    if (
      cue.attribute === 'timing' &&
      SCENE.test(masked.slice(0, cue.start)) &&
      cues.some((c) => c.start > cue.end && c.attribute !== 'timing')
    )
      continue;
    // "are you stiff in the mornings?": a time of day names a symptom not yet discussed (morning
    // stiffness), it asks when only about the one in focus ("are the joints stiff in the morning?")
    // ("how long does it take to wear off in the morning?": the morning is when the other cue applies)
    if (
      cue.attribute === 'timing' &&
      timeOfDay &&
      (target === undefined || target !== focusSymptom || cues.some((c) => c.attribute !== 'timing'))
    )
      continue;
    // "how many flights of stairs can you manage before you stop?": the distance is how a symptom
    // defined by exertion is told, not what brings it on
    if (
      cue.attribute === 'exacerbating' &&
      EXERTION_DISTANCE.test(masked.slice(cue.start, cue.end)) &&
      /exer/i.test(lexicon.symptoms.get(target ?? '')?.name ?? '')
    )
      continue;
    // a rash or a swelling that "spreads" grows where it is: its site, it does not radiate
    const attributes = target === undefined ? undefined : lexicon.symptoms.get(target)?.attributes;
    const attribute =
      cue.attribute === 'radiation' && attributes?.includes('site') && !attributes.includes('radiation')
        ? 'site'
        : cue.attribute;
    // "how high did it get?" (fever in focus): how bad a symptom graded by no severity of its own is
    // (a temperature is measured), asks about the symptom itself
    if (
      attribute === 'severity' &&
      target !== undefined &&
      target === focusSymptom &&
      attributes !== undefined &&
      !attributes.includes('severity')
    ) {
      withCue.add(target);
      queries.push({ topic: 'symptom', target });
      continue;
    }
    // "have your stools been black and sticky?", "do you get full quickly when you eat?": in a yes/no
    // question a cue describes the symptom named, it asks nothing, when it is an attribute the symptom
    // does not have ("cold to touch") or is made of the way its patients describe it ("when you
    // eat"); a look or feel only when joined to the mention ("black and sticky", "a cramping pain in
    // your calves"): "is your cough dry?" still asks what the cough is like
    // ("is it a dry tickly cough?" says what "it" is like: it asks)
    const mention = symptomHits.find((s) => s.start === chosen?.at);
    const cueText = masked.slice(cue.start, cue.end);
    if (
      mention !== undefined &&
      target !== undefined &&
      !ASKED_ATTRIBUTES.has(attribute) &&
      YES_NO.test(text) &&
      !/\bor\b/.test(text) &&
      !IS_IT.test(masked.slice(0, cue.start)) &&
      (!attributes?.includes(attribute) ||
        ((attribute !== 'character' || joined(masked, mention, cue)) &&
          // with the symptom under discussion, what eases it or where it is is asked even in its
          // patients' words: "does the leg pain go away when you stop and rest?" (claudication in
          // focus), "is the swelling in both legs?" (ankle swelling in focus)
          !(target === focusSymptom && FOCUS_ASKED.has(attribute)) &&
          restatesSymptom(cueText, target, lexicon, 'described')))
    )
      continue;
    // "do you get pain in your calves when you walk that goes when you stop?": asking whether a symptom
    // not under discussion is there, what eases it, told in a clause about it ("that goes…", "and
    // then gets better…"), says which symptom is meant (claudication), it asks nothing of it yet
    if (
      target !== undefined &&
      target !== focusSymptom &&
      (attribute === 'relieving' || attribute === 'exacerbating') &&
      PRESENCE_QUESTION.test(text) &&
      DESCRIBING_CLAUSE.test(masked.slice(0, cue.start))
    )
      continue;
    // "have you been sweating a lot during the day?", "have you noticed any pressure across your chest,
    // like someone sitting on you?": whether a symptom not under discussion has been there at all;
    // when and what it is like describe which symptom is meant, they are asked once it is known
    if (
      target !== undefined &&
      target !== focusSymptom &&
      (attribute === 'timing' || attribute === 'character') &&
      HAS_BEEN_THERE.test(text)
    )
      continue;
    // "have your calves been swollen, red or tender?", "do you get a burning feeling behind your
    // breastbone?": asking whether a symptom not yet discussed is there, its look or feel says which
    // symptom is meant; what it is like is asked once it is known ("is it sharp?")
    if (
      mention !== undefined &&
      target !== undefined &&
      target !== focusSymptom &&
      attribute === 'character' &&
      PRESENCE_QUESTION.test(text)
    )
      continue;
    if (target !== undefined) withCue.add(target);
    queries.push(
      target === undefined ? { topic: 'symptom', attribute } : { topic: 'symptom', target, attribute },
    );
  }
  for (const s of symptomHits) {
    if (withCue.has(s.id)) continue;
    if (
      focusInfo?.painful &&
      focusInfo.attributes.includes('radiation') &&
      RADIATION_SITES.has(s.id) &&
      s.id !== focusSymptom
    ) {
      queries.push({ topic: 'symptom', target: focusSymptom, attribute: 'radiation' });
      continue;
    }
    // "chest pain or breathlessness when exercising?": the exertion brings the chest pain on too
    if (sharesExertion(text, s, symptomHits, lexicon)) {
      queries.push({ topic: 'symptom', target: s.id, attribute: 'exacerbating' });
      continue;
    }
    queries.push({ topic: 'symptom', target: s.id });
  }
  if (cues.length === 0 && symptomHits.length === 0 && genericPain.length > 0 && !historyHit) {
    // "any pain in your left arm?": with no painful symptom in focus, the part named is where it hurts
    // "any pain passing water?": or the symptom the rest of the clause describes
    const target = painStandsFor(focusInfo)
      ? focusSymptom
      : (painSiteIn(text, lexicon.symptoms) ?? symptomByWording(text, lexicon.wordings));
    queries.push(target === undefined ? { topic: 'symptom' } : { topic: 'symptom', target });
  }
  return queries;
}
