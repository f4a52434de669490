/**
 * leak: what only the examiner can know. Test results (a test named with a result, or a value from the
 * record), vital-sign readings (blood pressure, pulse, saturation, temperature numbers) and examination
 * findings (murmurs, crackles, ... or the names of findings). The patient learns these from nobody.
 */
import type { Analysis } from '../analyseReply.ts';
import { type ReplyViolation, violation } from '../ReplyViolation.ts';
import { jargonLevel } from '../text/jargon.ts';

/** Words a patient may use about tests they have had without claiming to know a result. */
const LAY_TEST_WORDS = new Set(
  'blood bloods sugar oxygen sats pressure pulse temperature heart tracing chest x ray xray scan test tests urine sample count iron level'.split(
    ' ',
  ),
);
const RESULT_WORDS =
  /\b(?:show|shows|showed|shown|came back|result|results|elevated|raised|abnormal|positive|negative|reading|readings|levels?|deranged|confirmed|revealed)\b/;
const PLAIN_RESULT_WORDS = /\b(?:high|low|normal|fine|up|down|was|were|is|are|clear|bad|good|off)\b/;
/** Words of the examination room. */
const EXAM_WORDS = new Set([
  'murmur',
  'murmurs',
  'crackles',
  'crepitations',
  'creps',
  'bruit',
  'bruits',
  'rub',
  'gallop',
  'jvp',
  'clubbing',
  'heave',
  'thrill',
  'rales',
  'rhonchi',
]);

/** Global: every reading in a reply is looked at, not only the first. */
const VITAL_PATTERNS: { re: RegExp; what: string }[] = [
  {
    re: /\b(?:[7-9]\d|1\d\d|2[0-9]\d)\s*(?:\/|over)\s*(?:[3-9]\d|1[0-9]\d)\b/g,
    what: 'a blood pressure reading',
  },
  {
    re: /\b(?:sats?|saturations?|oxygen(?: levels?)?|spo2|o2)\b[^.!?]{0,30}?\b(?:[6-9]\d|100)\s*(?:%|percent)/g,
    what: 'an oxygen saturation',
  },
  {
    re: /\b(?:[6-9]\d|100)\s*(?:%|percent)[^.!?]{0,20}\b(?:sats?|saturations?|oxygen)\b/g,
    what: 'an oxygen saturation',
  },
  { re: /\b3[4-9](?:\.\d)?\s*(?:°|degrees?|c\b|celsius)/g, what: 'a temperature reading' },
  {
    re: /\b(?:temperature|temp)\b[^.!?]{0,20}?\b(?:3[4-9]|4[0-2])(?:\.\d)?\b/g,
    what: 'a temperature reading',
  },
  {
    re: /\b(?:pulse|heart rate|heartrate|bpm|beats (?:a|per) minute)\b[^.!?]{0,25}?\b(?:[3-9]\d|1\d\d|2[0-4]\d)\b/g,
    what: 'a pulse reading',
  },
  { re: /\b(?:[3-9]\d|1\d\d|2[0-4]\d)\s*(?:bpm|beats (?:a|per) minute)/g, what: 'a pulse reading' },
  {
    re: /\b(?:breathing rate|respiratory rate|breaths (?:a|per) minute)\b[^.!?]{0,20}?\b\d{1,2}\b/g,
    what: 'a breathing rate',
  },
  { re: /\b\d{1,2}\s*breaths (?:a|per) minute/g, what: 'a breathing rate' },
];

function tests(a: Analysis): ReplyViolation[] {
  const out: ReplyViolation[] = [];
  const { tokens } = a;
  // "high cholesterol" is a condition the patient has, not a result they were given
  const conditions = [...a.oi.chronic.match(tokens), ...a.oi.medications.match(tokens)];
  for (const m of a.oi.tests.match(tokens)) {
    if (conditions.some((c) => c.start <= m.end && m.start <= c.end)) continue;
    const sentence = tokens.sentence[m.start] ?? 0;
    if (tokens.questions[sentence]) continue;
    const text = tokens.sentences[sentence] ?? '';
    if (/\b(?:not|never|no)\b/.test(text) && !RESULT_WORDS.test(text)) continue;
    const words = tokens.words.slice(m.start, m.end + 1);
    const technical = words.some((w) => !LAY_TEST_WORDS.has(w));
    const numbers = [
      ...text.matchAll(
        /(?<![\d.])(\d+(?:\.\d+)?)(?!\d|\.\d)(?!\s*(?:minutes?|hours?|days?|weeks?|months?|years?|times|ago|mg)\b)/g,
      ),
    ]
      .map((n) => n[1] ?? '')
      .filter((n) => !a.ci.knownNumbers.has(String(Number(n))));
    if (RESULT_WORDS.test(text) || numbers.length > 0 || (technical && PLAIN_RESULT_WORDS.test(text))) {
      out.push(
        violation(
          'leak',
          'test_result',
          'The reply states a test result. The patient has not been told any results: results come only from the examiner.',
          text,
        ),
      );
      break;
    }
  }
  for (const m of a.folded.matchAll(
    /(?<![\d.])\d+(?:\.\d+)?(?!\d|\.\d)(?!\s*(?:minutes?|hours?|days?|weeks?|months?|years?|ago)\b)/g,
  )) {
    const n = String(Number(m[0]));
    const test = a.ci.secretNumbers.get(n);
    // short values ("5") are too common in speech to be evidence
    if (test && n.length >= 3 && !a.ci.knownNumbers.has(n)) {
      out.push(
        violation(
          'leak',
          'test_value',
          'The reply gives a value from the test results, which the patient cannot know.',
          m[0],
        ),
      );
      break;
    }
  }
  return out;
}

function vitals(a: Analysis): ReplyViolation[] {
  const said = ` ${a.tokens.words.join(' ')} `;
  for (const { re, what } of VITAL_PATTERNS) {
    for (const m of a.folded.matchAll(re)) {
      // the record's or the plan's own sentence ("my temperature was up when I checked it at home"):
      // the reading itself must lie in that sentence, not merely share a number with it
      const reading = (m[0].match(/[a-z0-9]+(?:\.\d+)?/g) ?? []).join(' ');
      if (a.storyWords.some((w) => said.includes(` ${w} `) && ` ${w} `.includes(` ${reading} `))) continue;
      if (/^\s*(?:micrograms?|mcg|mg|ml|units)\b/.test(a.folded.slice((m.index ?? 0) + m[0].length)))
        continue;
      return [
        violation(
          'leak',
          'vital_sign',
          `The reply gives ${what}. The patient does not know their measured observations; only the examiner reports them.`,
          m[0],
        ),
      ];
    }
  }
  return [];
}

function findings(a: Analysis): ReplyViolation[] {
  const { tokens } = a;
  const symptomWords = new Set<number>();
  for (const s of a.symptoms) for (let i = s.start; i <= s.end; i++) symptomWords.add(i);
  for (const m of a.oi.findings.match(tokens)) {
    const words = tokens.words.slice(m.start, m.end + 1);
    let overlapsSymptom = false;
    for (let i = m.start; i <= m.end; i++) if (symptomWords.has(i)) overlapsSymptom = true;
    if (overlapsSymptom) continue;
    const clinical = words.some((w) => EXAM_WORDS.has(w) || (jargonLevel(w) >= 2 && !a.ci.knownStems.has(w)));
    if (clinical) {
      return [
        violation(
          'leak',
          'exam_finding',
          'The reply describes an examination finding. The patient cannot know what the examination shows.',
          words.join(' '),
        ),
      ];
    }
  }
  for (let i = 0; i < tokens.words.length; i++) {
    const w = tokens.words[i] ?? '';
    if (EXAM_WORDS.has(w) && !a.ci.knownStems.has(w) && !tokens.questions[tokens.sentence[i] ?? 0]) {
      return [
        violation(
          'leak',
          'exam_finding',
          'The reply describes an examination finding. The patient cannot know what the examination shows.',
          w,
        ),
      ];
    }
  }
  return [];
}

/** The leak rule for examiner-only facts. */
export function leakClinical(a: Analysis): ReplyViolation[] {
  return [...tests(a), ...vitals(a), ...findings(a)];
}
