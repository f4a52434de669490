/**
 * A history text cut into items: "Essential hypertension, hyperlipidemia, and gastric reflux" →
 * three items; "Crohn disease diagnosed 2 years ago, current treatment includes natalizumab" → two.
 * Each item keeps its clause, for durations stated once for a whole list.
 */
import { type Clause, splitClauses } from './textClauses.ts';

export interface HistoryItem {
  /** The item as written, trimmed of list words. */
  raw: string;
  clause: Clause;
  /** True when the item or its clause is a denial ("No history of diabetes or other chronic illnesses"). */
  denied: boolean;
}

const LEAD_IN =
  /^(?:(?:the )?patient\s+)?(?:(?:has|had|have|reports|is known to have|with)\s+)?(?:an?\s+)?(?:(?:significant|past|personal|known|previous|prior|medical)\s+)*(?:history of|hx of|h\/o|diagnosis of|diagnosed with)\s+/i;

/** Strips "History of", "Known", "The patient has a history of" from the front of an item. */
export function stripLeadIn(text: string): string {
  return text
    .trim()
    .replace(LEAD_IN, '')
    .replace(/^(?:known|and|also|or)\s+/i, '')
    .trim();
}

/** The items of a history text, in order. */
export function historyItems(text: string): HistoryItem[] {
  const out: HistoryItem[] = [];
  for (const clause of splitClauses(text)) {
    const denied = clause.negatedFrom === 0;
    for (const part of clause.raw.split(/,|\band\b|\bas well as\b/i)) {
      // "Surgical: Appendectomy" (a flattened field) reads as "Appendectomy"
      const raw = stripLeadIn(
        part.replace(/^[\s-]+|[\s.]+$/g, '').replace(/^[A-Za-z][A-Za-z _-]{1,30}:\s*/, ''),
      );
      if (!/[a-z]{3,}/i.test(raw)) continue;
      out.push({ raw, clause, denied: denied || /^(?:no|not|none|denies|nil|without)\b/i.test(raw) });
    }
  }
  return out;
}
