/**
 * Folds a doctor's message into the canonical form the lexicon is written in: lower case, contractions
 * expanded, British spelling, abbreviations spelt out, punctuation reduced to clause marks.
 */
import { SPELLING_VARIANTS } from './spellingVariants.ts';

type Replacement = string | ((match: string) => string);

const dropLast = (n: number, add: string) => (m: string) => `${m.slice(0, -n)} ${add}`;

const CONTRACTIONS: readonly (readonly [RegExp, Replacement])[] = [
  [/\bcan'?t\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bwon't\b/g, 'will not'],
  [/\bain'?t\b/g, 'is not'],
  [/\b(do|does|did|is|are|was|were|have|has|had|would|should|could|must|need)n'?t\b/g, '$1 not'],
  [/\bi'?m\b/g, 'i am'],
  [/\b(you|we|they)'re\b/g, '$1 are'],
  [/\b(youre|theyre)\b/g, dropLast(2, 'are')],
  // txt-speak "u've", "u're"
  [/\bu'(ve|re)\b/g, (m: string) => (m.endsWith('ve') ? 'you have' : 'you are')],
  [/\b(i|you|we|they|who|would|could|should|might|must)'ve\b/g, '$1 have'],
  [/\b(ive|youve|weve|theyve)\b/g, dropLast(2, 'have')],
  [/\b(i|you|he|she|we|they|it|that|there|who)'ll\b/g, '$1 will'],
  [/\b(i|you|he|she|we|they|it|that|there|who)'d\b/g, '$1 would'],
  // "what's been bothering you?": has, not is, before a past participle
  [
    /\b(what|where|who|how|it|that|there|he|she|this)'?s (been|got|gone|had|happened|changed)\b/g,
    '$1 has $2',
  ],
  [/\b(what|where|when|who|how|why|it|that|there|here|he|she|this)'s\b/g, '$1 is'],
  [/\b(whats|wheres|hows|whos|thats|theres|heres)\b/g, dropLast(1, 'is')],
  [/\blet'?s\b/g, 'let us'],
  [/\bgonna\b/g, 'going to'],
  [/\bwanna\b/g, 'want to'],
  [/\bgotta\b/g, 'got to'],
  [/\bdunno\b/g, 'do not know'],
  [/\bkinda\b/g, 'kind of'],
  [/\bsorta\b/g, 'sort of'],
  [/'s\b/g, ''],
];

/** Clinical shorthand with symbols, spelt out before punctuation is dropped ("any N&V?"). */
const SHORTHAND: readonly (readonly [RegExp, string])[] = [
  // "any N/V/D?", "N/V?": the slash list of nausea, vomiting, diarrhoea
  [/\bn\s*\/\s*v\s*\/\s*d\b/g, 'nausea or vomiting or diarrhoea'],
  [/\bn\s*\/\s*v\b/g, 'nausea or vomiting'],
  [/\bn\s*(?:&|\+|and)\s*v\b/g, 'nausea and vomiting'],
  [/\bd\s*(?:&|\+|and)\s*v\b/g, 'diarrhoea and vomiting'],
  [/\bc\s*-?\s*section\b/g, 'caesarean section'],
  // "any thing else?", "some thing": one word
  [/\b(any|some|every) (thing|body|where)\b/g, '$1$2'],
  // txt-speak: "4 a living", "4 u" (a number before a unit, "4 days", stays a number)
  [/\b4 (?=(?:a living|a while|a job|work|you|u|me|ur|your|the|it|this|that|ages|long)\b)/g, 'for '],
  // "r u finding it hard 2 breathe", "how long u had it 4?": 2 before a verb, 4 ending a question
  [/\br u\b/g, 'are you'],
  // "when ur dizzy", "your not pregnant?": "ur" / "your" before a state is "you are"
  [
    /\b(?:ur|your) (?=(?:not|still|feeling|getting|having|able|allergic|pregnant|dizzy|lightheaded|light headed|tired|sick|unwell|ill|breathless|short of breath|in pain|okay|ok|alright|worried|scared|stressed|anxious|awake|asleep|lying|sitting|standing|walking|eating|drinking|smoking)\b)/g,
    'you are ',
  ],
  [
    /\b2 (?=(?:breathe|breath|eat|sleep|walk|swallow|talk|speak|move|pee|wee|stand|lie|climb|get|go|do|be|see|hear|think|remember|concentrate)\b)/g,
    'to ',
  ],
  [/(?<=[a-z] )4(?=\s*(?:[?.!;,\n]|$))/g, 'for'],
  // clinical shorthand for symptoms: "GU sx?", "any resp sx"
  [/\bsx\b/g, 'symptoms'],
  // "meds + allergies?", "smoking & alcohol?": a symbol joining two words is "and"
  [/(?<=[a-z0-9])\s*[+&]\s*(?=[a-z])/g, ' and '],
  // phonetic spelling of -tion: "condishuns", "medicashun", "infecshun"
  [/\b([a-z]{3,})shun(s?)\b/g, '$1tion$2'],
];

const NEGATED_NO_APOSTROPHE = /\b(do|does|did|is|are|was|were|have|has|had|would|should|could)nt\b/g;

/** Folds the message; keeps `?`, `.`, `!`, `;`, `,` and newlines as clause marks. */
export function normalizeText(raw: string): string {
  let text = raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s[\u2013\u2014-]+\s|[\u2013\u2014]/g, ' ; ')
    .replace(/\/10\b/g, ' out of ten')
    .replace(/\b(\d+)\s*-\s*(\d+)\b/g, '$1 to $2');
  for (const [pattern, replacement] of SHORTHAND) text = text.replace(pattern, replacement);
  text = text.replace(NEGATED_NO_APOSTROPHE, '$1 not');
  for (const [pattern, replacement] of CONTRACTIONS) {
    text =
      typeof replacement === 'string'
        ? text.replace(pattern, replacement)
        : text.replace(pattern, replacement);
  }
  text = text.replace(/[^a-z0-9?.!;,\n\s]/g, ' ');
  text = text.replace(/[a-z0-9]+/g, (word) => {
    const mapped = SPELLING_VARIANTS[word];
    if (mapped !== undefined) return mapped;
    // American -ize/-yze/-ization (immobilized, summarize, hospitalization) → British -ise
    return word.replace(
      /^([a-z]{3,})(iz|yz)(e|ed|es|ing|ation|ations)$/,
      (_, stem: string, z: string, end: string) => `${stem}${z === 'iz' ? 'is' : 'ys'}${end}`,
    );
  });
  return text.replace(/[ \t]+/g, ' ').trim();
}
