/**
 * The letters of a text with separators dropped and leetspeak folded, as termPattern reads them
 * ("h3@rt-4tt4ck" → "heartattack"; "l" and "1" both read as "i"). A name's disguise pattern can only
 * match a text whose canonical letters contain the name's: a quick test before the regular expressions.
 */
const CANON: Record<string, string> = {
  '4': 'a',
  '@': 'a',
  '8': 'b',
  '3': 'e',
  '9': 'g',
  '1': 'i',
  '!': 'i',
  '|': 'i',
  l: 'i',
  '0': 'o',
  '5': 's',
  $: 's',
  z: 's',
  '2': 's',
  '7': 't',
  '+': 't',
};

/** The canonical letter of each ASCII character ('' for a separator): a table, built once. */
const TABLE: string[] = Array.from({ length: 128 }, (_, code) => {
  const ch = String.fromCharCode(code);
  const c = CANON[ch];
  if (c !== undefined) return c;
  return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') ? ch : '';
});

/** Folded (lower-case) text → its canonical letters and digits. */
export function canonicalLetters(text: string): string {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const c = TABLE[code] as string;
      if (c !== '') out.push(c);
    }
  }
  return out.join('');
}
