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

/** A time frame that makes an operation recent: "lately", "in the last few weeks", "recently". */
const RECENT_FRAME =
  /\b(?:recent\w*|lately|(?:last|past) (?:few |couple of |two |three |four |six |\d+ )?(?:weeks?|months?|days)|this (?:month|year)|just had)\b/;
/** Places abroad, named as somewhere the patient went: "been to Africa or Asia recently?". */
const PLACE_VISITED =
  /\b(?:been|gone|go|went|travel\w*|flown|flew|visit\w*|holiday\w* (?:in|to)|trip (?:to|abroad to)|back from|returned from|come back from|came back from) (?:to |over to |out to |away to |anywhere (?:like|in) )?(?:africa|asia|india|pakistan|bangladesh|china|thailand|vietnam|indonesia|the philippines|spain|france|italy|portugal|greece|turkey|egypt|morocco|nigeria|ghana|kenya|south africa|america|the (?:us|usa|states|caribbean|middle east|far east|tropics)|canada|mexico|brazil|australia|new zealand|europe|the continent|dubai)\b/;
/** Going somewhere: "have you been anywhere recently?", "any trips away?" ("any trips or falls?" trips). */
const WENT_ANYWHERE =
  /\b(?:have you|did you|you have|you) (?:been|gone|go|went|travel\w*)(?: away| abroad| off)? anywhere\b|\b(?:any|been on any|had any|gone on any) (?:trips?|holidays?|travels) (?:away|abroad|recently|lately|anywhere|this year)\b/;
/** Sitting or lying about: "have you been sat down a lot recently?", "stuck indoors much?". */
const SAT_ABOUT =
  /\b(?:sat|sitting|sat down|lying|laid|laying) (?:down |about |around )?(?:a lot|much|for (?:a )?long (?:time|periods?|spells?)|for hours|all day)\b|\bstuck (?:indoors|inside|at home|in (?:the house|a chair|bed))\b/;
/** Having been ill, as a state: "been ill", "been unwell", "felt poorly". */
const ILL_LATELY =
  /^(?![\w\s]*\b(?:anyone|anybody|someone|somebody|people|family|household|partner|kids|children|colleagues|friends|live with)\b)[\w\s]*\b(?:have you|were you|you have|you were|you) (?:been |felt |feeling |yourself )*(?:at all |a bit |very |quite )?(?:ill|unwell|poorly|off colour)\b/;
/** The patient's own past, beside the own-illness wordings: "any TB in your past?". */
const OWN_PAST = /\b(?:in your (?:own )?past|your (?:own )?(?:past|history))\b/;
/** Cancer named as what was treated, in the past: "ever been treated for cancer?" asks the diagnosis. */
const CANCER_NAMED = /\bcancer\b/;
const HISTORY_CUE = /\b(?:ever|in the past|previously|before|history)\b/;
const CURRENT = /\b(?:at the moment|currently|now|at present|ongoing|recent\w*|lately)\b/;

/** An infection named in words: "a cold", "the flu", "a bug", "a chest infection". */
const PRIOR_WORD =
  /\b(?:a|the) (?:bad |nasty |heavy |head |chest |stomach |tummy |viral |flu type |flu like )?(?:cold|flu|bug|virus|chest infection|infection|covid)\b/;
/**
 * Others with the same illness: "anyone else at home with it?", "anybody else been affected?", "is
 * anyone you live with getting the same?".
 */
const SAME_ILLNESS_AROUND =
  /\b(?:anyone|anybody|someone|somebody|others?)\b(?: else)?(?: (?:at home|in the house|in your house|at work|at school|around you|near you|you live with|you know|you work with|you have been (?:with|around)))?(?: (?:who (?:has|is)|that (?:has|is)|has|have|had|is|been|got))*(?: (?:with|got|had|has|have|having|getting|caught|suffering (?:from|with)))+ (?:it|the same|this|that|similar|anything similar|the same thing|something similar|these|those)\b|\b(?:anyone|anybody) else (?:been |who has been |who is )?(?:affected|poorly|ill|sick|unwell|struck down)\b|\b(?:near|around|in contact with|contact with|been with|exposed to|mixing with) (?:anyone|anybody|someone|somebody|people|others|children|kids)(?: (?:who (?:has|had|is|was|has had)|that (?:has|had)|with))\b/;
/** Infections that, caught before this illness, are the recent illness: a cold, a chest infection. */
const PRIOR_ILLNESS: ReadonlySet<string> = new Set(['coryza', 'recurrent-chest-infections']);
/**
 * What came before this illness: "a chest infection before this started?", "a cold in the weeks
 * before?", "anything like that beforehand?", "after you'd had a cold?".
 */
const BEFORE_THIS =
  /\bbefore (?:all )?(?:this|that|it|these|the \w+)\b(?! (?:is|was|has|had|one)\b)|\b(?:days?|weeks?|week or two|month|while|fortnight) (?:before|beforehand|leading up)\b|\bbeforehand\b|\b(?:run|lead|leading) up to\b|\bprior to (?:this|that|it)\b|\bafter (?:you (?:would |have )?(?:had|caught|got)|having|catching) (?:a |an |the )?(?:bad |nasty |heavy )?(?:cold|chest infection|flu|bug|virus)\b/;

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
  // "a chest infection before this started?", "a cold in the weeks before?": an infection caught before
  // this illness is the recent illness, not the symptom now
  // "any recent illnesses, like a cold or the flu?": the cold is the recent illness the exposure names
  // ("any chest infections recently?" asks how often they come: the symptom)
  const named = exposureHits.filter((p) => p.id === 'recent-viral-illness');
  const prior = symptomHits.filter(
    (s) =>
      PRIOR_ILLNESS.has(s.id) &&
      s.id !== focusSymptom &&
      (BEFORE_THIS.test(text) || (s.id === 'coryza' && antecedent && named.some((p) => overlaps(p, s)))),
  );
  // "did you have a cold before the cough started?": the infection word itself, however it was matched
  const priorWord = BEFORE_THIS.test(text) && PRIOR_WORD.test(text);
  if (prior.length > 0 || priorWord) {
    symptomHits = symptomHits.filter((s) => !prior.includes(s));
    cues = cues.filter((c) => !(c.attribute === 'duration' || c.attribute === 'onset'));
    exposureIds.add('recent-viral-illness');
  }
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
  // "anyone else at home with it?": others around with the same illness (in the family it is the
  // family history: "anyone in your family had anything similar?")
  if (!has('family') && SAME_ILLNESS_AROUND.test(text)) exposureIds.add('sick-contacts');
  // "have you been anywhere recently?", "have you been sat down a lot?": with no symptom asked about
  if (symptomHits.length === 0 && !PAIN_WORD.test(text)) {
    if (WENT_ANYWHERE.test(text)) exposureIds.add('foreign-travel');
    if (SAT_ABOUT.test(text)) exposureIds.add('immobilisation');
  }
  // "have you been to Africa or Asia recently?": a place abroad is travel
  if (PLACE_VISITED.test(text)) exposureIds.add('foreign-travel');
  // "have you been ill at all in the last few weeks?": an illness lately, with no symptom named
  if (
    focusSymptom === undefined &&
    symptomHits.length === 0 &&
    ILL_LATELY.test(text) &&
    RECENT_FRAME.test(text)
  )
    exposureIds.add('recent-viral-illness');
  if (TRAVEL.some((t) => exposureIds.has(t))) for (const t of TRAVEL) exposureIds.add(t);
  if (aboutExposure && exposureIds.size > 0) cues = cues.filter((c) => !WHEN_CUES.has(c.attribute));
  // "have you ever had TB yourself?" asks the patient's own history, not about a contact
  // "TB yourself, or been around anyone who has?" asks both
  // "have u been under the knife at all lately?": an operation with a recent time frame is a risk too
  if (has('surgery') && RECENT_FRAME.test(text)) exposureIds.add('recent-surgery');
  // "have you ever been treated for cancer?" asks the diagnosis (past history); "ever had chemo?" the
  // treatment itself
  if (
    exposureIds.has('cancer-treatment') &&
    CANCER_NAMED.test(text) &&
    HISTORY_CUE.test(text) &&
    !CURRENT.test(text) &&
    !/\b(?:chemo\w*|radio\w*|immuno\w*)\b/.test(text)
  ) {
    exposureIds.delete('cancer-treatment');
    if (!has('pmh')) hits.push({ topic: 'pmh', start: 0, blocks: [] });
  }
  if (exposureIds.has('tb-contact') && (OWN_ILLNESS.test(text) || OWN_PAST.test(text))) {
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
