/**
 * Undoes the cheap disguises of text before matching: invisible characters, look-alike letters from
 * other scripts, accents, full-width forms and case. Pure string functions, no I/O.
 */

/** Zero-width and formatting characters that render as nothing (and the soft hyphen). */
const INVISIBLE =
  // biome-ignore lint/suspicious/noMisleadingCharacterClass: combining and joiner characters are listed on purpose, to be removed one by one
  /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;

/** Letters of other scripts that look like Latin ones (the common confusables). */
const HOMOGLYPHS: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ӏ: 'l',
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  У: 'Y',
  Х: 'X',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};
const HOMOGLYPH_RE = new RegExp(`[${Object.keys(HOMOGLYPHS).join('')}]`, 'g');

/** Printable ASCII and white space only: no invisible, accented, look-alike or typographic character. */
const PLAIN_ASCII = /^[\x20-\x7e\t\n\r]*$/;

/** Removes characters that render as nothing. */
export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE, '');
}

/**
 * Folds text for matching, keeping case: invisible characters out, compatibility forms (full-width,
 * ligatures, circled letters) to plain ones, accents off, look-alike letters to Latin.
 */
export function foldKeepCase(s: string): string {
  // plain ASCII (most replies) has nothing to fold
  if (PLAIN_ASCII.test(s)) return s;
  return stripInvisible(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(HOMOGLYPH_RE, (c) => HOMOGLYPHS[c] ?? c)
    .replace(/[\u2018\u2019\u02BC\u2032]/g, "'")
    .replace(/[\u201C\u201D\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/** `foldKeepCase`, lower-cased, with runs of white space collapsed to one space. */
export function foldText(s: string): string {
  return foldKeepCase(s).toLowerCase().replace(/\s+/g, ' ');
}

/** Whether the text holds letters of scripts a patient speaking English would not write. */
export function foreignScript(s: string): string | undefined {
  const m =
    /[\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF\u0900-\u097F\u0E00-\u0E7F\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]+/.exec(
      foldKeepCase(s),
    );
  return m?.[0];
}
