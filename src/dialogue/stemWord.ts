/** A small suffix-stripping stemmer: the same on both sides of a match is all that matters. */
const IRREGULAR: Readonly<Record<string, string>> = {
  swollen: 'swell',
  feet: 'foot',
  teeth: 'tooth',
  lying: 'lie',
  laying: 'lie',
  lay: 'lie',
  lain: 'lie',
  ate: 'eat',
  eaten: 'eat',
  eating: 'eat',
  felt: 'feel',
  bled: 'bleed',
  bleeding: 'bleed',
  woke: 'wake',
  woken: 'wake',
  waking: 'wake',
  brought: 'bring',
  bringing: 'bring',
  gone: 'go',
  went: 'go',
  going: 'go',
  worse: 'worse',
  worst: 'worse',
  better: 'better',
  best: 'better',
  lost: 'los',
  fell: 'fall',
  calves: 'calf',
  // everyday words for pain are one word to the matcher: "does your chest hurt" is "chest pain"
  hurt: 'pain',
  hurts: 'pain',
  hurting: 'pain',
  ache: 'pain',
  aches: 'pain',
  ached: 'pain',
  aching: 'pain',
  // so are the words for a difficulty: "trouble with your speech" is "speech problems"
  problem: 'problem',
  problems: 'problem',
  trouble: 'problem',
  troubles: 'problem',
  difficulty: 'problem',
  difficulties: 'problem',
  issue: 'problem',
  issues: 'problem',
  children: 'child',
  kids: 'child',
  kid: 'child',
  women: 'woman',
  men: 'man',
  breathe: 'breath',
  breathing: 'breath',
  breaths: 'breath',
  breathed: 'breath',
  dizziness: 'dizzi',
  dizzy: 'dizzi',
  unwell: 'unwell',
  was: 'was',
  has: 'has',
  does: 'do',
  did: 'do',
  done: 'do',
  is: 'is',
  this: 'this',
  us: 'us',
  yes: 'yes',
  his: 'his',
  its: 'its',
  during: 'during',
  something: 'something',
  anything: 'anything',
  nothing: 'nothing',
  thing: 'thing',
  things: 'thing',
  morning: 'morning',
  evening: 'evening',
  ceiling: 'ceiling',
};

const KEEP_ENDING = /(ss|us|is|ous)$/;

/** Stems one lower-case word. */
export function stemWord(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('iness')) w = `${w.slice(0, -5)}i`;
  else if (w.endsWith('ness')) w = w.slice(0, -4);
  else if (w.endsWith('ings')) w = w.slice(0, -4);
  else if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ied') || w.endsWith('ies')) w = `${w.slice(0, -3)}i`;
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('es') && w.length > 4 && !/(?:ss|us|is)es$/.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('s') && !KEEP_ENDING.test(w)) w = w.slice(0, -1);
  else if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('s') && !KEEP_ENDING.test(w) && w.length > 4 && word.endsWith('es')) w = w.slice(0, -1);
  if (/([^aeioulsz])\1$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
  return w;
}
