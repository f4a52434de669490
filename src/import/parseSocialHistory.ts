/**
 * Alcohol, recreational drugs, exposures, occupation and home from case prose ("Drinks alcohol
 * socially. Works as a graphic designer. Lives with her husband."). What the case does not say is
 * left undefined (occupation, home) or recorded as none with a warning (alcohol), for the caller.
 */
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { slugify } from './looseText.ts';
import { proseNumber } from './proseNumber.ts';
import { splitClauses } from './textClauses.ts';

type Social = PatientRecord['history']['social'];

const ALCOHOL = /alcohol|\bdrinks?\b|\bdrinking\b|\bwine\b|\bbeers?\b|\betoh\b|spirits|liquor|vodka|whisk/i;
const DRUGS: readonly [RegExp, string][] = [
  [/cocaine|crack/i, 'cocaine'],
  [/heroin/i, 'heroin'],
  [/cannabis|marijuana|\bweed\b/i, 'cannabis'],
  [/methamphetamine|crystal meth/i, 'methamphetamine'],
  [/\bamphetamines?\b|\bspeed\b/i, 'amphetamines'],
  [/\bmdma\b|ecstasy/i, 'ecstasy'],
  [/intravenous drugs?|\biv drugs?\b|injection drugs?|injecting drugs?/i, 'injected drugs'],
  [/recreational drugs?|illicit drugs?|street drugs?/i, 'recreational drugs'],
];
/** Exposures the case may state, with how the patient tells it (first person, as the record holds it). */
const EXPOSURES: readonly [string, RegExp, string][] = [
  ['asbestos', /asbestos/i, "I've been around asbestos, yes."],
  ['birds', /\b(?:pigeons?|birds?|budgies?|parrots?|poultry|chickens?)\b/i, "Yes, I'm around birds a lot."],
  [
    'long-haul-travel',
    /long[\s-]haul|long flight|flew back|long car journey|long drive/i,
    "Yes, I've had a long journey recently.",
  ],
  [
    'foreign-travel',
    /recent(?:ly)? (?:travel|returned|trip)|travell?ed (?:to|from|abroad)|returned from|trip to|emigrated|immigrated|moved from/i,
    "Yes, I've been abroad recently.",
  ],
  [
    'sick-contacts',
    /sick contacts?|(?:ill|unwell|sick) (?:family|contacts?|colleagues?|children|relatives)|similar symptoms/i,
    'Yes, people around me have been ill.',
  ],
  [
    'tb-contact',
    /(?:tb|tuberculosis) contact|exposed to (?:tb|tuberculosis)|contact with .*(?:tb|tuberculosis)/i,
    "Yes, I've been around someone with TB.",
  ],
  [
    'recent-surgery',
    /recent(?:ly)? (?:surgery|operation|operated)|post-?operative/i,
    'Yes, I had an operation recently.',
  ],
  [
    'occupational-dust',
    /silica|coal dust|\bmin(?:ing|er)\b|quarry|sandblast|stone dust/i,
    "Yes, I've worked with a lot of dust.",
  ],
  [
    'recent-dental-work',
    /dental (?:work|procedure|extraction|treatment)|tooth extraction/i,
    'Yes, I had dental work done recently.',
  ],
  [
    'recent-viral-illness',
    /(?:recent|preceding) (?:viral|upper respiratory|flu|cold|illness|infection)/i,
    'I had a virus not long ago.',
  ],
  [
    'cancer-treatment',
    /chemotherapy|radiotherapy|undergoing treatment for .*cancer/i,
    "I'm having treatment for cancer.",
  ],
  [
    'intravenous-drug-use',
    /intravenous drugs?|\biv drugs?\b|injection drugs?|injecting drugs?/i,
    "I've injected drugs, yes.",
  ],
];

function count(text: string | undefined): number | undefined {
  return text === undefined ? undefined : proseNumber(text);
}

/** Alcohol in UK units a week (a drink is about 2 units). */
function alcoholOf(texts: readonly string[], warnings: string[]): number {
  for (const text of texts) {
    const clauses = splitClauses(text).filter((c) => ALCOHOL.test(c.raw));
    if (clauses.length === 0) continue;
    const positive = clauses.filter(
      (c) => c.negatedFrom > c.text.search(/alcohol|drink|wine|beer|etoh|spirit|liquor|vodka|whisk/),
    );
    if (positive.length === 0 || positive.every((c) => /teetotal|abstain/i.test(c.raw))) return 0;
    const all = positive.map((c) => c.raw).join('. ');
    const units = /(\d+)\s*units?\b[^.]*?(day|daily|night|week)?/i.exec(all);
    if (units) return Math.round(Number(units[1]) * (/day|daily|night/i.test(units[2] ?? '') ? 7 : 1));
    const drinks =
      /(\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of)\s*(?:alcoholic\s+)?(drinks?|beers?|glasses?(?: of wine)?|pints?|shots?|cans?|bottles? of (?:wine|beer|vodka|whiske?y)|bottles?)\s*(?:of \w+\s*)?(?:a|per|each|every)\s*(day|night|week|weekend)/i.exec(
        all,
      );
    if (drinks) {
      const n = count(drinks[1]) ?? 1;
      const kind = drinks[2]?.toLowerCase() ?? '';
      const perDrink = /bottle of (?:vodka|whisk)/.test(kind)
        ? 28
        : /bottle/.test(kind)
          ? 9
          : /shot/.test(kind)
            ? 1
            : 2;
      const perWeek = /day|night/i.test(drinks[3] ?? '') ? 7 : 1;
      return Math.round(n * perDrink * perWeek);
    }
    if (/heav|excess|alcoholic|alcohol use disorder|abuse|binge|dependen/i.test(all)) {
      warnings.push('alcohol: heavy drinking without an amount; used 50 units a week');
      return 50;
    }
    if (/rare|rarely|seldom/i.test(all)) return 1;
    if (/social|occasional|light|weekend|special occasion/i.test(all)) return 4;
    if (/moderate/i.test(all)) return 10;
    warnings.push('alcohol: amount not given; used 4 units a week');
    return 4;
  }
  warnings.push('alcohol: not mentioned in the case; recorded as none');
  return 0;
}

function drugsOf(text: string): Social['drugs'] {
  const out: Social['drugs'] = [];
  for (const clause of splitClauses(text)) {
    for (const [re, name] of DRUGS) {
      const m = re.exec(clause.raw);
      if (!m || clause.negatedFrom <= clause.text.indexOf(m[0].toLowerCase().split(/\s/)[0] ?? '')) continue;
      const id = slugify(name);
      if (!out.some((d) => d.id === id))
        out.push({ id, name: name.charAt(0).toUpperCase() + name.slice(1), lay: name });
    }
  }
  return out;
}

function exposuresOf(text: string, ontology: Ontology): Social['exposures'] {
  const out: Social['exposures'] = [];
  for (const clause of splitClauses(text)) {
    if (clause.negatedFrom === 0) continue;
    for (const [id, re, said] of EXPOSURES) {
      const m = re.exec(clause.raw);
      if (!m || !ontology.exposures.has(id) || out.some((e) => e.id === id)) continue;
      if (clause.negatedFrom <= clause.text.indexOf(m[0].toLowerCase().split(/\s/)[0] ?? '')) continue;
      out.push({ id, text: said });
    }
  }
  return out;
}

/** "Works as a graphic designer" → "graphic designer"; "Full-time college student" → "college student". */
export function occupationOf(text: string): string | undefined {
  const clean = (s: string | undefined) =>
    s
      ?.replace(/\s*(?:,|;|\.|\band\b|\bwho\b|\bwith\b|\bfor\b).*$/i, '')
      .trim()
      .toLowerCase();
  const as = /\b(?:works?|working|worked|employ(?:ed|s)?)\b[^.;]*?\bas (?:an? |the )?([a-z][a-z -]+)/i.exec(
    text,
  );
  if (as?.[1]) return clean(as[1]);
  const student =
    /\b((?:(?:full|part)[\s-]time\s+)?(?:university|college|high school|middle school|medical|nursing|graduate|law|school)?\s*student)\b/i.exec(
      text,
    );
  if (student?.[1])
    return student[1]
      .replace(/^(?:full|part)[\s-]time\s+/i, '')
      .trim()
      .toLowerCase();
  const retired = /\bretired(?:\s+(?!and\b|from\b|for\b)[a-z]+){0,3}/i.exec(text);
  if (retired) return clean(retired[0]);
  const at = /\bworks? (in|at|for) (an? |the )?([a-z][a-z -]+)/i.exec(text);
  if (at?.[3]) return `worker ${at[1]?.toLowerCase()} ${at[2]?.toLowerCase() ?? ''}${clean(at[3])}`;
  const job =
    /\b(?:is an?|is employed as an?)\s+([a-z]+(?:\s+[a-z]+)?\s+(?:teacher|nurse|driver|engineer|manager|worker|accountant|farmer|mechanic|chef|cook|cleaner|clerk|lawyer|doctor|builder|electrician|plumber|carpenter|painter|officer|designer|assistant|caretaker))\b/i.exec(
      text,
    );
  if (job?.[1]) return clean(job[1]);
  if (/\bunemployed\b/i.test(text)) return 'unemployed';
  return undefined;
}

/** "Lives with her husband" → "lives with her husband"; "Married with two children" as it stands. */
export function livingOf(text: string): string | undefined {
  for (const clause of splitClauses(text)) {
    const m = /\b(lives|living|resides|married|widowed|divorced)\b.*$/i.exec(clause.raw);
    if (m)
      return m[0]
        .replace(/^resides/i, 'lives')
        .replace(/[\s.]+$/, '')
        .toLowerCase();
  }
  return undefined;
}

export interface SocialReading {
  alcoholUnitsPerWeek: number;
  drugs: Social['drugs'];
  exposures: Social['exposures'];
  occupation: string | undefined;
  living: string | undefined;
  warnings: string[];
}

/** The social history: `social` is the social-history text, `other` the rest of the patient's account. */
export function parseSocialHistory(social: string, other: string, ontology: Ontology): SocialReading {
  const warnings: string[] = [];
  const all = `${social}\n${other}`;
  return {
    alcoholUnitsPerWeek: alcoholOf([social, other], warnings),
    drugs: drugsOf(all),
    exposures: exposuresOf(all, ontology),
    occupation: occupationOf(social) ?? occupationOf(other),
    living: livingOf(social) ?? livingOf(other),
    warnings,
  };
}
