/**
 * Of two symptoms named in one clause, the one whose own description takes in the other's words is
 * the one asked about: "how many pillows do you need to sleep on?" is orthopnoea (its patients speak
 * of sleeping on pillows), not poor sleep as well; "a cramping pain in your calves when you walk" is
 * claudication, not muscle cramps. Two symptoms that each take in the other's words are both kept, and
 * so are symptoms listed ("cough, phlegm or blood") or set apart ("faint, but not pass out").
 */
import type { Lexicon } from './buildLexicon.ts';
import type { PhraseHit } from './findPhrases.ts';
import { FILLER_WORDS, phraseStems, WEAK_WORDS } from './phraseStems.ts';

/** The stems of a mention's own words (not its fillers). */
function ownStems(text: string): string[] {
  return phraseStems(text).filter((w) => !FILLER_WORDS.has(w) && !WEAK_WORDS.has(w));
}

/** Words between two mentions that list them or set them apart. */
const APART = /\b(?:or|and|but|not|nor|without|n t)\b|[,;]/;

/**
 * Whether two mentions are told apart in the clause: listed ("cough, phlegm or blood", and the commas
 * are gone by now, so side by side is a list unless the first is a one-word modifier of the second,
 * "a cramping pain in your calves") or set apart ("faint, but not pass out").
 */
function apart(text: string, h: PhraseHit, o: PhraseHit): boolean {
  const between = text.slice(Math.min(o.end, h.end), Math.max(o.start, h.start));
  if (between.trim() === '')
    return !(h.end <= o.start && /^[a-z]+(?:ing|y)$/.test(text.slice(h.start, h.end)));
  // "has your leg gone cold or pale?": one word added to a longer mention goes on describing it
  if (
    /^ (?:or|and) $/.test(between) &&
    o.end <= h.start &&
    /^[a-z]+$/.test(text.slice(h.start, h.end)) &&
    /\s/.test(text.slice(o.start, o.end))
  )
    return false;
  return APART.test(between);
}

function describes(lexicon: Lexicon, id: string, stems: readonly string[]): boolean {
  const described = lexicon.symptoms.get(id)?.describedStems;
  return described !== undefined && stems.length > 0 && stems.every((s) => described.has(s));
}

/** An episode word ends the mention: "shaking episodes", "funny turns", "dizzy spells". */
const EPISODE = /\b(?:episodes?|attacks?|spells?|turns?|bouts?)$/;
/** A relative clause after it says what the episodes are: "…where you can't stop shivering". */
const DEFINED_BY = /^ (?:where|when|in which|during which|that|which) (?:\w+ ){0,4}$/;

/**
 * Whether a mention of episodes is defined by the symptom in the relative clause after it: "any
 * shaking episodes where you can't stop shivering?" asks about the shivering (rigors), not fits.
 */
const definedBy = (text: string, h: PhraseHit, o: PhraseHit): boolean =>
  o.start >= h.end && EPISODE.test(text.slice(h.start, h.end)) && DEFINED_BY.test(text.slice(h.end, o.start));

/** A relative clause of place or occasion: "fits where you go stiff and shake all over". */
const WHERE_CLAUSE = /^ (?:where|in which|during which) /;

/**
 * Whether a mention only describes a symptom named before it, in a relative clause after it: "any
 * fits, where you go stiff and shake all over?" asks about fits, the shaking is what they are like;
 * "shaking fits where your teeth chatter and you can't get warm" about rigors. (Episodes named by no
 * symptom of their own are the other way round, see definedBy.)
 */
const describesHead = (text: string, h: PhraseHit, head: PhraseHit): boolean =>
  h.start >= head.end &&
  !EPISODE.test(text.slice(head.start, head.end)) &&
  WHERE_CLAUSE.test(text.slice(head.end, h.start));

/** A subject already known, asked about: "is the …", "does the …" opening a yes/no question. */
const GIVEN_SUBJECT =
  /^(?:(?:and|so|ok|okay) )?(?:is|are|was|were|does|do|did|has|have) (?:the|this|that|your) $/;
/** What may stand between the subject and what is said of it: "is the rash ever itchy?" */
const LINK = /^ (?:(?:ever|been|getting|become|becoming|feeling|feel|at all|very|quite|a bit|it|also) )*$/;

/**
 * Whether a mention is the known subject of a yes/no question and another symptom what is asked of
 * it: "is the rash itchy?" asks whether it itches (itching), not whether there is a rash.
 */
const givenSubject = (text: string, h: PhraseHit, o: PhraseHit): boolean =>
  o.start >= h.end &&
  GIVEN_SUBJECT.test(text.slice(0, h.start)) &&
  LINK.test(text.slice(h.end, o.start)) &&
  // "is your cough productive?" reads "productive cough": a kind of the subject describes it
  !ownStems(o.text).some((s) => ownStems(text.slice(h.start, h.end)).includes(s));

export function preferSpecific(text: string, hits: readonly PhraseHit[], lexicon: Lexicon): PhraseHit[] {
  const symptoms = hits.filter((h) => h.kind === 'symptom');
  if (symptoms.length < 2) return [...hits];
  const stems = new Map(symptoms.map((h) => [h, ownStems(text.slice(h.start, h.end))]));
  return hits.filter(
    (h) =>
      h.kind !== 'symptom' ||
      !symptoms.some(
        (o) =>
          o.id !== h.id &&
          (definedBy(text, h, o) ||
            describesHead(text, h, o) ||
            givenSubject(text, h, o) ||
            (!apart(text, h, o) &&
              describes(lexicon, o.id, stems.get(h) ?? []) &&
              !describes(lexicon, h.id, stems.get(o) ?? []))),
      ),
  );
}
