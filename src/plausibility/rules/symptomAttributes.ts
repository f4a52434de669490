/**
 * contradiction for what a symptom is like: severity score, how long ago it started, sudden or
 * gradual onset, where it is and where it spreads, compared with the record's values for the symptom
 * the sentence is about (named in it, else the ones this turn's plan is about). A value that fits
 * any candidate symptom is accepted, so an ambiguous "it" never raises a false alarm.
 */
import type { Analysis } from '../analyseReply.ts';
import { onsetKind, type SymptomFactsIndex } from '../indexCase.ts';
import { insideOwnHistory } from '../ownHistory.ts';
import { type ReplyViolation, violation } from '../ReplyViolation.ts';
import { type BodySite, readSites } from '../text/bodySites.ts';
import { readScores, readSlashScores } from '../text/readSeverity.ts';
import { readTimes, type TimeSpan, timesDisagree } from '../text/readTimes.ts';

/** Sentences about the patient's past, habits or other people: their times are not symptom times. */
const HISTORY =
  /\b(?:smok|cigar|quit|gave up|stopped|tablet|pill|medic|diagnos|operation|surgery|appendix|drink|alcohol|units|flew|flight|fly|holiday|trip|journey|travel|born|retired|work|job|married|wife|husband|partner|dad|mum|mother|father|brother|sister|son|daughter|children|kids|since i was|years old|aged|pregnan|period|allerg|rash|hospital|gp|doctor|ambulance|waiting|wait|here|arrived|came in|queue)/g;
/** Words that say when something started (other times in a sentence are episodes, waits, ...). */
const ONSET_CUE =
  /\b(?:start|started|starting|began|begin|begun|came on|come on|since|ago|first noticed|been going on|had (?:it|this|them|the \w+) for|for the (?:last|past))\b/;
const RADIATE =
  /^(?:spread|spreads|spreading|goes|go|going|went|radiat\w*|travels?|travell?ing|moves?|moving|shoots?|shooting|runs?|running)$/;
const STAYS =
  /\b(?:does not (?:spread|go anywhere|move|travel|radiate)|stays (?:put|there|in (?:one|the same) (?:place|spot))|just (?:there|in my chest)|not anywhere else|nowhere else|does not go (?:anywhere|elsewhere))/;
/** Symptoms named after where they are: a different body part for them is a different place. */
const PART_OF_SYMPTOM = /\b(?:pain|ache|swelling|stiffness|tenderness)\b/;
const DIRECTIONS = new Set([
  'down',
  'up',
  'into',
  'to',
  'through',
  'across',
  'round',
  'around',
  'towards',
  'along',
  'over',
  'under',
  'out',
  'in',
  'right',
]);
const PAINISH =
  /\b(?:it|pain|ache|aching|hurts?|hurting|sore|discomfort|tight|tightness|pressure|swelling|swollen)\b/;

interface Sentence {
  index: number;
  from: number;
  to: number;
  text: string;
}

function sentencesOf(a: Analysis): Sentence[] {
  const out: Sentence[] = [];
  const { tokens } = a;
  tokens.sentence.forEach((s, i) => {
    const last = out.at(-1);
    if (last && last.index === s) last.to = i;
    else out.push({ index: s, from: i, to: i, text: tokens.sentences[s] ?? '' });
  });
  return out;
}

const FILLERS = new Set([
  'well',
  'um',
  'uh',
  'erm',
  'hmm',
  'oh',
  'so',
  'righto',
  'okay',
  'ok',
  'yeah',
  'yes',
  'no',
  'and',
  'but',
  'doctor',
  'like',
  'i',
  'mean',
  'said',
  'as',
]);

/** The record symptoms a sentence is about. */
function candidates(a: Analysis, s: Sentence): SymptomFactsIndex[] {
  // the symptoms named as the subject: most specific reading, not a trigger ("when I coughed")
  const named = a.symptoms
    .filter((m) => m.sentence === s.index && m.polarity !== 'denied' && !m.trigger && !insideOwnHistory(a, m))
    .flatMap((m) => m.core);
  const namedPresent = named.filter((id) => a.ci.symptoms.has(id));
  if (named.length > 0 && namedPresent.length === 0) return [];
  // a sentence that opens on its symptom ("The breathlessness is a 6") is about that symptom only; one
  // that opens on "it" ("it came on, on top of being breathless for months") is still about the turn's
  let first = s.from;
  while (first < s.to && FILLERS.has(a.tokens.words[first] ?? '')) first++;
  const opensOnIt = ['it', 'this', 'that', 'they', 'these'].includes(a.tokens.words[first] ?? '');
  const ids =
    namedPresent.length > 0 && !opensOnIt ? namedPresent : [...new Set([...namedPresent, ...a.turnSymptoms])];
  return ids.map((id) => a.ci.symptoms.get(id)).filter((x): x is SymptomFactsIndex => x !== undefined);
}

/**
 * Parts a patient may name for one place (ribs or armpit for the chest, calf or ankle for the leg): a
 * site named outside every group of the record's parts is somewhere else.
 */
const NEIGHBOURS: readonly ReadonlySet<string>[] = [
  new Set(['chest', 'side', 'armpit']),
  new Set(['shoulder', 'arm', 'hand', 'armpit']),
  new Set(['head', 'face', 'eye', 'ear', 'jaw']),
  new Set(['neck', 'jaw', 'shoulder']),
  new Set(['abdomen', 'side', 'groin']),
  new Set(['back', 'side', 'shoulder']),
  new Set(['leg', 'calf', 'ankle', 'foot', 'knee', 'hip', 'groin']),
];

function besideEachOther(a: string, b: string): boolean {
  return a === b || NEIGHBOURS.some((g) => g.has(a) && g.has(b));
}

function sitesFit(said: readonly BodySite[], allowed: readonly BodySite[]): boolean {
  return said.every((s) =>
    allowed.some(
      (r) =>
        r.part === s.part &&
        (s.side === undefined || r.side === undefined || s.side === r.side || r.side === 'both'),
    ),
  );
}

/**
 * Times that are not "how long ago it started": how long onset took ("over a day"), when it got worse
 * ("worse last night"), relative times ("a day after the cough").
 */
function episodeTime(a: Analysis, t: TimeSpan): boolean {
  const w = a.tokens.words;
  const before = w.slice(Math.max(0, t.at - 4), t.at);
  const end = t.at + t.words.split(' ').length;
  const after = w.slice(end, end + 4);
  if (before.includes('over') && !after.includes('ago')) return true;
  if (
    before.some((x) =>
      ['worse', 'better', 'worst', 'again', 'lasting', 'lasts', 'within', 'each', 'every', 'until'].includes(
        x,
      ),
    )
  )
    return true;
  if (after.some((x) => ['after', 'before', 'later', 'earlier'].includes(x))) return true;
  return false;
}

function severity(a: Analysis, s: Sentence, cands: SymptomFactsIndex[]): ReplyViolation[] {
  const withSeverity = cands.filter((c) => c.severity !== undefined);
  if (withSeverity.length === 0) return [];
  const out: ReplyViolation[] = [];
  for (const score of [...readScores(a.tokens, s.from, s.to), ...readSlashScores(s.text)]) {
    if (!withSeverity.some((c) => score.values.includes(c.severity ?? -1))) {
      out.push(
        violation(
          'contradiction',
          'severity_differs',
          'The reply gives a different severity score from the patient’s own.',
          score.words,
        ),
      );
    }
  }
  return out;
}

/** A sentence about past history, travel, work... ; a cue that is the symptom itself ("the rash") does not count. */
function aboutHistory(text: string, cands: readonly SymptomFactsIndex[]): boolean {
  for (const m of text.matchAll(HISTORY)) if (!cands.some((c) => c.id === m[0])) return true;
  return false;
}

function started(a: Analysis, s: Sentence, cands: SymptomFactsIndex[]): ReplyViolation[] {
  if (aboutHistory(s.text, cands) || !ONSET_CUE.test(s.text)) return [];
  const withStart = cands.filter((c) => c.startedHours !== undefined);
  if (withStart.length === 0) return [];
  const about = readTimes(a.tokens, s.from, s.to).filter((t) => !episodeTime(a, t));
  // a time in the record's own words for this symptom ("came on overnight") is its story, not a date
  const wrong = about.filter(
    (t) =>
      withStart.every((c) => timesDisagree(t, c.startedHours ?? 0)) &&
      !withStart.some((c) => c.texts.includes(t.words)),
  );
  // one agreeing time is enough ("it began a few days ago and got worse last night")
  if (wrong.length === 0 || wrong.length !== about.length) return [];
  return [
    violation(
      'contradiction',
      'duration_differs',
      'The reply gives a different time of onset from the patient’s own.',
      wrong[0]?.words ?? s.text,
    ),
  ];
}

function onset(s: Sentence, cands: SymptomFactsIndex[]): ReplyViolation[] {
  const kind = onsetKind(s.text);
  const withOnset = cands.filter((c) => c.onset !== undefined);
  if (!kind || withOnset.length === 0 || withOnset.some((c) => c.onset === kind)) return [];
  return [
    violation(
      'contradiction',
      'onset_differs',
      `The reply says the symptom came on ${kind === 'sudden' ? 'suddenly' : 'gradually'}, which is not how it started.`,
      s.text,
    ),
  ];
}

function place(a: Analysis, s: Sentence, cands: SymptomFactsIndex[]): ReplyViolation[] {
  const withSite = cands.filter((c) => c.sites.length > 0);
  if (withSite.length === 0) return [];
  // a sentence quoting the record's or the plan's own words says where the record says
  const words = ` ${a.tokens.words.slice(s.from, s.to + 1).join(' ')} `;
  const count = s.to - s.from + 1;
  if (a.storyWords.some((w) => words.includes(` ${w} `) && w.split(' ').length >= 0.6 * count)) return [];
  if (STAYS.test(s.text)) {
    if (withSite.every((c) => c.radiation !== undefined && c.radiation.length > 0)) {
      return [
        violation(
          'contradiction',
          'radiation_differs',
          'The reply says the pain stays put, but it spreads.',
          s.text,
        ),
      ];
    }
    return [];
  }
  let verbAt = -1;
  for (let i = s.from; i <= s.to && verbAt < 0; i++) {
    if (!RADIATE.test(a.tokens.words[i] ?? '')) continue;
    if (DIRECTIONS.has(a.tokens.words[i + 1] ?? '') || DIRECTIONS.has(a.tokens.words[i + 2] ?? ''))
      verbAt = i;
  }
  const negated = /\b(?:no|not|never)\b/.test(s.text);
  if (verbAt >= 0) {
    // the sites named after the spreading verb
    const said = readSites(a.tokens, verbAt, s.to).filter((x) => x.part !== 'side');
    if (said.length === 0 || negated) return [];
    if (withSite.some((c) => sitesFit(said, [...(c.radiation ?? []), ...c.sites]))) return [];
    return [
      violation(
        'contradiction',
        'radiation_differs',
        'The reply says the symptom spreads somewhere it does not.',
        s.text,
      ),
    ];
  }
  // a symptom named in this very sentence must be where the record puts it; an "it" only on the right side
  const named = a.symptoms.some((m) => m.sentence === s.index && m.ids.some((id) => a.ci.symptoms.has(id)));
  if ((!PAINISH.test(s.text) && !named) || negated) return [];
  const said = readSites(a.tokens, s.from, s.to).filter((x) => x.part !== 'side');
  if (said.length === 0) return [];
  // a place nowhere near where the record puts the symptom or its spread ("it's in my stomach" for chest pain)
  const far = withSite.every((c) =>
    said.every((x) => ![...c.sites, ...(c.radiation ?? [])].some((r) => besideEachOther(x.part, r.part))),
  );
  const fits =
    !far &&
    withSite.some((c) =>
      said.every((x) => {
        const same = [...c.sites, ...(c.radiation ?? [])].filter((r) => r.part === x.part);
        if (same.length === 0) {
          const placed = PART_OF_SYMPTOM.test(a.ctx.ontology.symptom(c.id)?.name.toLowerCase() ?? '');
          return !(named && placed && x.side !== undefined);
        }
        // the sides the record gives this part (an entry without a side, "along the ribs", says nothing)
        const sides = same.map((r) => r.side).filter((x): x is NonNullable<typeof x> => x !== undefined);
        return x.side === undefined || sides.length === 0 || sides.includes(x.side) || sides.includes('both');
      }),
    );
  if (fits) return [];
  return [
    violation(
      'contradiction',
      'site_differs',
      'The reply puts the symptom on a different side or place from where it is.',
      s.text,
    ),
  ];
}

/** The attribute rules. */
export function symptomAttributes(a: Analysis): ReplyViolation[] {
  const out: ReplyViolation[] = [];
  for (const s of sentencesOf(a)) {
    if (a.tokens.questions[s.index]) continue;
    const cands = candidates(a, s);
    if (cands.length === 0) continue;
    out.push(...severity(a, s, cands), ...started(a, s, cands), ...onset(s, cands), ...place(a, s, cands));
  }
  return out;
}
