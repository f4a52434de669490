/**
 * Other readings of a reply, so that a name hidden by an encoding is still seen: reversed, ROT13,
 * base64, hex, percent and HTML escapes, decimal character codes, the NATO spelling alphabet and the
 * first letters of sentences. Each view is folded (see foldText) and checked like the reply itself.
 */
import { foldKeepCase } from './foldText.ts';

export interface TextView {
  /** How the text was read (`plain`, `reversed`, `base64`, ...). */
  kind: string;
  /** Folded, lower case. */
  text: string;
  /** Folded, case kept (capitals are evidence for short abbreviations). */
  cased: string;
}

const NATO: Record<string, string> = {
  alpha: 'a',
  alfa: 'a',
  bravo: 'b',
  charlie: 'c',
  delta: 'd',
  echo: 'e',
  foxtrot: 'f',
  golf: 'g',
  hotel: 'h',
  india: 'i',
  juliet: 'j',
  juliett: 'j',
  kilo: 'k',
  lima: 'l',
  mike: 'm',
  november: 'n',
  oscar: 'o',
  papa: 'p',
  quebec: 'q',
  romeo: 'r',
  sierra: 's',
  tango: 't',
  uniform: 'u',
  victor: 'v',
  whiskey: 'w',
  whisky: 'w',
  xray: 'x',
  'x-ray': 'x',
  yankee: 'y',
  zulu: 'z',
};

/** ROT13 of the Latin letters, case kept (a table lookup per character). */
/** Any spelling-alphabet word at all (most replies have none: no need to read them word by word). */
const NATO_WORD = new RegExp(`(?<![a-z-])(?:${Object.keys(NATO).join('|')})(?![a-z-])`);

function rot13(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) out += String.fromCharCode(((c - 52) % 26) + 65);
    else if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 84) % 26) + 97);
    else out += s[i];
  }
  return out;
}

/** The share of plain printable characters. */
function printableShare(s: string): number {
  if (s.length === 0) return 0;
  let good = 0;
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if ((c >= 32 && c < 127) || c === 10) good++;
  }
  return good / s.length;
}

/** Mostly printable text (what a decoded secret would be), not random bytes. */
function printable(s: string): boolean {
  return printableShare(s) > 0.85;
}

function decodeBase64(token: string): string | undefined {
  const clean = token.replace(/-/g, '+').replace(/_/g, '/');
  const padded = clean + '='.repeat((4 - (clean.length % 4)) % 4);
  // what atob would refuse, refused without it (a thrown DOMException costs more than the decoding)
  const body = padded.endsWith('==')
    ? padded.slice(0, -2)
    : padded.endsWith('=')
      ? padded.slice(0, -1)
      : padded;
  if (body.length % 4 === 1 || !/^[A-Za-z0-9+/]*$/.test(body)) return undefined;
  try {
    const out = atob(padded);
    return printable(out) ? out : undefined;
  } catch {
    return undefined;
  }
}

/** A word a base64 reading is never tried on: ordinary words and numbers, or too short. */
function plainWord(token: string): boolean {
  return (
    token.length < 4 ||
    (!/[A-Z]/.test(token) && !/[0-9]/.test(token)) ||
    /^[A-Z]?[a-z]+$/.test(token) ||
    /^\d+$/.test(token)
  );
}

/**
 * Could the run hold base64 at all: a digit, a symbol of the alphabet, or a capital inside a word.
 * Runs of plain words (capitals only at their start) are skipped without splitting them.
 */
const CODE_LIKE = /[0-9+/_=-]|[A-Za-z][A-Z]/;
const PROSE_WORD = /^[A-Z]?[a-z]+[.,!?]?$/;

function base64Views(original: string): string[] {
  const out: string[] = [];
  if (!CODE_LIKE.test(original)) return out;
  const candidates = new Set<string>();
  // single tokens, and runs split by spaces or line breaks (models wrap long base64)
  for (const m of original.matchAll(
    /(?<![A-Za-z0-9+/])[A-Za-z0-9+/_-]{2,}={0,2}(?:\s+[A-Za-z0-9+/_-]{4,}={0,2})*/g,
  )) {
    if (!CODE_LIKE.test(m[0])) continue;
    const tokens = m[0].split(/\s+/);
    for (const t of tokens) if (!plainWord(t)) candidates.add(t);
    // wrapped base64 is joined back, but never ordinary prose ("Well", "Okay" are words, not code)
    if (tokens.length > 1 && !tokens.some((t) => PROSE_WORD.test(t))) {
      const joined = tokens.join('');
      if (!plainWord(joined)) candidates.add(joined);
    }
  }
  for (const joined of candidates) {
    for (let shift = 0; shift < 4 && shift <= joined.length - 4; shift++) {
      const decoded = decodeBase64(joined.slice(shift));
      if (decoded) {
        out.push(decoded);
        break;
      }
    }
  }
  return out;
}

function hexViews(original: string): string[] {
  const out: string[] = [];
  for (const m of original.matchAll(
    /(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{2}(?:[\s:,-]?(?:0x)?[0-9a-fA-F]{2}){1,}(?![0-9A-Za-z])/g,
  )) {
    const digits = m[0].replace(/0x/g, '').replace(/[^0-9a-fA-F]/g, '');
    if (digits.length % 2 !== 0) continue;
    const bytes: string[] = [];
    for (let i = 0; i < digits.length; i += 2)
      bytes.push(String.fromCharCode(Number.parseInt(digits.slice(i, i + 2), 16)));
    // a word that happens to be hex ("be", "add") may run into the code: try without the ends too
    const variants = (
      [
        [0, 0],
        [1, 0],
        [0, 1],
        [1, 1],
      ] as const
    )
      .map(([from, to]) => bytes.slice(from, bytes.length - to).join(''))
      .filter((v) => v.length >= 2);
    const best = variants.sort((x, y) => printableShare(y) - printableShare(x))[0];
    if (best !== undefined && printable(best)) out.push(best);
  }
  return out;
}

function charCodeViews(original: string): string[] {
  const out: string[] = [];
  for (const m of original.matchAll(/\b(?:\d{2,3}[\s,;]+){3,}\d{2,3}\b/g)) {
    const codes = m[0].split(/[\s,;]+/).map(Number);
    if (codes.every((c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 32)) {
      out.push(String.fromCharCode(...codes));
    }
  }
  return out;
}

function escapeViews(original: string): string[] {
  const out: string[] = [];
  if (/%[0-9a-fA-F]{2}/.test(original)) {
    try {
      out.push(decodeURIComponent(original.replace(/\+/g, ' ')));
    } catch {
      out.push(
        original.replace(/%([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
      );
    }
  }
  if (/&#x?[0-9a-fA-F]+;/.test(original)) {
    out.push(
      original.replace(/&#(x?)([0-9a-fA-F]+);/g, (_, x: string, n: string) =>
        String.fromCharCode(Number.parseInt(n, x ? 16 : 10)),
      ),
    );
  }
  if (/\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}/.test(original)) {
    out.push(
      original.replace(/\\u([0-9a-fA-F]{4})|\\x([0-9a-fA-F]{2})/g, (_, u?: string, x?: string) =>
        String.fromCharCode(Number.parseInt(u ?? x ?? '0', 16)),
      ),
    );
  }
  return out;
}

/** Runs of two or more spelling-alphabet words ("Sierra Tango Echo"), read as letters. */
function natoView(folded: string): string | undefined {
  const runs: string[] = [];
  let run = '';
  for (const w of NATO_WORD.test(folded) ? folded.split(/[^a-z-]+/) : []) {
    const l = NATO[w];
    if (l) run += l;
    else {
      if (run.length >= 2) runs.push(run);
      run = '';
    }
  }
  if (run.length >= 2) runs.push(run);
  // "S as in Sierra" spelling is read from the letter before "as in"
  const asIn = [...folded.matchAll(/\b([a-z])\s+(?:as|for)\s+(?:in\s+)?[a-z]+/g)].map((m) => m[1]).join('');
  if (asIn.length >= 3) runs.push(asIn);
  return runs.length > 0 ? runs.join(' | ') : undefined;
}

function acrosticView(folded: string): string | undefined {
  const parts = folded
    .split(/[.!?\n]+|\s[-*•]\s/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 3) return undefined;
  return parts.map((p) => /[a-z0-9]/.exec(p)?.[0] ?? '').join('');
}

/**
 * Every reading of the reply worth checking for a hidden name. `plain` always comes first; the
 * others exist only when the text looks like it could hold them. `kept` is the reply already folded
 * with its case kept (foldKeepCase), when the caller has it.
 */
export function decodeViews(original: string, kept = foldKeepCase(original)): TextView[] {
  const cased = kept.replace(/\s+/g, ' ');
  const plain = cased.toLowerCase();
  const views: TextView[] = [{ kind: 'plain', text: plain, cased }];
  let reversedCased = '';
  for (let i = cased.length - 1; i >= 0; i--) reversedCased += cased[i];
  views.push({ kind: 'reversed', text: reversedCased.toLowerCase(), cased: reversedCased });
  const rotCased = rot13(cased);
  views.push({ kind: 'rot13', text: rotCased.toLowerCase(), cased: rotCased });
  const decoded = (kind: string, s: string): void => {
    const c = foldKeepCase(s).replace(/\s+/g, ' ');
    views.push({ kind, text: c.toLowerCase(), cased: c });
  };
  for (const s of base64Views(original)) decoded('base64', s);
  for (const s of hexViews(original)) decoded('hex', s);
  for (const s of charCodeViews(original)) decoded('char codes', s);
  for (const s of escapeViews(original)) decoded('escaped', s);
  const nato = natoView(plain);
  if (nato) views.push({ kind: 'spelling alphabet', text: nato, cased: nato.toUpperCase() });
  // line breaks end sentences too (a list of lines spells its first letters)
  const acrostic = acrosticView(kept.replace(/\n/g, '.\n').toLowerCase().replace(/\s+/g, ' '));
  if (acrostic) views.push({ kind: 'first letters', text: acrostic, cased: acrostic });
  return views;
}
