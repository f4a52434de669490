/**
 * The checks behind the consistency benchmark (and its test): does a disclosed fact agree with the
 * record, does it agree with what was said before, does a reply name the diagnosis. Written apart from
 * the engine so the engine is not its own judge.
 */
import type { DisclosedFact } from '../src/domain/dialogue.ts';
import type { PatientRecord } from '../src/domain/record.ts';
import type { Ontology } from '../src/ontology/Ontology.ts';

const TRAVEL = ['long-haul-travel', 'foreign-travel'];

/** Why a fact disagrees with the record, or undefined when it agrees. */
export function recordConflict(f: DisclosedFact, r: PatientRecord): string | undefined {
  if (f.status === 'unknown' || f.status === 'improvised') return undefined;
  const present = f.status === 'present';
  const [kind = '', rest = ''] = f.fact.split(/:(.*)/s);
  const h = r.history;
  const expect = (ok: boolean, why: string): string | undefined => (ok ? undefined : why);
  switch (kind) {
    case 'symptom': {
      const [id = '', attr] = rest.split('/');
      const s = r.presentation.symptoms.find((x) => x.id === id);
      if (attr === undefined) return expect(present === (s !== undefined), `symptom ${id} said ${f.status}`);
      if (attr === 'associated') return expect(!present, 'associated stated as a fact');
      if (!s) return `attribute of ${id}, which the patient does not have`;
      const a = s.attributes;
      const text: Record<string, string | undefined> = {
        site: a.site,
        character: a.character,
        radiation: a.radiation,
        timing: a.timing,
        exacerbating: a.exacerbating,
        relieving: a.relieving,
      };
      if (attr in text)
        return present
          ? expect(f.value === text[attr], `${attr} differs from record`)
          : expect(text[attr] === undefined, `${attr} denied but recorded`);
      if (attr === 'severity')
        return expect(f.value.startsWith(`${a.severity} out of`), 'severity differs from record');
      if (attr === 'onset')
        return expect(a.onset === undefined || f.value.includes(a.onset), 'onset differs from record');
      if (attr === 'duration') return expect(a.started !== undefined, 'duration without a start');
      return undefined;
    }
    case 'pmh':
      if (rest === '') return expect(!present && h.conditions.length === 0, 'pmh denied but recorded');
      return expect(
        present ===
          h.conditions.some((c) => c.id === rest || (rest.includes('diabetes') && c.id.includes('diabetes'))),
        `pmh ${rest}`,
      );
    case 'surgery':
      return rest === ''
        ? expect(h.surgeries.length === 0, 'surgery denied but recorded')
        : expect(
            h.surgeries.some((s) => s.id === rest),
            `surgery ${rest}`,
          );
    case 'medication':
      return expect(present === h.medications.some((m) => m.id === rest), `medication ${rest}`);
    case 'medications':
      return expect(h.medications.length === 0, 'medications denied but recorded');
    case 'allergy':
      return expect(present === h.allergies.some((a) => a.id === rest), `allergy ${rest}`);
    case 'allergies':
      return expect(h.allergies.length === 0, 'allergies denied but recorded');
    case 'family':
      if (rest === '') return expect(h.family.length === 0, 'family history denied but recorded');
      if (!present)
        return expect(!h.family.some((x) => x.conditionId === rest), `family ${rest} denied but recorded`);
      return expect(
        h.family.some((x) => `${x.relation}:${x.conditionId}` === rest),
        `family ${rest}`,
      );
    case 'smoking':
      return expect(present === (h.social.smoking.status !== 'never'), 'smoking status');
    case 'alcohol':
      return expect(
        present
          ? f.value.includes(`${h.social.alcoholUnitsPerWeek} units`)
          : h.social.alcoholUnitsPerWeek === 0,
        'alcohol units',
      );
    case 'drugs':
      return expect(h.social.drugs.length === 0, 'drugs denied but recorded');
    case 'drug':
      return expect(
        h.social.drugs.some((d) => d.id === rest),
        `drug ${rest}`,
      );
    case 'occupation':
      return expect(f.value === r.demographics.occupation, 'occupation');
    case 'living':
      return expect(f.value === r.demographics.living, 'living');
    case 'exposure': {
      const ids = h.social.exposures.map((e) => e.id);
      if (present) return expect(ids.includes(rest), `exposure ${rest}`);
      const family = TRAVEL.includes(rest) ? TRAVEL : [rest];
      return expect(!ids.some((id) => family.includes(id)), `exposure ${rest} denied but recorded`);
    }
    case 'pregnancy':
      return expect(present === (h.pregnant === true), 'pregnancy');
    case 'identity':
      return rest === 'age'
        ? expect(f.value === String(r.demographics.age), 'age')
        : expect(f.value === `${r.demographics.givenName} ${r.demographics.familyName}`, 'name');
    default:
      return undefined;
  }
}

/** Why a fact disagrees with an earlier telling of the same fact, or undefined. */
export function memoryConflict(f: DisclosedFact, earlier: DisclosedFact | undefined): string | undefined {
  if (!earlier || f.status === 'unknown' || earlier.status === 'unknown') return undefined;
  if (earlier.status !== f.status) return `${f.fact}: ${earlier.status} then ${f.status}`;
  if (earlier.value !== f.value) return `${f.fact}: "${earlier.value}" then "${f.value}"`;
  return undefined;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for every name of the record's diagnosis: display name, synonyms, abbreviations. */
export function leakMatcher(
  record: PatientRecord,
  ontology: Ontology,
): (reply: string) => string | undefined {
  const names = [record.condition.name, ...ontology.diagnosisNames(record.condition.id)].filter(
    (n) => n.trim().length > 1,
  );
  const res = names.map((n) =>
    n.length <= 3
      ? new RegExp(`(?<![A-Za-z0-9])${escapeRegExp(n)}(?![A-Za-z0-9])`)
      : new RegExp(`(?<![a-z0-9])${escapeRegExp(n).replace(/[\s-]+/g, '[\\s-]*')}(?![a-z0-9])`, 'i'),
  );
  return (reply) => {
    for (const [i, re] of res.entries()) if (re.test(reply)) return names[i];
    return undefined;
  };
}

const WORD_NUMBERS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  half: 0.5,
  an: 1,
  a: 1,
};

/** The numbers a reply states (digits and number words, "twenty-five" = 25), sorted. */
export function statedNumbers(reply: string): number[] {
  const out: number[] = [];
  const text = reply.toLowerCase();
  for (const m of text.matchAll(
    /\b(\d+(?:\.\d+)?)\b|\b([a-z]+)-([a-z]+)\b|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half)\b/g,
  )) {
    if (m[1] !== undefined) out.push(Number(m[1]));
    else if (m[2] !== undefined && m[3] !== undefined) {
      const a = WORD_NUMBERS[m[2]];
      const b = WORD_NUMBERS[m[3]];
      if (a !== undefined && b !== undefined) out.push(a + b);
    } else if (m[4] !== undefined) out.push(WORD_NUMBERS[m[4]] ?? Number.NaN);
  }
  return out.sort((x, y) => x - y);
}
