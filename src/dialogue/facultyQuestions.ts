/**
 * A sense or capacity said to have changed or got worse is the symptom of losing it: "has your vision
 * changed at all?" is a visual disturbance, "have you noticed your hearing getting worse?" hearing
 * loss, "has your exercise tolerance dropped?" reduced exercise tolerance. The change is what the
 * symptom is, not its course (timing), so the hit spans the change words too and no cue is read from
 * them. "How's your hearing?" names no change: it stays the review of the system (LABELS.md).
 * Asked what it is like ("what's your exercise tolerance like?", "what's your vision like?"), the
 * sense is asked about as such, not what a symptom feels like: the hit takes in the "like" as well.
 */
import type { Lexicon } from './buildLexicon.ts';
import type { PhraseHit } from './findPhrases.ts';

/** The faculty word → the symptom of its loss. */
const FACULTIES: Readonly<Record<string, string>> = {
  vision: 'visual-disturbance',
  eyesight: 'visual-disturbance',
  sight: 'visual-disturbance',
  hearing: 'hearing-loss',
  memory: 'memory-problems',
  balance: 'unsteadiness',
  concentration: 'poor-concentration',
  smell: 'loss-of-smell',
  taste: 'loss-of-smell',
  'sense of taste': 'loss-of-smell',
  speech: 'speech-difficulty',
  voice: 'hoarseness',
  'sense of smell': 'loss-of-smell',
  'exercise tolerance': 'reduced-exercise-tolerance',
};
const FACULTY = Object.keys(FACULTIES)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The faculty, a few linking words, then the change: "hearing has got a bit worse". */
const DECLINE = new RegExp(
  `\\b(${FACULTY})\\b(?: (?:has|have|is|been|got|gotten|getting|gets|become|becoming|gone|going|a bit|a little|any|much|at all|really|slowly|gradually|noticeably))* (?:changed|changing|affected|gone|worse|worsened|worsening|deteriorated|deteriorating|declined|declining|dropped|dropping|gone down|poorer|weaker|reduced|not as good|downhill)\\b`,
  'g',
);
/** "What's your exercise tolerance like (these days)?": the faculty itself is asked about. */
const WHAT_LIKE = new RegExp(`\\bwhat (?:is|s|has) (?:your |the )?(?:${FACULTY})(?: been)? like\\b`, 'g');

/** The phrase hits with each faculty said to decline read as the symptom of its loss. */
export function facultyQuestions(text: string, phrases: readonly PhraseHit[], lexicon: Lexicon): PhraseHit[] {
  let out = [...phrases];
  const within = (p: PhraseHit, start: number, end: number): boolean =>
    p.kind === 'symptom' && p.start < end && start < p.end;
  for (const m of text.matchAll(DECLINE)) {
    const id = FACULTIES[m[1] ?? ''];
    if (id === undefined || !lexicon.symptoms.has(id)) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    // the faculty word itself may already be a term ("vision", "exercise tolerance"): the decline is
    // the one symptom of its loss
    out = out.filter((p) => !within(p, start, end));
    out.push({ kind: 'symptom', id, start, end, text: m[0] });
  }
  for (const m of text.matchAll(WHAT_LIKE)) {
    const end = m.index + m[0].length;
    out = out.map((p) => (within(p, m.index, end) ? { ...p, end: Math.max(p.end, end) } : p));
  }
  return out.sort((a, b) => a.start - b.start);
}
