/**
 * The exposures one clause asks about (travel, contacts, an illness before this one…), and what they
 * take from the symptoms and cues around them: a cough "anyone around you had" is theirs, and "a cold
 * before all this started?" asks about the cold as an antecedent, not its duration.
 */
import type { AttributeCue } from './clauseCues.ts';
import { PAIN_WORD } from './clauseSystems.ts';
import type { TopicHit } from './clauseTopicHits.ts';
import { CONTACT, OWN_ILLNESS } from './clauseWordings.ts';
import type { PhraseHit } from './findPhrases.ts';

const TRAVEL: readonly string[] = ['long-haul-travel', 'foreign-travel'];
const RECENT =
  /\b(?:recent\w*|lately|(?:last|past) (?:few |couple of |two |three |\d+ )?(?:weeks?|months?|days)|this (?:year|month)|just had|since|ago)\b/;
const EXPOSURE_KEEP: Readonly<Record<string, RegExp>> = {
  'intravenous-drug-use': /\binject\w*|\bneedles?\b|\bintravenous\b|\biv\b/,
  // breastfeeding is the weeks after childbirth, with or without a time word
  'pregnancy-postpartum':
    /\bbreast ?feed\w*|\bpostpartum\b|\bpostnatal\b|\brecent\w*|\blately\b|\b(?:last|past) (?:few |couple of |\d+ )?(?:weeks?|months?)\b/,
  birds: /\bbirds?\b|\bpigeons?\b|\bbudgies?\b|\bparrots?\b|\bpoultry\b|\bchickens?\b|\bfeathers?\b/,
};
const PERSON =
  /^(?:anyone|anybody|someone|somebody|people|family|friends|colleagues|household|kids|children|partner|contact)\b/;

/** The attributes that ask when or how long: of an exposure too. */
const WHEN_CUES: ReadonlySet<string> = new Set(['onset', 'duration', 'timing']);
/** An exposure phrase that runs on past a time cue into its own word ("how long was the flight"). */
const AFTER_TIME = /\b(?:flights?|journey|trip|drive|holiday|stay)$/;

const overlaps = (a: PhraseHit, b: PhraseHit): boolean => a.start < b.end && b.start < a.end;

/**
 * Adds the clause's exposure hits (and a `pmh` hit for the patient's own TB) to `hits`; returns the
 * symptom mentions and cues that are left once the exposures have taken theirs.
 */
export function readExposures(
  text: string,
  phrases: readonly PhraseHit[],
  hits: TopicHit[],
  symptomHits: PhraseHit[],
  cues: AttributeCue[],
  focusSymptom?: string,
): { symptomHits: PhraseHit[]; cues: AttributeCue[] } {
  const has = (topic: TopicHit['topic']): boolean => hits.some((h) => h.topic === topic);
  const exposureHits = phrases.filter((p) => p.kind === 'exposure');
  // "has anyone around you had a cough?": the cough is theirs, the question is about contact
  for (const p of exposureHits) {
    if (PERSON.test(p.text)) symptomHits = symptomHits.filter((s) => !(p.start <= s.start && s.end <= p.end));
  }
  const exposureIds = new Set<string>();
  // "how long was the flight?", "when did you travel?": with no symptom named or in focus, when and how
  // long ask about the exposure itself
  const aboutExposure = focusSymptom === undefined && symptomHits.length === 0 && !PAIN_WORD.test(text);
  // "a cold before all this started?", "a virus in the last few weeks?": an illness before this one
  const antecedent =
    RECENT.test(text) ||
    /\bbefore (?:all )?(?:this|that|it|these|the \w+) (?:started|began|came on)\b|\b(?:run|lead|leading) up to\b|\bbeforehand\b|\bprior to (?:this|that|it)\b/.test(
      text,
    );
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
    if (cues.some((c) => p.start < c.end && c.start < p.end) && !(aboutExposure && AFTER_TIME.test(p.text)))
      continue;
    if (symptomHits.some((s) => overlaps(s, p))) continue;
    const entryWeak = p.weak === true;
    const keep = EXPOSURE_KEEP[p.id];
    if (entryWeak && !(keep ? keep.test(text) : RECENT.test(text))) continue;
    if (keep && !keep.test(text) && p.id === 'birds') continue;
    exposureIds.add(p.id);
  }
  if (TRAVEL.some((t) => exposureIds.has(t))) for (const t of TRAVEL) exposureIds.add(t);
  if (aboutExposure && exposureIds.size > 0) cues = cues.filter((c) => !WHEN_CUES.has(c.attribute));
  // "have you ever had TB yourself?" asks the patient's own history, not about a contact
  // "TB yourself, or been around anyone who has?" asks both
  if (exposureIds.has('tb-contact') && OWN_ILLNESS.test(text)) {
    if (!CONTACT.test(text)) exposureIds.delete('tb-contact');
    if (!has('pmh')) hits.push({ topic: 'pmh', start: 0, blocks: [] });
  }
  if (exposureIds.has('tb-contact')) exposureIds.delete('sick-contacts');
  // "anyone in your family had lung cancer?" asks about the relative; only contact exposures stay
  if (has('family')) for (const id of exposureIds) if (!/contact/.test(id)) exposureIds.delete(id);
  for (const id of exposureIds)
    hits.push({ topic: 'exposure', target: id, start: 0, blocks: [], fromPhrase: true });
  return { symptomHits, cues };
}
