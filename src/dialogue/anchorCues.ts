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
import { type SymptomQuery, YES_NO } from './clauseSymptomQueries.ts';
import { painSiteIn } from './painSites.ts';
import { symptomByWording } from './symptomByWording.ts';

/** What the illness as a whole has, with no symptom named: when it began, how long, how it goes. */
const WHOLE_ILLNESS: ReadonlySet<string> = new Set(['onset', 'duration', 'timing']);

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
  const described = symptomByWording(uncued, lexicon.wordings);
  const complaint = COMPLAINT.test(text);
  const out: SymptomQuery[] = [];
  for (const q of asked) {
    if (q.target !== undefined) out.push(q);
    else if (described !== undefined) {
      const attributes = lexicon.symptoms.get(described)?.attributes ?? [];
      // a yes/no question's cue words are what the symptom is like: "have your shoes felt tight?"
      const keeps = q.attribute !== undefined && attributes.includes(q.attribute) && !YES_NO.test(text);
      out.push(keeps ? { ...q, target: described } : { topic: 'symptom', target: described });
    } else if (q.attribute === undefined || WHOLE_ILLNESS.has(q.attribute) || complaint) out.push(q);
    else {
      // "how bad is the throat out of ten?": a body part stands for the pain in it
      const site = painSiteIn(uncued, lexicon.symptoms);
      if (site !== undefined) out.push({ ...q, target: site });
    }
  }
  return out.filter(
    (q, i) => out.findIndex((o) => o.target === q.target && o.attribute === q.attribute) === i,
  );
}
