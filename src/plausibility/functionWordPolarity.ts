/**
 * Some symptom words name a normal function, not its trouble: "sleep", "breathing", "interested in
 * things", "enjoy". Said alone they claim nothing ("I went to sleep", "it hurts when I breathe in"); a
 * word of trouble makes them a claim ("my breathing's been bad"), a negation of the function itself
 * affirms the symptom ("I don't sleep", "I'm not interested in things"), and "well", "still" or "fine"
 * deny it ("I sleep well", "I'm still interested in things").
 */
import type { Polarity } from './readMentions.ts';
import type { Tokens } from './text/tokenize.ts';
import { MODALS, NEGATORS, STOPWORDS } from './text/wordLists.ts';

/** Stems of words that name a function (sleep, breathing, interest, enjoyment). */
const FUNCTION_STEMS = new Set(['sleep', 'breath', 'interest', 'enjoi', 'enjoyment']);

/** Words that say the function is troubled. */
const TROUBLE =
  /^(?:bad|badly|worse|worst|awful|terribl[ey]|poor|poorly|troubl\w*|problems?|difficult\w*|hard|harder|struggl\w*|heav(?:y|ily)|fast|rapid|quick|labou?red|short|shallow|noisy|rough|rubbish|dreadful|horrible|broken|disturbed|restless|barely|hardly|funny|strange|wrong|issues?|lost|lose|losing|stopped|awake|less|laboring|labouring|panting|gasping)$/;

/** Words that say the function is as it should be. */
const WELL = new Set(['well', 'fine', 'ok', 'okay', 'normal', 'normally', 'properly', 'soundly', 'alright']);

/** Whether the mention's meaningful words all name a function ("sleep", "interested in things"). */
export function namesFunction(tokens: Tokens, start: number, end: number): boolean {
  let any = false;
  for (let i = start; i <= end; i++) {
    if (STOPWORDS.has(tokens.words[i] ?? '')) continue;
    if (!FUNCTION_STEMS.has(tokens.stems[i] ?? '')) return false;
    any = true;
  }
  return any;
}

/** The polarity of a function word, from the polarity its clause would give a symptom (`base`). */
export function functionWordPolarity(
  tokens: Tokens,
  start: number,
  end: number,
  base: Polarity,
  trigger: boolean,
): Polarity {
  if (base === 'neutral') return base;
  const clause = tokens.clause[start];
  const inClause = (i: number): boolean => i >= 0 && i < tokens.words.length && tokens.clause[i] === clause;
  const near: string[] = [];
  for (let i = start - 4; i <= end + 4; i++)
    if ((i < start || i > end) && inClause(i)) near.push(tokens.words[i] ?? '');
  const trouble = near.some((w) => TROUBLE.test(w));
  // the negation governs the function itself: "I don't sleep", "I'm not interested", "I can't enjoy"
  let f = start;
  while (f < end && STOPWORDS.has(tokens.words[f] ?? '')) f++;
  const before = [f - 1, f - 2].filter(inClause).map((i) => tokens.words[i] ?? '');
  const negatesFunction = before.some((w) => NEGATORS.has(w));
  const modal = before.includes('not') && before.some((w) => MODALS.has(w));
  if (base === 'denied') return negatesFunction && !trouble ? 'affirmed' : 'denied';
  if (trigger) return 'neutral';
  if (trouble || modal || negatesFunction) return 'affirmed';
  const well =
    [end + 1, end + 2].some((i) => inClause(i) && WELL.has(tokens.words[i] ?? '')) ||
    [f - 1, f - 2, f - 3].some((i) => inClause(i) && tokens.words[i] === 'still');
  return well ? 'denied' : 'neutral';
}
