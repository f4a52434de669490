/**
 * contradiction / unsupported for symptoms: a symptom affirmed that the record or memory marks
 * absent, denied when the record has it, or affirmed when the record says nothing of it (a new
 * clinical claim). Negation, questions, hypotheticals and other people's symptoms are read first
 * (see analyseReply), and clauses that only repeat the record's own words are left alone.
 */
import type { Analysis, Mention } from '../analyseReply.ts';
import { insideOwnHistory } from '../ownHistory.ts';
import { type ReplyViolation, violation } from '../ReplyViolation.ts';
import { NEGATORS, STOPWORDS } from '../text/wordLists.ts';

function label(a: Analysis, ids: readonly string[]): string {
  return ids.map((id) => a.ctx.ontology.symptom(id)?.name.toLowerCase() ?? id).join(' / ');
}

/** Words before a symptom that make it a trigger or condition, not a claim ("worse when I cough"). */
const TRIGGER = new Set(['when', 'whenever', 'if', 'after', 'before', 'while', 'during', 'than']);

/** Whether the clause repeats a phrase (from `echo`) that does not itself deny the mention's symptoms. */
function echoes(echo: ReadonlyMap<number, ReadonlySet<string>>, a: Analysis, m: Mention): boolean {
  const denies = echo.get(a.tokens.clause[m.start] ?? -1);
  return denies !== undefined && !m.core.some((id) => denies.has(id));
}

/**
 * Whether a mention only repeats the story: the turn's plan (its values and example sentences, which
 * may name other symptoms, "No, it's a dry cough, nothing comes up"), or, in the record's own words,
 * a record phrase or a trigger ("worse when I cough"). `loose` (for new-claim checks) also accepts the
 * plan's denial examples.
 */
function repeatsStory(a: Analysis, m: Mention, loose = false): boolean {
  if (echoes(a.echoPlan, a, m)) return true;
  if (loose && (echoes(a.echoDenials, a, m) || a.quotesDenial.has(a.tokens.clause[m.start] ?? -1)))
    return true;
  // most of its meaningful words are the record's own (fillers like "mostly" aside)
  const meaningful = a.tokens.stems
    .slice(m.start, m.end + 1)
    .filter((s, k) => !STOPWORDS.has(a.tokens.words[m.start + k] ?? s));
  const known = meaningful.filter((s) => a.ci.knownStems.has(s)).length >= 0.7 * meaningful.length;
  if (!known) return false;
  if (echoes(a.echoRecord, a, m)) return true;
  const clause = a.tokens.clause[m.start];
  if (a.tokens.clause[m.end] !== clause) return false;
  for (let j = m.start - 1; j >= Math.max(0, m.start - 6); j--) {
    if (a.tokens.clause[j] !== clause) break;
    if (TRIGGER.has(a.tokens.words[j] ?? '')) return true;
  }
  return false;
}

const INTERJECTION = new Set([
  'well',
  'um',
  'uh',
  'erm',
  'hmm',
  'oh',
  'ah',
  'so',
  'right',
  'okay',
  'ok',
  'let',
  'me',
  'think',
  'doctor',
]);

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
    // "I haven't been for a poo in five days", "I don't think I've been for a wee since yesterday": a
    // yes in negative words (the first sentence affirms a symptom of the plan)
    const planned = new Set(facts.map((f) => f.fact.slice('symptom:'.length)));
    const saysYes = a.symptoms.some(
      (m) => m.sentence === 0 && m.polarity === 'affirmed' && m.ids.some((id) => planned.has(id)),
    );
    const denies =
      !saysYes &&
      /^(?:no|nope|nah|not really|not at all|never|i have not|i do not|there is no|there has not|nothing)\b/.test(
        start,
      );
    if (denies && !/\b(?:but|yes|yeah|actually|though|except)\b/.test(a.folded)) {
      return [
        violation(
          'contradiction',
          'plan_denied',
          'The reply denies what the patient has (the plan says yes).',
          first,
        ),
      ];
    }
  }
  if (facts.every((f) => f.status === 'absent')) {
    const affirms =
      /^(?:yes|yep|i have(?! not)|i do(?! not)|definitely|there is(?! no| not)|there has been)\b/.test(start);
    const sentence = tokens.sentence[i] ?? 0;
    const negated = tokens.words.some((w, k) => tokens.sentence[k] === sentence && NEGATORS.has(w));
    if (affirms && !negated) {
      return [
        violation(
          'contradiction',
          'plan_affirmed',
          'The reply says yes to what the patient does not have (the plan says no).',
          first,
        ),
      ];
    }
  }
  return [];
}

/** The symptom rules. */
export function symptomClaims(a: Analysis): ReplyViolation[] {
  const out: ReplyViolation[] = againstPlan(a);
  for (const m of a.symptoms) {
    if (m.polarity === 'neutral') continue;
    // the patient's own conditions and medicines ("my angina", "folic acid") are not symptom claims
    if (insideOwnHistory(a, m)) continue;
    const present = m.ids.some((id) => a.present.has(id));
    const corePresent = m.core.some((id) => a.present.has(id));
    // the plan's own denial, quoted ("No, I'm still interested in things"), read here as the phrase reads itself
    const quoted = a.quotesDenial.get(a.tokens.clause[m.start] ?? -1);
    const planWords = quoted !== undefined && m.core.every((id) => quoted.affirms.includes(id));
    if (
      m.polarity === 'affirmed' &&
      !corePresent &&
      m.core.some((id) => a.absent.has(id)) &&
      !planWords &&
      !repeatsStory(a, m)
    ) {
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
    // a denial sentence several symptoms share is about the one the plan says is absent
    const planAbsent = a.ctx.disclosure.facts.some(
      (f) => f.status === 'absent' && m.core.some((id) => f.fact === `symptom:${id}`),
    );
    const deniedPresent =
      !planAbsent &&
      (m.fromDenial ? m.core.some((id) => a.present.has(id)) : m.core.every((id) => a.present.has(id)));
    // "not breathless at rest": a qualifier outside the symptom's own words limits the denial
    const outside = a.tokens.words
      .filter((_, k) => a.tokens.sentence[k] === m.sentence && (k < m.start || k > m.end))
      .join(' ');
    const qualified = /\b(?:at rest|lying|unless|except|only|apart|any more|anymore)\b/.test(outside);
    // the record's own words deny it here ("like I'm just not getting enough air" for breathlessness)
    const clause = a.tokens.clause[m.start] ?? -1;
    const echoed = m.core.some((id) => a.echoRecord.get(clause)?.has(id) || a.echoPlan.get(clause)?.has(id));
    // the plan's own denial, quoted ("No angina in the family"): code decided it
    const planDenial = a.quotesDenial.has(clause);
    if (m.polarity === 'denied' && deniedPresent && !qualified && !echoed && !planDenial) {
      out.push(
        violation(
          'contradiction',
          'symptom_denied',
          `The reply denies ${label(a, m.core)}, but the patient has it.`,
          m.words,
        ),
      );
    }
  }
  // one violation per claim, however often it is repeated
  const seen = new Set<string>();
  return out.filter((v) => {
    const key = `${v.code}:${v.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
