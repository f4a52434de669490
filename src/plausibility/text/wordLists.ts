/** Small closed word lists the rules share. Lower-case, contractions already expanded. */

/** Function words: ignored when a lay sentence is reduced to the words that carry its meaning. */
export const STOPWORDS = new Set(
  `a an the i me my mine myself you your it its it is am are was were be been being have has had do does did
  doing to of in on at by for with from up down out off over under again then once here there when where
  why how all any both each few more most other some such only own same so than too very just really
  quite bit lot lots little can will would should could may might must shall this that these those
  and or if as into through about against between during before after above below get got getting
  like thing things something anything everything kind sort well oh um uh yes yeah no not doctor
  feel feels felt keep keeps kept been always ever also still even much many way what who which whom used use go goes going get gets come came make made put take took give say said see know think thought time times lot recently today now away gone again around few couple more less`.split(
    /\s+/,
  ),
);

/** Words that deny what follows them in the same clause. */
export const NEGATORS = new Set([
  'no',
  'not',
  'never',
  'none',
  'nothing',
  'without',
  'nor',
  'neither',
  'nope',
]);

/** Modal negations that describe a symptom rather than deny one ("I can't catch my breath"). */
export const MODALS = new Set(['can', 'could', 'unable']);

/** Words after a symptom that deny it ("my breathing is fine"). */
export const FINE_WORDS = new Set(['fine', 'ok', 'okay', 'normal', 'alright', 'good', 'clear']);

/** Words that make a clause hypothetical or reported, not a claim about the patient now. */
export const HYPOTHETICAL = new Set([
  'whether',
  'worried',
  'worry',
  'worries',
  'afraid',
  'scared',
  'fear',
  'frightened',
  'concerned',
  'wonder',
  'wondered',
  'wondering',
  'might',
  'maybe',
  'perhaps',
  'mean',
  'ask',
  'asked',
  'asking',
  'heard',
  'read',
  'supposed',
  'expect',
]);

/** Other people: a clause about them is not about the patient's own symptoms. */
export const OTHER_PEOPLE = new Set([
  'he',
  'she',
  'they',
  'his',
  'her',
  'their',
  'him',
  'them',
  'wife',
  'husband',
  'partner',
  'son',
  'daughter',
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  'brother',
  'sister',
  'friend',
  'colleague',
  'grandma',
  'granny',
  'gran',
  'nan',
  'nana',
  'grandad',
  'granddad',
  'grandpa',
  'grandfather',
  'grandmother',
  'neighbour',
  'neighbor',
  'uncle',
  'aunt',
  'auntie',
  'kid',
  'kids',
  'child',
  'children',
  'cousin',
  'everyone',
  'people',
  'somebody',
  'someone',
]);

/** Family relations as the record names them, with the words people use for each. */
export const RELATIONS: Record<string, readonly string[]> = {
  mother: ['mother', 'mum', 'mom', 'mam', 'mummy', 'mommy', 'ma'],
  father: ['father', 'dad', 'daddy', 'pa', 'papa', 'pop'],
  brother: ['brother', 'bro'],
  sister: ['sister', 'sis'],
  grandmother: ['grandmother', 'grandma', 'granny', 'gran', 'nan', 'nana', 'nanna'],
  grandfather: ['grandfather', 'grandad', 'granddad', 'grandpa', 'gramps'],
};

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0,
  nought: 0,
  one: 1,
  a: 1,
  an: 1,
  two: 2,
  couple: 2,
  three: 3,
  few: 3,
  four: 4,
  several: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  dozen: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  half: 0.5,
};

/** Reads a number written in digits or words ("7", "seven", "twenty five"); undefined if none. */
export function readNumber(
  words: readonly string[],
  at: number,
): { value: number; length: number } | undefined {
  const w = words[at];
  if (w === undefined) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(w)) return { value: Number(w), length: 1 };
  const first = NUMBER_WORDS[w];
  if (first === undefined || w === 'a' || w === 'an') return undefined;
  const next = words[at + 1];
  const second = next === undefined ? undefined : NUMBER_WORDS[next];
  if (first >= 20 && first < 100 && second !== undefined && second >= 1 && second < 10) {
    return { value: first + second, length: 2 };
  }
  return { value: first, length: 1 };
}
