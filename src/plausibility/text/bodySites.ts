/**
 * Where on the body: the parts and sides a patient names ("down my left arm", "right in the middle of
 * my chest"), read from a clause so site and radiation can be compared with the record.
 */
import type { Tokens } from './tokenize.ts';

export type Side = 'left' | 'right' | 'middle' | 'both';

export interface BodySite {
  part: string;
  side?: Side;
  /** Word index of the part. */
  at: number;
}

/** Body-part words → canonical part. */
const PARTS: Record<string, string> = {
  chest: 'chest',
  breastbone: 'chest',
  sternum: 'chest',
  ribs: 'chest',
  rib: 'chest',
  arm: 'arm',
  arms: 'arm',
  shoulder: 'shoulder',
  shoulders: 'shoulder',
  jaw: 'jaw',
  teeth: 'jaw',
  neck: 'neck',
  throat: 'neck',
  back: 'back',
  blade: 'back',
  blades: 'back',
  stomach: 'abdomen',
  tummy: 'abdomen',
  belly: 'abdomen',
  abdomen: 'abdomen',
  head: 'head',
  forehead: 'head',
  temple: 'head',
  temples: 'head',
  leg: 'leg',
  legs: 'leg',
  thigh: 'leg',
  calf: 'calf',
  calves: 'calf',
  ankle: 'ankle',
  ankles: 'ankle',
  foot: 'foot',
  feet: 'foot',
  hand: 'hand',
  hands: 'hand',
  wrist: 'hand',
  fingers: 'hand',
  thighs: 'leg',
  shin: 'leg',
  shins: 'leg',
  toes: 'foot',
  toe: 'foot',
  finger: 'hand',
  elbow: 'arm',
  elbows: 'arm',
  hip: 'hip',
  hips: 'hip',
  groin: 'groin',
  knee: 'knee',
  knees: 'knee',
  side: 'side',
  flank: 'side',
  armpit: 'armpit',
  eye: 'eye',
  eyes: 'eye',
  ear: 'ear',
  face: 'face',
};

const SIDES: Record<string, Side> = {
  left: 'left',
  right: 'right',
  middle: 'middle',
  centre: 'middle',
  center: 'middle',
  central: 'middle',
  both: 'both',
};

const INTENSIFIED = new Set([
  'in',
  'at',
  'across',
  'there',
  'here',
  'away',
  'through',
  'up',
  'down',
  'now',
  'on',
  'over',
  'under',
  'behind',
  'between',
  'along',
  'round',
  'around',
  'into',
  'below',
  'above',
]);

/** The body sites named in word range [from, to] (inclusive). */
export function readSites(tokens: Tokens, from = 0, to = tokens.words.length - 1): BodySite[] {
  const out: BodySite[] = [];
  let pending: { side: Side; clause: number } | undefined;
  for (let i = from; i <= to; i++) {
    const w = tokens.words[i] ?? '';
    const part = PARTS[w];
    if (!part) continue;
    const prev = tokens.words[i - 1] ?? '';
    // "back" is also a direction ("came back", "back home"): a part only after a possessive or article
    if (w === 'back' && !['my', 'the', 'lower', 'upper', 'his', 'her', 'your', 'middle', 'of'].includes(prev))
      continue;
    let side: Side | undefined;
    for (let j = i - 1; j >= Math.max(from, i - 5); j--) {
      if (tokens.clause[j] !== tokens.clause[i]) break;
      const s = SIDES[tokens.words[j] ?? ''];
      if (!s) continue;
      // "right in the middle": "right" as an intensifier, not a side
      if (s === 'right' && INTENSIFIED.has(tokens.words[j + 1] ?? '')) continue;
      side = s;
      break;
    }
    if (part === 'side') {
      // "on the left side of my chest": the side belongs to the part named next
      if (side) pending = { side, clause: tokens.clause[i] ?? 0 };
      continue;
    }
    if (!side && pending && pending.clause === tokens.clause[i]) side = pending.side;
    pending = undefined;
    out.push(side ? { part, side, at: i } : { part, at: i });
  }
  if (pending) out.push({ part: 'side', side: pending.side, at: to });
  return out;
}

/** The sites named in a record's own words (e.g. its `site` or `radiation` text). */
export function sitesOfText(tokens: Tokens): BodySite[] {
  return readSites(tokens);
}
