/**
 * One disclosed fact as a first-person sentence in lay words. The substance comes from the record (or
 * the fact's value); only the wording varies, chosen by `salt`. Literacy shows in how medicines are named.
 */
import type { DisclosedFact } from '../domain/dialogue.ts';
import type { PatientRecord } from '../domain/record.ts';
import { describeAgo, describeSpan } from '../text/describeAgo.ts';
import { numberWords } from '../text/numberWords.ts';
import { firstPerson } from './firstPerson.ts';
import { pickBy } from './hashText.ts';

export interface PhraseOptions {
  salt: string;
  terse: boolean;
  /** Whether the question asked for this symptom by name (a "yes" reads naturally). */
  askedDirectly: boolean;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const sentence = (s: string): string => {
  const t = s.trim();
  return /[.!?]$/.test(t) ? capital(t) : `${capital(t)}.`;
};
const article = (noun: string): string =>
  /^[aeiou]/i.test(noun) && !/^(?:uni|eu|one)/i.test(noun) ? 'an' : 'a';
const everyday = (frequency: string): string =>
  frequency
    .replace(/\bonce daily\b/, 'once a day')
    .replace(/\btwice daily\b/, 'twice a day')
    .replace(/\bthree times daily\b/, 'three times a day');
const years = (n: number): string =>
  n === 0 ? 'this year' : n === 1 ? 'a year ago' : `${numberWords(n)} years ago`;

function pick(opts: PhraseOptions, key: string, variants: readonly string[], terse?: string): string {
  if (opts.terse && terse !== undefined) return terse;
  return pickBy(variants, `${opts.salt}|${key}`);
}

function symptomAttribute(
  fact: DisclosedFact,
  record: PatientRecord,
  id: string,
  attr: string,
  opts: PhraseOptions,
): string {
  const s = record.presentation.symptoms.find((x) => x.id === id);
  const a = s?.attributes ?? {};
  const k = fact.fact;
  if (fact.status === 'unknown') {
    return pick(
      opts,
      k,
      [
        "I'm not sure, to be honest.",
        "I couldn't really say.",
        "That's hard to say, sorry.",
        "I don't really know.",
      ],
      'Not sure.',
    );
  }
  switch (attr) {
    case 'site':
      return pick(opts, k, [`It's ${fact.value}.`, `It's ${fact.value}, mainly.`], sentence(fact.value));
    case 'onset': {
      const ago = a.started ? describeAgo(a.started) : undefined;
      const how = a.onset;
      if (ago && how)
        return pick(
          opts,
          k,
          [`It started ${ago}. It came on ${how}.`, `It came on ${how}, ${ago}.`],
          `${capital(ago)}. ${sentence(how)}`,
        );
      if (ago) return pick(opts, k, [`It started ${ago}.`, `${capital(ago)}, I think.`], `${capital(ago)}.`);
      return `It came on ${how ?? 'out of nowhere'}.`;
    }
    case 'duration': {
      const span = a.started ? describeSpan(a.started) : fact.value;
      return pick(
        opts,
        k,
        [`It's been going on for ${span} now.`, `For ${span}.`, `${capital(span)}, give or take.`],
        `${capital(span)}.`,
      );
    }
    case 'character':
      return pick(
        opts,
        k,
        [`It feels ${fact.value}.`, `It's hard to describe... it feels ${fact.value}.`],
        `It feels ${fact.value}.`,
      );
    case 'radiation':
      if (fact.status === 'absent')
        return pick(
          opts,
          k,
          ['No, it stays in one place.', "It doesn't really go anywhere.", 'No, it just stays there.'],
          'No.',
        );
      return pick(opts, k, [
        `It spreads ${fact.value}.`,
        `Yes, it goes ${fact.value}.`,
        `It moves ${fact.value}.`,
      ]);
    case 'timing':
      return pick(opts, k, [`It's ${fact.value}.`], `It's ${fact.value}.`);
    case 'exacerbating':
      if (fact.status === 'absent')
        return pick(
          opts,
          k,
          ['Nothing in particular makes it worse.', "Not that I've noticed, no."],
          'Nothing really.',
        );
      return pick(opts, k, [`It gets worse ${fact.value}.`, `It's worse ${fact.value}.`]);
    case 'relieving':
      if (fact.status === 'absent')
        return pick(opts, k, ['Nothing seems to help.', "Nothing I've tried has helped."], 'Nothing helps.');
      return pick(opts, k, [`It eases ${fact.value}.`, `It eases off ${fact.value}.`]);
    case 'severity': {
      const n = a.severity ?? Number.parseInt(fact.value, 10);
      return pick(
        opts,
        k,
        [
          `I'd say about ${n} out of 10.`,
          `${capital(numberWords(n))} out of ten.`,
          `Probably a ${n} out of 10.`,
        ],
        `${n} out of 10.`,
      );
    }
    case 'associated':
      return pick(opts, k, ['No, nothing else really.', "Not that I've noticed."], 'No.');
    default:
      return sentence(fact.value);
  }
}

function medication(
  record: PatientRecord,
  id: string,
  value: string,
  opts: PhraseOptions,
): string | undefined {
  const m = record.history.medications.find((x) => x.id === id);
  if (!m) return undefined;
  const forWhat = /, for (.+)$/.exec(value)?.[1];
  const reason = forWhat ? ` for my ${forWhat.replace(/^(?:my|a|an) /, '')}` : '';
  const name = m.name.toLowerCase().replace(/\s*\(.*\)$/, '');
  switch (record.persona.literacy) {
    case 'high':
      return `I take ${name} ${m.dose} ${everyday(m.frequency)}${reason}.`;
    case 'medium':
      return pick(opts, `medication:${id}`, [
        `I take ${name}${reason}, ${everyday(m.frequency)}.`,
        `I'm on ${name}${reason}.`,
      ]);
    default:
      return `I take ${m.lay ?? `a tablet${reason}`}, ${everyday(m.frequency)}.`;
  }
}

function smoking(record: PatientRecord, opts: PhraseOptions): string {
  const s = record.history.social.smoking;
  if (s.status === 'never')
    return pick(opts, 'smoking', ["No, I've never smoked.", 'No, never.', 'Never have, no.'], 'Never.');
  if (s.status === 'current') {
    return pick(
      opts,
      'smoking',
      [
        `Yes, about ${numberWords(s.perDay)} a day. I've smoked for about ${numberWords(s.years)} years.`,
        `I do, yes, about ${numberWords(s.perDay)} a day, for ${numberWords(s.years)} years or so.`,
      ],
      `Yes, ${numberWords(s.perDay)} a day, ${numberWords(s.years)} years.`,
    );
  }
  return `I used to smoke about ${numberWords(s.perDay)} a day for ${numberWords(s.years)} years, but I gave up ${years(s.quitYearsAgo)}.`;
}

function alcohol(record: PatientRecord, opts: PhraseOptions): string {
  const units = record.history.social.alcoholUnitsPerWeek;
  if (units === 0)
    return pick(
      opts,
      'alcohol',
      ["No, I don't drink.", "I don't drink at all.", 'No, never touch it.'],
      'No.',
    );
  if (units <= 4)
    return pick(
      opts,
      'alcohol',
      ['Only the odd drink now and again.', 'Hardly at all, just the odd glass.'],
      'Hardly ever.',
    );
  const drink = pickBy(['beer', 'wine', 'mixed'] as const, `${record.seed}|drink`);
  const pints = Math.max(1, Math.round(units / 2.3));
  const glasses = Math.max(1, Math.round(units / 2.1));
  const amount =
    drink === 'beer'
      ? `about ${numberWords(pints)} pints a week`
      : drink === 'wine'
        ? `about ${numberWords(glasses)} glasses of wine a week`
        : `a few drinks most weeks, about ${numberWords(units)} units`;
  return pick(
    opts,
    'alcohol',
    [`I have ${amount}.`, `Not loads. ${capital(amount)}, I'd say.`],
    `${capital(amount)}.`,
  );
}

function occupation(text: string): string {
  if (/^(?:retired|unemployed|off |self|between|currently|a |an |on )/i.test(text)) return `I'm ${text}.`;
  if (/^(?:student)$/i.test(text)) return "I'm a student.";
  if (/^(?:full-time parent|carer)/i.test(text)) return `I'm ${article(text)} ${text}.`;
  return `I'm ${article(text)} ${text}.`;
}

/** A known condition, said the way people say them: ongoing ones "for years", past events "years ago". */
function pastCondition(lay: string, since: number, opts: PhraseOptions, key: string): string {
  const n = numberWords(since);
  const span = since === 0 ? 'this year' : `for about ${n} year${since === 1 ? '' : 's'}`;
  const being = /^being (.+)$/.exec(lay);
  if (being) return `I've been ${being[1]} ${span}.`;
  if (
    /^(?:a |an )?(?:stroke|clot|heart attack|mini stroke)|in the past|when i was|as a child|childhood|treated/i.test(
      lay,
    )
  ) {
    return `I had ${lay}, ${years(since)}.`;
  }
  if (/^my /.test(lay)) return `I've had trouble with ${lay} ${span}.`;
  return pick(
    opts,
    key,
    [`I've got ${lay}. I've had it ${span}.`, `I have ${lay}, ${span} now.`],
    `${capital(lay)}.`,
  );
}

/** Phrases one fact; never throws on missing data. */
export function phraseFact(fact: DisclosedFact, record: PatientRecord, opts: PhraseOptions): string {
  const key = fact.fact;
  const [kind = '', rest = ''] = key.split(/:(.*)/s);
  if (kind === 'symptom') {
    const [id = '', attr] = rest.split('/');
    if (attr !== undefined) return symptomAttribute(fact, record, id, attr, opts);
    if (fact.status === 'present') {
      const v = sentence(fact.value);
      return opts.askedDirectly && !/^(?:yes|yeah)\b/i.test(v)
        ? pick(
            opts,
            key,
            [`Yes. ${v}`, `Yes, ${v.charAt(0) === 'I' ? v : v.charAt(0).toLowerCase() + v.slice(1)}`],
            `Yes. ${v}`,
          )
        : v;
    }
    return sentence(fact.value);
  }
  // the patient does not repeat the word back: they never learnt it
  if (kind === 'jargon')
    return pick(opts, key, [
      "Sorry, I don't know that word.",
      'Sorry, what does that mean?',
      "I'm not sure what that is, sorry. Can you say it another way?",
    ]);
  const { demographics: d, history: h } = record;
  switch (kind) {
    case 'identity':
      return rest === 'age'
        ? pick(opts, key, [`I'm ${d.age}.`, `${d.age}.`, `I'm ${d.age} years old.`], `${d.age}.`)
        : pick(
            opts,
            key,
            [
              `I'm ${d.givenName} ${d.familyName}.`,
              `${d.givenName} ${d.familyName}.`,
              `It's ${d.givenName}. ${d.givenName} ${d.familyName}.`,
            ],
            `${d.givenName} ${d.familyName}.`,
          );
    case 'pmh': {
      if (fact.status === 'absent' && rest === '')
        return pick(
          opts,
          key,
          ["No, I've always been pretty healthy.", 'No, nothing really.', "No, I'm normally fit and well."],
          'No.',
        );
      const known = /^(.*), for (\d+) years$/.exec(fact.value);
      if (known && fact.status === 'present') {
        const [, lay = '', since = '0'] = known;
        return pastCondition(lay, Number(since), opts, key);
      }
      // a childhood illness is planned without its years (see isChildhoodIllness)
      if (fact.status === 'present') return `I had ${fact.value}.`;
      return pick(
        opts,
        key,
        [`No, I don't have ${fact.value.replace(/^no /, '')}.`, `No, not ${fact.value.replace(/^no /, '')}.`],
        'No.',
      );
    }
    case 'test':
      return pick(opts, key, [
        `I don't know what my ${rest.replace(/-/g, ' ')} ${/s$/.test(rest) ? 'are' : 'is'}, sorry.`,
        `No idea, I'm afraid. You'd have to check.`,
        `I couldn't tell you, sorry.`,
      ]);
    case 'surgery': {
      if (fact.status === 'absent')
        return pick(opts, key, ["No, I've never had an operation.", 'No operations, no.'], 'No.');
      const s = h.surgeries.find((x) => x.id === rest);
      if (!s) return sentence(fact.value);
      return /^I\b/.test(s.lay) ? `${s.lay}, ${years(s.yearsAgo)}.` : `I had ${s.lay}, ${years(s.yearsAgo)}.`;
    }
    case 'medication':
      if (fact.status === 'absent')
        return pick(opts, key, ["No, I don't take that.", 'No, not that one.'], 'No.');
      return medication(record, rest, fact.value, opts) ?? sentence(fact.value);
    case 'medications':
      return pick(
        opts,
        key,
        ["No, I'm not on any regular medicines.", "No, I don't take anything regularly."],
        'Nothing.',
      );
    case 'allergy': {
      if (fact.status === 'absent')
        return pick(opts, key, ['No, not that I know of.', "No, I'm fine with that."], 'No.');
      const a = h.allergies.find((x) => x.id === rest);
      if (!a) return sentence(fact.value);
      const substance = a.substance.toLowerCase().replace(/\s*\(.*?\)/g, '');
      return /^(?:my|i|it|they|we)\b/i.test(a.reaction)
        ? `I'm allergic to ${substance}. ${sentence(a.reaction)}`
        : `I'm allergic to ${substance}. It gives me ${a.reaction.replace(/\.$/, '')}.`;
    }
    case 'allergies':
      return pick(opts, key, ['No allergies that I know of.', 'No, none.', "Not that I'm aware of."], 'No.');
    case 'family': {
      if (fact.status === 'absent')
        return pick(
          opts,
          key,
          ['Not that I know of.', 'No, nothing runs in the family that I know of.'],
          'No.',
        );
      const said = /^(\w+) had (.*?)(?: at (\d+))?$/.exec(fact.value);
      if (!said) return sentence(fact.value);
      const [, relation = '', lay = '', age] = said;
      return `My ${relation} had ${lay}${age !== undefined ? `, from about ${numberWords(Number(age))}` : ''}.`;
    }
    case 'smoking':
      return smoking(record, opts);
    case 'alcohol':
      return alcohol(record, opts);
    case 'drugs':
      return pick(opts, key, ['No, never.', 'No, nothing like that.', 'No, not my thing.'], 'No.');
    case 'drug':
      // the knowledge base gives the patient's own sentence ("I'd had a few lines of coke"); a bare name is used
      return /^(?:i|we)\b/i.test(fact.value) ? sentence(fact.value) : `I've used ${fact.value}.`;
    case 'occupation':
      return occupation(d.occupation);
    case 'living':
      return sentence(firstPerson(d.living));
    case 'exposure':
      return sentence(fact.value);
    case 'pregnancy':
      if (fact.status === 'present') return "Yes, I'm pregnant.";
      if (d.sex === 'male') return pick(opts, key, ["I'm a man, doctor, so no!", 'No, definitely not.']);
      return d.age >= 52
        ? "No, I'm past all that now."
        : pick(opts, key, ["No, I'm not pregnant.", 'No, definitely not.'], 'No.');
    case 'contraception':
      return "No, I'm not on any contraception.";
    case 'periods':
      return 'They stopped years ago, I went through the change.';
    case 'improvised':
      return rest === 'last-period'
        ? `My last period was ${fact.value.charAt(0).toLowerCase()}${fact.value.slice(1)}`
        : sentence(fact.value);
    case 'idea':
    case 'concern':
    case 'expectation':
      return sentence(fact.value);
    case 'anything-else':
      return pick(opts, key, ["No, I think that's everything.", "No, I think I've told you it all."], 'No.');
    case 'ros':
      return pick(opts, key, ['No, no problems there.', "No, that's all fine."], 'No.');
    default:
      return sentence(fact.value);
  }
}
