/**
 * A light, deterministic English stemmer: enough to make "coughing", "coughed" and "coughs" meet, and
 * "swollen"/"swelling", "breathless"/"breathlessness" agree. Both sides of every comparison go
 * through it, so consistency matters more than linguistic accuracy.
 */
import { memoizeWords } from '../../text/memoizeWords.ts';

const IRREGULAR = new Map<string, string>(
  Object.entries({
    swollen: 'swell',
    swelling: 'swell',
    swelled: 'swell',
    felt: 'feel',
    feeling: 'feel',
    breathing: 'breath',
    breathe: 'breath',
    breaths: 'breath',
    breathed: 'breath',
    hurts: 'hurt',
    hurting: 'hurt',
    vomited: 'vomit',
    vomiting: 'vomit',
    threw: 'throw',
    thrown: 'throw',
    lost: 'lose',
    losing: 'lose',
    dizzy: 'dizzi',
    dizziness: 'dizzi',
    sweaty: 'sweat',
    sweats: 'sweat',
    sweating: 'sweat',
    sweated: 'sweat',
    coughing: 'cough',
    wheezy: 'wheez',
    wheezing: 'wheez',
    wheeze: 'wheez',
    tired: 'tire',
    tiredness: 'tire',
    does: 'do',
    lying: 'lie',
    lies: 'lie',
    lay: 'lie',
    dying: 'die',
    went: 'go',
    goes: 'go',
    gone: 'go',
    going: 'go',
    spreads: 'spread',
    spreading: 'spread',
    radiates: 'radiat',
    radiating: 'radiat',
    radiation: 'radiat',
    ankles: 'ankle',
    calves: 'calf',
    feet: 'foot',
    teeth: 'tooth',
    children: 'child',
    women: 'woman',
    men: 'man',
  }),
);

/** The stem of one lower-case word (worked out once per word). */
export const stem = memoizeWords(stemUncached, 50_000);

function stemUncached(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular) return irregular;
  let w = word;
  if (w.length <= 3) return w;
  if (w.endsWith('ness') && w.length > 6) w = w.slice(0, -4);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4 && /(?:ch|sh|ss|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && w.length > 3) {
    w = w.slice(0, -1);
  }
  if (w.endsWith('y') && w.length > 4) w = `${w.slice(0, -1)}i`;
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // "stopped" → "stopp" → "stop"
  if (/([bdfgklmnprt])\1$/.test(w) && w.length > 4) w = w.slice(0, -1);
  return w;
}
