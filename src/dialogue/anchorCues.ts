/**
 * Attribute cues with nothing to be about: no symptom in focus, none named, no pain word. "Describe
 * the coagulation cascade", "show my score" hold a cue word but ask about no symptom; "have your shoes
 * been feeling tight?" describes one in words of its own. A cue is given the symptom the clause's
 * other words describe (see symptomByWording; the cue words themselves describe nothing: "how long
 * does it last?" is no heavy period). Failing that, a cue stands without a symptom only when it asks
 * about the illness as a whole ("when did you first start feeling unwell?") or about "it", the
 * complaint ("how would you describe it?"), or goes to the pain of a body part named ("how bad is the
 * throat?", see painSites); any other is dropped, so the clause is `unknown` rather than a confident
 * guess.
 */
import type { Lexicon } from './buildLexicon.ts';
import { HAS_BEEN_THERE, type SymptomQuery, YES_NO } from './clauseSymptomQueries.ts';
import { painSiteIn } from './painSites.ts';
import { symptomByWording } from './symptomByWording.ts';

/** What the illness as a whole has, with no symptom named: when it began, how long, how it goes. */
const WHOLE_ILLNESS: ReadonlySet<string> = new Set(['onset', 'duration', 'timing']);

/** Weight lost, told by its amount: "how many kilos have you lost?", "how much have you lost?". */
const WEIGHT_LOST =
  /\b(?:kilos?|kgs?|pounds|lbs?|stones?|weight)\b[^.?!]*\b(?:lost|dropped|come off|came off)\b|\bhow much (?:\w+ ){0,3}(?:lost|dropped)\b/;

/** A pronoun for the complaint the patient came with. */
const COMPLAINT = /\b(?:it|this|that|they|them|these|those)\b/;

/**
 * The cues of `asked` given a symptom, or kept or dropped; `text` is the clause, `uncued` the clause
 * with the cue words blanked out.
 */
export function anchorCues(
  text: string,
  uncued: string,
  asked: readonly SymptomQuery[],
  lexicon: Lexicon,
): SymptomQuery[] {
  if (!asked.some((q) => q.target === undefined)) return [...asked];
  // "how many kilos have you lost, and over what time?": an amount of weight lost is the weight loss
  const described =
    WEIGHT_LOST.test(text) && lexicon.symptoms.has('weight-loss')
      ? 'weight-loss'
      : symptomByWording(uncued, lexicon.wordings);
  const complaint = COMPLAINT.test(text);
  const out: SymptomQuery[] = [];
  for (const q of asked) {
    if (q.target !== undefined) out.push(q);
    else if (described !== undefined) {
      const attributes = lexicon.symptoms.get(described)?.attributes ?? [];
      // a yes/no question's cue words are what the symptom is like: "have your shoes felt tight?"
      const keeps = q.attribute !== undefined && attributes.includes(q.attribute) && !YES_NO.test(text);
      out.push(keeps ? { ...q, target: described } : { topic: 'symptom', target: described });
    } else if (q.attribute === undefined || WHOLE_ILLNESS.has(q.attribute)) out.push(q);
    else if (complaint) {
      // "where in your chest do you feel it?": "it" felt in a body part is the pain of that part
      const site = painSiteIn(uncued, lexicon.symptoms);
      out.push(site === undefined ? q : { ...q, target: site });
    } else {
      // "how bad is the throat out of ten?": a body part stands for the pain in it
      const site = painSiteIn(uncued, lexicon.symptoms);
      // "have you noticed any pressure across your chest, like someone sitting on you?": what it is
      // like says which pain is meant, in a question whether it has been there at all
      const describes =
        HAS_BEEN_THERE.test(text) && (q.attribute === 'character' || q.attribute === 'timing');
      if (site !== undefined)
        out.push(describes ? { topic: 'symptom', target: site } : { ...q, target: site });
    }
  }
  return out.filter(
    (q, i) => out.findIndex((o) => o.target === q.target && o.attribute === q.attribute) === i,
  );
}
