/**
 * Turns a name into a pattern that still matches it when disguised: any case, letters swapped for
 * look-alike digits or symbols (leetspeak), and up to three separators (spaces, dots, dashes, line
 * breaks, markdown) between any two letters. Matched against folded text (see foldText).
 */

const LEET: Record<string, string> = {
  a: 'a4@',
  b: 'b8',
  e: 'e3',
  g: 'g9',
  i: 'i1!|',
  l: 'l1|',
  o: 'o0',
  s: 's5$z',
  t: 't7+',
  z: 'z2',
};

/** Characters allowed between two letters of a disguised name. */
const SEP = '[\\s.,;:!?*_~`\'"()\\[\\]{}<>/\\\\|#=+^-]{0,3}';

function charClass(ch: string, leet: boolean): string {
  const options = leet ? (LEET[ch] ?? ch) : ch;
  const escaped = [...options].map((c) => (/[a-z0-9]/.test(c) ? c : `\\${c}`)).join('');
  return options.length === 1 ? escaped : `[${escaped}]`;
}

/** The letters and digits of a name, lower-cased: what a disguise must still spell. */
export function squash(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Separators between the letters of a four-letter name: no apostrophe or comma ("a-f1b"). */
const SHORT_FLEX = '[\\s.\\-_*/|:]{0,2}';

/** Separators allowed in a short name: one kind, repeated ("m.i", "a c s"), never an apostrophe. */
const SHORT_SEP = '([\\s.\\-_*/|:]{1,2})?';

/**
 * A regular expression for one name. Short names must stand alone; two- and three-letter ones must use
 * one separator throughout, so that "mi" matches "M.I." but not "mild", and "ami" not "am I".
 * Longer ones allow any separators and, from six letters, match inside other words too.
 */
export function termPattern(
  name: string,
  options: { leet?: boolean; bounded?: boolean } = {},
): RegExp | undefined {
  const letters = squash(name);
  if (letters.length < 2) return undefined;
  const leet = options.leet ?? true;
  const classes = [...letters].map((c) => charClass(c, leet));
  if (letters.length === 4) {
    return new RegExp(`(?<![a-z0-9'])${classes.join(SHORT_FLEX)}(?![a-z0-9])`, 'g');
  }
  if (letters.length < 4) {
    const [first, ...rest] = classes;
    const body = `${first}${rest.map((c, i) => (i === 0 ? `${SHORT_SEP}${c}` : `(?:\\1)${c}`)).join('')}`;
    return new RegExp(`(?<![a-z0-9'])${body}(?![a-z0-9])`, 'g');
  }
  const body = classes.join(SEP);
  const bounded = options.bounded ?? letters.length < 6;
  const source = bounded ? `(?<![a-z0-9])${body}(?![a-z0-9])` : body;
  return new RegExp(source, 'g');
}

/**
 * A case-sensitive pattern for an abbreviation written in capitals, with any short separators between
 * its letters ("CAP", "A.M. I."): capitals make the evidence, so the separators need not repeat.
 */
export function upperPattern(name: string): RegExp | undefined {
  const raw = name.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '');
  if (raw.length < 2) return undefined;
  // capitals must be capitals; a lower-case letter of the abbreviation ("PEs") may be either
  const letters = raw === raw.toLowerCase() ? raw.toUpperCase() : raw;
  const body = [...letters]
    .map((c) => (/[a-z]/.test(c) ? `[${c}${c.toUpperCase()}]` : c))
    .join('[\\s.\\-_*/|:]{0,2}');
  return new RegExp(`(?<![A-Za-z0-9'])${body}(?![A-Za-z0-9])`, 'g');
}
