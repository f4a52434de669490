/**
 * Case prose split into clauses, each with where its negation starts, so "Denies chest pain, but reports
 * a fever" yields a negated clause and a positive one. Negation is read the way clinicians write it:
 * a cue ("no", "denies", "without", ...) covers what follows it in the same clause, and "Fever: No"
 * negates the whole clause.
 */
import { normalizeName } from '../text/normalizeName.ts';

export interface Clause {
  /** The clause as written. */
  raw: string;
  /** Lower-case words separated by single spaces (`normalizeName`). */
  text: string;
  /** Index in `text` from which everything is negated; `Infinity` when nothing is. */
  negatedFrom: number;
  /** Index in `text` from which everything is past, not current ("history of", "resolved"); `Infinity` when nothing is. */
  pastFrom: number;
}

const CUE =
  /\b(?:no|not|denies|denied|deny|denying|without|never|negative|nor|none|absent|nil|free of|lacks?)\b/;
const PAST = /\b(?:history of|resolution of|previously|previous|prior|in the past|used to)\b/g;
/** "a 1 month history of ..." dates the present complaint: it is not past history. */
const DURATION_BEFORE =
  /\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|few)\s+(?:minute|hour|day|week|month|year)s?\s*$/;
const TRAILING_DENIAL = /:\s*(?:no|none|negative|absent|denie[sd]|not present|nil)\s*$/i;

/** Over: the whole clause is about something past ("the rash resolved", "since resolved"). */
const OVER = /\b(?:resolved|resolving|subsided|settled|cleared up|gone away)\b/;

function pastStart(normalized: string): number {
  if (OVER.test(normalized)) return 0;
  for (const m of normalized.matchAll(PAST)) {
    if (!(m[0] === 'history of' && DURATION_BEFORE.test(normalized.slice(0, m.index)))) return m.index;
  }
  return Number.POSITIVE_INFINITY;
}

/** Clauses of `text`: split at sentence marks, semicolons, new lines and "but" / "however" / "although". */
export function splitClauses(text: string): Clause[] {
  return text
    .split(/[.;!?\n]+(?=\s|$)|;|\n|\bbut\b|\bhowever\b|\balthough\b|\bthough\b/i)
    .map((raw) => raw.trim())
    .filter((raw) => /[a-z0-9]/i.test(raw))
    .map((raw) => {
      const normalized = normalizeName(raw);
      const pastFrom = pastStart(normalized);
      if (TRAILING_DENIAL.test(raw)) return { raw, text: normalized, negatedFrom: 0, pastFrom };
      const cue = CUE.exec(normalized);
      return { raw, text: normalized, negatedFrom: cue ? cue.index : Number.POSITIVE_INFINITY, pastFrom };
    });
}

/** Whether the whole clause is a denial or an absence ("No significant past medical history."). */
export function isDenial(clause: Clause): boolean {
  return (
    clause.negatedFrom === 0 ||
    /^(?:patient |the patient |he |she )?(?:denies|reports no|has no|had no)\b/.test(clause.text)
  );
}
