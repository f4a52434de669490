/**
 * contradiction / unsupported for symptoms: a symptom affirmed that the record or memory marks
 * absent, denied when the record has it, or affirmed when the record says nothing of it (a new
 * clinical claim). Negation, questions, hypotheticals and other people's symptoms are read first
 * (see analyseReply), and clauses that only repeat the record's own words are left alone.
 */
import type { Analysis, Mention } from '../analyseReply.ts';
import { type ReplyViolation, violation } from '../ReplyViolation.ts';
import { NEGATORS, STOPWORDS } from '../text/wordLists.ts';

function label(a: Analysis, ids: readonly string[]): string {
  return ids.map((id) => a.ctx.ontology.symptom(id)?.name.toLowerCase() ?? id).join(' / ');
}

/** Words before a symptom that make it a trigger or condition, not a claim ("worse when I cough"). */
const TRIGGER = new Set(['when', 'whenever', 'if', 'after', 'before', 'while', 'during', 'than']);

/**
 * Whether a mention only repeats the patient's own story: its sentence echoes a record phrase, or it
 * is a trigger ("worse when I cough") in words the patient's record uses.
 */
function repeatsStory(a: Analysis, m: Mention, loose = false): boolean {
  const known = a.tokens.stems.slice(m.start, m.end + 1).every((s) => a.ci.knownStems.has(s) || STOPWORDS.has(s));
  // the plan's own example sentences may name other symptoms; the record's phrases only in its words
  if (loose && a.echoLoose.has(a.tokens.clause[m.start] ?? -1)) return true;
  if (!known) return false;
  if (a.echoClauses.has(a.tokens.clause[m.start] ?? -1)) return true;
  const clause = a.tokens.clause[m.start];
  if (a.tokens.clause[m.end] !== clause) return false;
  for (let j = m.start - 1; j >= Math.max(0, m.start - 6); j--) {
    if (a.tokens.clause[j] !== clause) break;
    if (TRIGGER.has(a.tokens.words[j] ?? '')) return true;
  }
  return false;
}

const INTERJECTION = new Set(['well', 'um', 'uh', 'erm', 'hmm', 'oh', 'ah', 'so', 'right', 'okay', 'ok', 'let', 'me', 'think', 'doctor']);

/**
 * The plan asked only whether symptoms are present (all present, or all absent), and the reply
 * answers the other way round ("No, ..." to symptoms the patient has).
 */
function againstPlan(a: Analysis): ReplyViolation[] {
  const facts = a.ctx.disclosure.facts;
  if (facts.length === 0 || !facts.every((f) => /^symptom:[a-z0-9-]+$/.test(f.fact))) return [];
  const { tokens } = a;
  let i = 0;
  while (i < tokens.words.length && tokens.sentence[i] === 0 && INTERJECTION.has(tokens.words[i] ?? '')) i++;
  const start = tokens.words.slice(i, i + 3).join(' ');
  const first = tokens.sentences[0] ?? '';
  if (facts.every((f) => f.status === 'present')) {
    const denies = /^(?:no|nope|nah|not really|not at all|never|i have not|i do not|there is no|there has not|nothing)\b/.test(start);
    if (denies && !/\b(?:but|yes|yeah|actually|though|except)\b/.test(a.folded)) {
      return [violation('contradiction', 'plan_denied', 'The reply denies what the patient has (the plan says yes).', first)];
    }
  }
  if (facts.every((f) => f.status === 'absent')) {
    const affirms = /^(?:yes|yep|i have(?! not)|i do(?! not)|definitely|there is(?! no| not)|there has been)\b/.test(start);
    const sentence = tokens.sentence[i] ?? 0;
    const negated = tokens.words.some((w, k) => tokens.sentence[k] === sentence && NEGATORS.has(w));
    if (affirms && !negated) {
      return [violation('contradiction', 'plan_affirmed', 'The reply says yes to what the patient does not have (the plan says no).', first)];
    }
  }
  return [];
}

/** The symptom rules. */
export function symptomClaims(a: Analysis): ReplyViolation[] {
  const out: ReplyViolation[] = againstPlan(a);
  const seen = new Set<string>();
  for (const m of a.symptoms) {
    if (m.polarity === 'neutral') continue;
    const key = `${m.polarity}:${m.ids.join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const present = m.ids.some((id) => a.present.has(id));
    const corePresent = m.core.some((id) => a.present.has(id));
    if (m.polarity === 'affirmed' && !corePresent && m.core.some((id) => a.absent.has(id)) && !repeatsStory(a, m)) {
      out.push(
        violation(
          'contradiction',
          'symptom_affirmed',
          `The reply says the patient has ${label(a, m.core)}, but the patient does not have it (record or earlier answer).`,
          m.words,
        ),
      );
    } else if (m.polarity === 'affirmed' && !present && !repeatsStory(a, m, true)) {
      out.push(
        violation(
          'unsupported',
          'new_symptom',
          `The reply adds a symptom the patient does not have (${label(a, m.core)}). Say only what the plan and the patient's story hold.`,
          m.words,
        ),
      );
    }
    // a denial sentence is specific to its symptom; a denied term must be wholly the patient's symptom
    const deniedPresent = m.fromDenial ? m.core.some((id) => a.present.has(id)) : m.core.every((id) => a.present.has(id));
    // "not breathless at rest": a qualifier outside the symptom's own words limits the denial
    const outside = a.tokens.words.filter((_, k) => a.tokens.sentence[k] === m.sentence && (k < m.start || k > m.end)).join(' ');
    const qualified = /\b(?:at rest|lying|unless|except|only|apart|any more|anymore)\b/.test(outside);
    if (m.polarity === 'denied' && deniedPresent && !qualified && !a.echoNegated.has(a.tokens.clause[m.start] ?? -1)) {
      out.push(violation('contradiction', 'symptom_denied', `The reply denies ${label(a, m.core)}, but the patient has it.`, m.words));
    }
  }
  return out;
}
