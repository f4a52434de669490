/**
 * contradiction / unsupported for the history: smoking, alcohol, medicines, allergies, past
 * conditions and operations, family history, pregnancy, age, name, work and home. Blanket denials
 * ("I don't take any tablets") are compared with the record, as are named items: one the record has
 * may not be denied, one it lacks may not be claimed.
 */
import { type Analysis, polarityOf } from '../analyseReply.ts';
import { type ReplyViolation, violation } from '../ReplyViolation.ts';
import type { PhraseMatch } from '../text/PhraseMatcher.ts';
import { NUMBER_WORDS, OTHER_PEOPLE, RELATIONS, STOPWORDS } from '../text/wordLists.ts';

interface Sentence {
  index: number;
  text: string;
  from: number;
  to: number;
}

function sentences(a: Analysis): Sentence[] {
  const out: Sentence[] = [];
  a.tokens.sentence.forEach((s, i) => {
    const last = out.at(-1);
    if (last && last.index === s) last.to = i;
    else out.push({ index: s, from: i, to: i, text: a.tokens.sentences[s] ?? '' });
  });
  return out.filter((s) => !a.tokens.questions[s.index]);
}

function aboutOthers(a: Analysis, s: Sentence): boolean {
  for (let i = s.from; i <= s.to; i++) if (OTHER_PEOPLE.has(a.tokens.words[i] ?? '')) return true;
  return false;
}

function num(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(s)) return Number(s);
  return NUMBER_WORDS[s];
}

function differs(said: number, actual: number, relative: number, absolute: number): boolean {
  return Math.abs(said - actual) > Math.max(absolute, relative * actual);
}

const N =
  '(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty)';

/** Cannabis smoked ("I smoke a bit of weed") and smoke breathed in at work ("all sorts of smoke and dust"). */
const NOT_TOBACCO = [
  /\bsmok(?:e|es|ed|ing)\s+(?:(?:a|the|some|bit|of|odd|little|lot|lots|occasional)\s+){0,3}(?:weed|cannabis|marijuana|pot|dope|skunk|grass|hash|joints?|spliffs?)\b/g,
  /\b(?:of|in|the|from|with)\s+smoke\b(?!\s+(?:a|about|\d+|one|two|three|four|five|ten|twenty|cigarettes?|cigs?|fags?|roll-?ups?|tobacco|a day)\b)/g,
  /\bsmoke\s+(?:and|or)\s+(?:dust|fumes|chemicals)\b/g,
];

/** The sentence without smoke that is not tobacco smoking, so its years are not years of smoking. */
function tobaccoWords(text: string): string {
  return NOT_TOBACCO.reduce((t, re) => t.replace(re, ' '), text);
}

function smoking(a: Analysis, ss: Sentence[]): ReplyViolation[] {
  const sm = a.ctx.record.history.social.smoking;
  for (const s of ss) {
    const t = tobaccoWords(s.text);
    if (!/smok|cigarette|\bcigs?\b|\bfags?\b|tobacco|roll-?ups?/.test(t) || aboutOthers(a, s)) continue;
    const never = /\bnever (?:smoked|been a smoker|had a cigarette|touched (?:a )?cigarettes?)\b/.test(t);
    const notNow = never || /\b(?:do not|does not) smoke\b|\bnon-? ?smoker\b|\bnot a smoker\b/.test(t);
    const ex =
      /\b(?:used to smoke|gave (?:it |them |up smoking |smoking )?up|quit|stopped smoking|ex-? ?smoker|former smoker|have not smoked (?:for|since)|not smoked (?:for|since))\b/.test(
        t,
      );
    const current =
      !ex &&
      /\b(?:i smoke|i am a smoker|i still smoke|still smoking|i am smoking)\b|\b(?:a|per) day\b/.test(t) &&
      !notNow;
    let wrong: string | undefined;
    if (sm.status === 'never' && (ex || current))
      wrong = 'The reply says the patient smokes or smoked; they never have.';
    if (sm.status === 'current' && (notNow || ex))
      wrong = 'The reply says the patient does not smoke; they do.';
    if (sm.status === 'ex' && (current || never))
      wrong = 'The reply gets the smoking history wrong: the patient is an ex-smoker.';
    if (wrong) return [violation('contradiction', 'smoking_differs', wrong, s.text)];
    if (sm.status === 'never') continue;
    const perDay = new RegExp(`\\b${N} (?:cigarettes |cigs |fags |roll-?ups )?(?:a|per|every) day\\b`).exec(
      t,
    );
    const pack = /\b(?:a|one) (?:pack|packet) a day\b/.test(t)
      ? 20
      : /\bhalf a (?:pack|packet)\b/.test(t)
        ? 10
        : undefined;
    const daily = pack ?? num(perDay?.[1]);
    if (daily !== undefined && differs(daily, sm.perDay, 0.25, 2)) {
      return [
        violation(
          'contradiction',
          'smoking_differs',
          'The reply gives a different number of cigarettes a day.',
          perDay?.[0] ?? s.text,
        ),
      ];
    }
    const years = new RegExp(`\\bfor (?:about |around |over |nearly )?${N} years\\b`).exec(t);
    const y = num(years?.[1]);
    if (y !== undefined && !ex && differs(y, sm.years, 0.25, 2)) {
      return [
        violation(
          'contradiction',
          'smoking_differs',
          'The reply gives a different number of years of smoking.',
          years?.[0] ?? s.text,
        ),
      ];
    }
    const quit = new RegExp(`\\b${N} years ago\\b`).exec(t);
    const q = num(quit?.[1]);
    if (sm.status === 'ex' && ex && q !== undefined && differs(q, sm.quitYearsAgo, 0.25, 1)) {
      return [
        violation(
          'contradiction',
          'smoking_differs',
          'The reply says the patient stopped smoking at a different time.',
          quit?.[0] ?? s.text,
        ),
      ];
    }
  }
  return [];
}

/** Words of thirst: a sentence about them that names no alcoholic drink is about water. */
const THIRST =
  /\bthirst\w*|\bparched\b|\bdry mouth\b|\bmouth (?:feels |is |has been |gets )?(?:so |really |very |bone )?dry\b|\bwater\b/;
const ALCOHOL = /alcohol|beer|wine|pints?\b|spirits|whisk|vodka|\bgin\b|lager|booze|units\b/;

function alcohol(a: Analysis, ss: Sentence[]): ReplyViolation[] {
  const units = a.ctx.record.history.social.alcoholUnitsPerWeek;
  for (const s of ss) {
    const t = s.text;
    if (!/alcohol|\bdrink|beer|wine|pints?\b|spirits|whisk|vodka|\bgin\b|lager|booze|teetotal/.test(t))
      continue;
    if (aboutOthers(a, s) || /\bdrink (?:water|tea|coffee|plenty|enough|fluids|milk|juice)/.test(t)) continue;
    // thirst, not alcohol: "my mouth feels dry however much I drink"
    if (THIRST.test(t) && !ALCOHOL.test(t)) continue;
    const dry =
      /\b(?:do not|never|does not) (?:drink|touch (?:alcohol|a drop))\b(?! (?:much|a lot|heavily|often|every|during|in the|that|too|more|excessively|spirits|wine|beer|lager|during|on))|\bteetotal\b|\bno alcohol\b|\bnot a drinker\b/.test(
        t,
      );
    const wet =
      /\bi (?:drink|have a (?:pint|glass|drink|few|couple)|like a (?:pint|glass|drink|tipple))\b|\b(?:\d+|a few|a couple of|few) (?:units|pints|glasses|bottles|cans)\b|\bbottle of wine\b|\bglass of wine\b/.test(
        t,
      ) && !dry;
    if (units >= 2 && dry)
      return [
        violation(
          'contradiction',
          'alcohol_differs',
          'The reply says the patient does not drink; they do.',
          t,
        ),
      ];
    if (units === 0 && wet)
      return [
        violation(
          'contradiction',
          'alcohol_differs',
          'The reply says the patient drinks alcohol; they do not.',
          t,
        ),
      ];
    const m = new RegExp(`\\b${N} units\\b`).exec(t);
    const said = num(m?.[1]);
    if (said !== undefined && units > 0 && differs(said, units, 0.4, 3)) {
      return [
        violation(
          'contradiction',
          'alcohol_differs',
          'The reply gives a different amount of alcohol.',
          m?.[0] ?? t,
        ),
      ];
    }
  }
  return [];
}

/** Named items (medicines, conditions, operations): denied when the record has them, claimed when it does not. */
function namedItems(
  a: Analysis,
  matches: PhraseMatch<string>[],
  have: ReadonlySet<string>,
  what: { code: string; noun: string },
): ReplyViolation[] {
  const out: ReplyViolation[] = [];
  for (const m of matches) {
    const sentence = a.tokens.sentence[m.start] ?? 0;
    if (a.tokens.questions[sentence]) continue;
    // an allergy's reaction ("ibuprofen makes my asthma worse") or words the record or plan use verbatim
    if (/\ballerg|\breaction\b/.test(a.tokens.sentences[sentence] ?? '')) continue;
    const clause = a.tokens.clause[m.start] ?? -1;
    if (a.quotesPlan.has(clause) || a.quotesDenial.has(clause)) continue;
    // the patient's allergic reaction ("I got hives") is not a new condition
    const nearAllergy = /\ballerg/.test(
      `${a.tokens.sentences[sentence - 1] ?? ''} ${a.tokens.sentences[sentence] ?? ''}`,
    );
    if (
      nearAllergy &&
      a.tokens.stems.slice(m.start, m.end + 1).every((x) => a.ci.reactionStems.has(x) || STOPWORDS.has(x))
    )
      continue;
    const p = polarityOf(a.tokens, m.start, m.end);
    const words = a.tokens.words.slice(m.start, m.end + 1).join(' ');
    const has = m.values.some((id) => have.has(id));
    // a medicine named in the patient's own story ("it eases with paracetamol"): known to them
    const known =
      what.code === 'medication' &&
      a.tokens.stems.slice(m.start, m.end + 1).every((s) => a.ci.knownStems.has(s) || STOPWORDS.has(s));
    if (p === 'affirmed' && !has && !known) {
      out.push(
        violation(
          'unsupported',
          `new_${what.code}`,
          `The reply claims a ${what.noun} the patient does not have.`,
          words,
        ),
      );
    }
    if (p === 'denied' && m.values.every((id) => have.has(id))) {
      out.push(
        violation(
          'contradiction',
          `${what.code}_denied`,
          `The reply denies a ${what.noun} the patient has.`,
          words,
        ),
      );
    }
  }
  return out;
}

function blanket(a: Analysis, ss: Sentence[]): ReplyViolation[] {
  const h = a.ctx.record.history;
  const out: ReplyViolation[] = [];
  for (const s of ss) {
    const t = s.text;
    if (aboutOthers(a, s)) continue;
    if (
      h.medications.length > 0 &&
      /\b(?:do not|am not|not) (?:take|taking|on) any (?:regular )?(?:medication|medications|medicine|medicines|tablets|pills|drugs)\b|\bno (?:regular )?(?:medication|medications|medicines|tablets|pills)\b|\bdo not take anything (?:regular|regularly|at all)\b/.test(
        t,
      ) &&
      !/\bfor (?:it|the|this|that)\b|\bother\b|\belse\b/.test(t)
    ) {
      out.push(
        violation(
          'contradiction',
          'medications_denied',
          'The reply says the patient takes no medicines; they do.',
          t,
        ),
      );
    }
    if (
      h.allergies.length > 0 &&
      /\bno (?:known )?allergies\b|\bnot allergic to any(?:thing)?\b|\bdo not have any allergies\b|\bnot allergic to (?:any )?(?:medicines|medications|drugs)\b/.test(
        t,
      )
    ) {
      out.push(
        violation(
          'contradiction',
          'allergies_denied',
          'The reply says the patient has no allergies; they do.',
          t,
        ),
      );
    }
    const allergic = /\b(?:i am |i have an? )?allerg(?:ic|y) to ([a-z -]+)/.exec(t);
    if (allergic && !/\bnot allergic|\bno allerg/.test(t)) {
      const substance = allergic[1] ?? '';
      const known = h.allergies.some(
        (x) =>
          substance.includes(x.substance.toLowerCase()) ||
          x.substance.toLowerCase().includes(substance.split(' ')[0] ?? '~'),
      );
      if (!known && !/\bnot\b|\bany\b|\banything\b/.test(substance)) {
        out.push(
          violation(
            h.allergies.length === 0 ? 'contradiction' : 'unsupported',
            'allergy_differs',
            'The reply gives an allergy the patient does not have.',
            allergic[0],
          ),
        );
      }
    }
    if (
      h.family.length > 0 &&
      /\bno (?:significant |relevant )?family history\b|\bnothing (?:like that |much )?runs in (?:the|my|our) family\b|\bno (?:heart|health|medical) (?:problems|trouble|issues|conditions) in (?:the|my|our) family\b/.test(
        t,
      )
    ) {
      out.push(
        violation('contradiction', 'family_denied', 'The reply denies a family history the patient has.', t),
      );
    }
    if (
      h.conditions.length > 0 &&
      /\bnever been (?:ill|sick|unwell)\b|\bno (?:medical|health) (?:problems|conditions|issues)\b|\bnothing wrong with me\b|\bfit and (?:well|healthy)\b|\bnever had any (?:health|medical) problems\b/.test(
        t,
      ) &&
      !/\bother\b|\belse\b|\bapart\b|\bexcept\b|\bbesides\b/.test(t)
    ) {
      out.push(
        violation(
          'contradiction',
          'conditions_denied',
          'The reply says the patient has no medical conditions; they do.',
          t,
        ),
      );
    }
    if (
      h.surgeries.length > 0 &&
      /\bnever had (?:an |any )?(?:operations?|surgery)\b|\bno (?:previous )?(?:operations|surgery|surgeries)\b/.test(
        t,
      )
    ) {
      out.push(
        violation(
          'contradiction',
          'surgery_denied',
          'The reply says the patient never had an operation; they did.',
          t,
        ),
      );
    }
  }
  return out;
}

function family(a: Analysis, ss: Sentence[]): ReplyViolation[] {
  const have = a.ci.familyRelations;
  const clinical =
    /\b(?:died|heart|cancer|stroke|diabet\w*|attack|pressure|clot|disease|condition|illness|angina|asthma|copd|dementia|bypass|stent|tumour|tumor|leukaemia)\b/;
  for (const s of ss) {
    if (!clinical.test(s.text) || a.echoRecord.has(a.tokens.clause[s.from] ?? -1)) continue;
    for (let i = s.from; i <= s.to; i++) {
      const w = a.tokens.words[i] ?? '';
      const relation = Object.entries(RELATIONS).find(([, words]) => words.includes(w))?.[0];
      if (!relation || have.has(relation)) continue;
      if ((a.tokens.words[i - 1] ?? '') !== 'my' && (a.tokens.words[i - 1] ?? '') !== 'our') continue;
      if (/\b(?:no|not|never|nobody|none)\b/.test(s.text)) continue;
      return [
        violation(
          'unsupported',
          'new_family_history',
          'The reply adds a family history the patient does not have.',
          s.text,
        ),
      ];
    }
  }
  return [];
}

function person(a: Analysis, ss: Sentence[], original: string): ReplyViolation[] {
  const { demographics: d, history: h } = a.ctx.record;
  const out: ReplyViolation[] = [];
  for (const s of ss) {
    const t = s.text;
    if (/\bi am pregnant\b|\bexpecting a baby\b/.test(t) && h.pregnant !== true) {
      out.push(
        violation(
          'contradiction',
          'pregnancy_differs',
          'The reply says the patient is pregnant; they are not.',
          t,
        ),
      );
    }
    if (/\b(?:i am not|i can not be|not) pregnant\b/.test(t) && h.pregnant === true) {
      out.push(
        violation(
          'contradiction',
          'pregnancy_differs',
          'The reply says the patient is not pregnant; she is.',
          t,
        ),
      );
    }
    const age =
      /\bi am (\d{1,3})(?: years old)?(?=\s*(?:[.,!?]|$| now| this| next| and| but))/.exec(t) ??
      /\bi am (\d{1,3}) years old\b/.exec(t);
    if (age && Math.abs(Number(age[1]) - d.age) > 1) {
      out.push(violation('contradiction', 'age_differs', 'The reply gives a different age.', age[0]));
    }
    if (
      /\bi am retired\b|\bi have retired\b|\bsince i retired\b/.test(t) &&
      !/retired|pensioner/i.test(d.occupation) &&
      d.age < 70
    ) {
      out.push(
        violation(
          'contradiction',
          'occupation_differs',
          'The reply says the patient is retired; they work.',
          t,
        ),
      );
    }
    if (
      /\bi live (?:on my own|alone|by myself)\b/.test(t) &&
      !/\balone\b|\bon (?:his|her) own\b/.test(d.living)
    ) {
      out.push(
        violation(
          'contradiction',
          'living_differs',
          'The reply says the patient lives alone; they do not.',
          t,
        ),
      );
    }
    if (/\bi live with\b/.test(t) && /\balone\b|\bon (?:his|her) own\b/.test(d.living)) {
      out.push(
        violation(
          'contradiction',
          'living_differs',
          'The reply says the patient lives with someone; they live alone.',
          t,
        ),
      );
    }
  }
  const name = /\b[Mm]y name(?: is|'s) ([A-Z][a-z]+)/.exec(original);
  if (name) {
    const n = (name[1] ?? '').toLowerCase();
    const known = [d.givenName, d.familyName].map((x) => x.toLowerCase());
    if (!known.some((k) => k.slice(0, 3) === n.slice(0, 3))) {
      out.push(violation('contradiction', 'name_differs', 'The reply gives a different name.', name[0]));
    }
  }
  return out;
}

/** The history rules. */
export function historyClaims(a: Analysis): ReplyViolation[] {
  const ss = sentences(a);
  const meds = a.oi.medications.match(a.tokens);
  const conditions = a.oi.chronic.match(a.tokens).filter((m) => !overlaps(m, meds));
  const surgeries = a.oi.surgeries.match(a.tokens);
  const firstPerson = (m: PhraseMatch<string>): boolean => {
    const s = ss.find((x) => x.from <= m.start && m.start <= x.to);
    return s !== undefined && !aboutOthers(a, s);
  };
  return [
    ...smoking(a, ss),
    ...alcohol(a, ss),
    ...blanket(a, ss),
    ...namedItems(a, meds.filter(firstPerson), a.ci.medicationIds, { code: 'medication', noun: 'medicine' }),
    ...namedItems(a, conditions.filter(firstPerson), a.ci.conditionIds, {
      code: 'condition',
      noun: 'medical condition',
    }),
    ...namedItems(a, surgeries.filter(firstPerson), a.ci.surgeryIds, {
      code: 'surgery',
      noun: 'past operation',
    }),
    ...family(a, ss),
    ...person(a, ss, a.reply),
  ];
}

function overlaps(m: PhraseMatch<string>, others: readonly PhraseMatch<string>[]): boolean {
  return others.some((o) => o.start <= m.end && m.start <= o.end);
}
