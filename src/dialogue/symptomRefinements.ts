/**
 * Symptoms that are another symptom in a particular setting: breathlessness on walking is exertional
 * breathlessness, sweating in bed is night sweats, nearly passing out is pre-syncope. The base is
 * recognised by its own vocabulary terms (every way of saying "breathless"); only the setting words
 * live here, because a term list cannot carry every combination of the two in every word order.
 * Entries whose ids the loaded knowledge base lacks are ignored.
 */
export interface SymptomRefinement {
  /** The refined symptom. */
  id: string;
  /** Symptoms whose mention, in this setting, means the refined one. */
  base: readonly string[];
  /** The setting words, anywhere in the clause. */
  setting: RegExp;
  /** How far (characters) the setting may be from the base mention. */
  within?: number;
  /** The setting must come before the base ("nearly passed out"), not after. */
  before?: boolean;
}

const WAKING =
  /\b(?:wakes?|waking|woke|woken|awake|middle of the night|at night|in the night|nights?|sleep|asleep)\b/;

export const SYMPTOM_REFINEMENTS: readonly SymptomRefinement[] = [
  {
    id: 'exertional-breathlessness',
    base: ['breathlessness'],
    setting:
      /\b(?:exert\w*|exercis\w*|walk\w*|stairs|steps|hills?|uphill|slopes?|inclines?|climb\w*|running|rushing|hurry\w*|effort|active|activity|exercise tolerance|housework|hoovering|gardening|the shops|the washing|carrying|how much (?:can|could) you do|doing (?:the )?(?:things|stuff) you (?:\w+ )?do|(?:doing|do) (?:your )?(?:everyday|day to day|normal|usual) (?:things|stuff|tasks|activities))\b/,
  },
  {
    id: 'orthopnoea',
    base: ['breathlessness'],
    setting: /\b(?:lie|lies|lying|lay|laying|flat|pillows?|propped)\b/,
  },
  { id: 'paroxysmal-nocturnal-dyspnoea', base: ['breathlessness'], setting: WAKING },
  {
    id: 'night-sweats',
    base: ['sweating'],
    setting:
      /\b(?:night|nights|sleep|asleep|bed|sheets|bedclothes|pyjamas|nightclothes|wakes?|waking|woke|woken)\b/,
  },
  { id: 'nocturia', base: ['urinary-frequency'], setting: WAKING },
  // "any red in what you cough up?": red is blood; "green, yellow or red?" is the colour of the phlegm
  {
    id: 'haemoptysis',
    base: ['cough', 'sputum'],
    setting:
      /\bblood\w*\b|\bany (?:red|pink)\b|\b(?:red|pink) (?:or (?:red|pink) )?in (?:it|the|your|what)\b/,
  },
  {
    // "when you cough, does anything come up?"
    id: 'sputum',
    base: ['cough'],
    setting:
      /\b(?:anything|something|stuff) (?:\w+ )?(?:come|comes|coming|came) up\b|\bbring\w* (?:anything|something|stuff) up\b/,
  },
  { id: 'haematemesis', base: ['vomiting', 'nausea'], setting: /\bblood\w*\b|\bcoffee grounds?\b/ },
  {
    id: 'reduced-exercise-tolerance',
    base: ['fatigue'],
    // "do you get tired out doing the shopping?": worn out by everyday tasks is the same limit
    setting:
      /\b(?:exert\w*|exercis\w*|walk\w*|stairs|hills?|uphill|activity|activities|effort|active|shopping|the shops|housework|hoovering|vacuuming|gardening|chores|cleaning|errands|everyday things|everyday tasks|daily tasks)\b/,
  },
  {
    id: 'pre-syncope',
    base: ['syncope'],
    setting: /\b(?:nearly|almost|about to|going to|gonna|might)\b/,
    within: 20,
    before: true,
  },
];
