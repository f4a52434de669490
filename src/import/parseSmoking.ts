/**
 * Smoking history from case prose: "Non-smoker", "Former smoker, quit 5 years ago", "1 pack per day for
 * the past 30 years", "a 34-year history of smoking two packs per day", "20 pack-years". The first
 * text that mentions smoking decides; amounts the text does not give get stated defaults and a warning.
 */
import type { Smoking } from '../domain/record.ts';
import { splitClauses } from './textClauses.ts';

const TOBACCO = /smok|tobacco|cigarette|\bpacks?\b|pack[\s-]years?/i;
const NEVER = /\bnon[\s-]?smoker\b|\bnonsmoker\b|\bnever (?:a )?smok/i;
const FORMER =
  /\b(?:former|ex[\s-]?smoker|quit|stopped|gave up|used to smoke|previously smoked|past smoker)\b/i;
const COUNT: Readonly<Record<string, number>> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  half: 0.5,
  'half a': 0.5,
};

function number(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : COUNT[text.toLowerCase()];
}

export interface SmokingReading {
  smoking: Smoking;
  warnings: string[];
}

/** Smoking status from the first of `texts` that mentions it; never-smoker (with a warning) if none does. */
export function parseSmoking(texts: readonly string[], age: number): SmokingReading {
  for (const text of texts) {
    const clauses = splitClauses(text).filter((c) => TOBACCO.test(c.raw));
    if (clauses.length === 0) continue;
    const all = clauses.map((c) => c.raw).join('. ');
    if (clauses.every((c) => NEVER.test(c.raw) || c.negatedFrom < c.text.search(/smok|tobacco|cigarette/))) {
      return { smoking: { status: 'never' }, warnings: [] };
    }
    const warnings: string[] = [];
    const packs =
      /(\d+(?:\.\d+)?|half a|half|an?|one|two|three|four)[\s-]*packs?\s*(?:of cigarettes\s*)?(?:per|a|each|every)\s*day/i.exec(
        all,
      );
    const cigarettes = /(\d+)\s*cigarettes?\s*(?:per|a|each|every)\s*day/i.exec(all);
    const packYearsText = /(\d+(?:\.\d+)?)[\s-]*pack[\s-]*years?/i.exec(all);
    const yearsText =
      /(\d+)[\s-]*years?[\s-]*(?:history of smoking|smoking history|of smoking)/i.exec(all) ??
      /(?:for|over)\s+(?:the\s+)?(?:past\s+|last\s+)?(\d+)\s*years/i.exec(all) ??
      /(\d+)[\s-]*year history/i.exec(all);
    let perDay = packs
      ? Math.round((number(packs[1]) ?? 1) * 20)
      : cigarettes
        ? Number(cigarettes[1])
        : undefined;
    let years = yearsText ? Number(yearsText[1]) : undefined;
    const packYears = packYearsText ? Number(packYearsText[1]) : undefined;
    if (packYears !== undefined && packYears > 0) {
      if (perDay === undefined && years === undefined) perDay = 20;
      if (years === undefined) years = Math.max(1, Math.round((packYears * 20) / (perDay ?? 20)));
      if (perDay === undefined) perDay = Math.max(1, Math.round((packYears * 20) / years));
    }
    const maxYears = Math.max(1, age - 12);
    if (perDay === undefined || perDay < 1) {
      perDay = 10;
      warnings.push('smoking: amount not given; used 10 a day');
    }
    if (years === undefined || years < 1) {
      years = Math.min(10, maxYears);
      warnings.push(`smoking: duration not given; used ${years} years`);
    }
    years = Math.min(Math.round(years), maxYears);
    const pack = Math.max(0.1, Math.round((perDay / 20) * years * 10) / 10);
    if (FORMER.test(all)) {
      const quit =
        /(?:quit|stopped|gave up)\s+(?:smoking\s+)?(\d+|a|one|two|three|four)\s*years?\s*ago/i.exec(all);
      const quitYearsAgo = quit ? (number(quit[1]) ?? 1) : 5;
      if (!quit) warnings.push('smoking: when they stopped is not given; used 5 years ago');
      return {
        smoking: { status: 'ex', perDay, years, packYears: pack, quitYearsAgo: Math.round(quitYearsAgo) },
        warnings,
      };
    }
    return { smoking: { status: 'current', perDay, years, packYears: pack }, warnings };
  }
  return {
    smoking: { status: 'never' },
    warnings: ['smoking: not mentioned in the case; recorded as never smoked'],
  };
}
