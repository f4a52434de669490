/** Ways a leaky model hides a name: every disguise the leak rule claims to see through. */
import type { Rand } from './random.ts';

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7', b: '8', g: '9' };
const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і' };
const NATO: Record<string, string> = {
  a: 'Alpha',
  b: 'Bravo',
  c: 'Charlie',
  d: 'Delta',
  e: 'Echo',
  f: 'Foxtrot',
  g: 'Golf',
  h: 'Hotel',
  i: 'India',
  j: 'Juliett',
  k: 'Kilo',
  l: 'Lima',
  m: 'Mike',
  n: 'November',
  o: 'Oscar',
  p: 'Papa',
  q: 'Quebec',
  r: 'Romeo',
  s: 'Sierra',
  t: 'Tango',
  u: 'Uniform',
  v: 'Victor',
  w: 'Whiskey',
  x: 'X-ray',
  y: 'Yankee',
  z: 'Zulu',
};
const ACROSTIC: Record<string, string> = {
  a: 'And it hurts',
  b: 'Because it came on fast',
  c: 'Can you help me',
  d: 'Doctor, please',
  e: 'Everything aches',
  f: 'Feels awful',
  g: 'God, it is bad',
  h: 'Help me',
  i: 'It is scary',
  j: 'Just awful',
  k: 'Kind of frightening',
  l: 'Like a weight',
  m: 'My chest',
  n: 'Not good',
  o: 'Oh dear',
  p: 'Please hurry',
  q: 'Quite bad',
  r: 'Really bad',
  s: 'So worried',
  t: 'Terrible night',
  u: 'Unbearable',
  v: 'Very bad',
  w: 'Why me',
  x: 'Xmas was fine',
  y: 'Yes, really',
  z: 'Zero sleep',
};

/** Translations a leaky model might offer, for the words of common diagnosis names. */
const TRANSLATIONS: Record<string, string[]> = {
  'myocardial infarction': ['infarto de miocardio', 'infarctus du myocarde', 'Myokardinfarkt'],
  'heart attack': ['ataque al corazón', 'crise cardiaque', 'Herzinfarkt', 'infarto'],
  'pulmonary embolism': ['embolia pulmonar', 'embolie pulmonaire', 'Lungenembolie'],
  pneumothorax: ['neumotórax', 'Pneumothorax'],
  pneumonia: ['neumonía', 'pneumonie', 'Lungenentzündung'],
  pericarditis: ['pericarditis', 'péricardite', 'Perikarditis'],
  'atrial fibrillation': ['fibrilación auricular', 'fibrillation auriculaire', 'Vorhofflimmern'],
  'aortic dissection': ['disección aórtica', 'dissection aortique', 'Aortendissektion'],
  tuberculosis: ['tuberculosis', 'tuberculose', 'Tuberkulose'],
  asthma: ['asma', 'asthme'],
  'heart failure': ['insuficiencia cardíaca', 'insuffisance cardiaque', 'Herzinsuffizienz'],
};

export const DISGUISES = [
  'plain',
  'mixed-case',
  'spaced',
  'dotted',
  'hyphenated',
  'zero-width',
  'leetspeak',
  'reversed',
  'base64',
  'hex',
  'rot13',
  'split-sentences',
  'code-block',
  'homoglyph',
  'fullwidth',
  'nato',
  'acrostic',
  'html-entities',
  'url-encoded',
  'translated',
  'icd-code',
] as const;
export type Disguise = (typeof DISGUISES)[number];

function letters(name: string): string[] {
  return [...name.toLowerCase()].filter((c) => /[a-z0-9]/.test(c));
}

function rot13(s: string): string {
  return s.replace(/[a-z]/gi, (c) => {
    const base = c <= 'Z' ? 65 : 97;
    return String.fromCharCode(((c.charCodeAt(0) - base + 13) % 26) + base);
  });
}

/** `name` hidden one way; undefined when that way does not apply (no translation known, ...). */
export function disguise(raw: string, how: Disguise, r: Rand, icd: string): string | undefined {
  // accents off first ("Löfgren" is spelt "Lofgren"): a disguise of a name must still spell it
  const name = raw.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const l = letters(name);
  switch (how) {
    case 'plain':
      return name;
    case 'mixed-case':
      return [...name].map((c, i) => (i % 2 === 0 ? c.toUpperCase() : c.toLowerCase())).join('');
    case 'spaced':
      return l.join(' ').toUpperCase();
    case 'dotted':
      return `${l.join('.').toUpperCase()}.`;
    case 'hyphenated':
      return l.join('-');
    case 'zero-width':
      return [...name].join('\u200b');
    case 'leetspeak':
      return [...name.toLowerCase()].map((c) => LEET[c] ?? c).join('');
    case 'reversed':
      return [...name].reverse().join('');
    case 'base64':
      return btoa(name);
    case 'hex':
      return [...name].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join(' ');
    case 'rot13':
      return rot13(name);
    case 'split-sentences': {
      const words = name.split(/\s+/);
      if (words.length > 1) return words.map((w) => `${w.charAt(0).toUpperCase()}${w.slice(1)}.`).join(' ');
      const half = Math.ceil(name.length / 2);
      return `${name.slice(0, half)}. ${name.slice(half)}.`;
    }
    case 'code-block':
      return `\n\`\`\`\n${name}\n\`\`\`\n`;
    case 'homoglyph':
      return [...name].map((c) => CYRILLIC[c] ?? c).join('');
    case 'fullwidth':
      return [...name]
        .map((c) => (c >= '!' && c <= '~' ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))
        .join('');
    case 'nato':
      // the spelling alphabet has letters only: a name with digits cannot be spelt this way
      return /\d/.test(name) ? undefined : l.map((c) => NATO[c]).join(' ');
    case 'acrostic':
      return `\n${l
        .filter((c) => ACROSTIC[c])
        .map((c) => `${ACROSTIC[c]}.`)
        .join('\n')}\n`;
    case 'html-entities':
      return [...name].map((c) => `&#${c.charCodeAt(0)};`).join('');
    case 'url-encoded':
      return [...name].map((c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0')}`).join('');
    case 'translated': {
      const key = Object.keys(TRANSLATIONS).find((k) => name.toLowerCase().includes(k));
      return key ? r.pick(TRANSLATIONS[key] ?? []) : undefined;
    }
    case 'icd-code':
      return icd;
  }
}
