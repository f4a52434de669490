/**
 * Regular medications from case prose: "on a stable regimen of lisinopril, simvastatin, and omeprazole",
 * "managed with metformin", "current treatment includes natalizumab", or a `Medications` field. A
 * knowledge-base medicine takes its id and class; any other drug name is kept as written. Dose and
 * frequency come from the text when it gives them, else "as prescribed".
 */
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import type { Sex } from '../ontology/schema.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { slugify } from './looseText.ts';
import { type PhraseEntry, scanPhrases } from './scanPhrases.ts';
import { splitClauses } from './textClauses.ts';

type Medication = PatientRecord['history']['medications'][number];

/** Present-tense ways of saying "takes regularly"; what follows is a list of drugs. */
const CUE =
  /\b(?:takes|taking|is on|currently on|on (?:a )?(?:stable |regular |daily )?(?:regimen of|dose of)|regimen of|managed with|managed on|controlled with|controlled on|maintained on|treated with|treatment includes|current(?:ly)? (?:treatment|medications?)(?: includes?| of| with| is| are)?|medications?(?: include| includes| are|:)|started on|prescribed)\s+/i;
const PAST = /\b(?:was|were|had been|initially|previously|completed|stopped|discontinued|course of)\b/i;
/** Words that are no drug's name. */
const NOT_A_DRUG = new Set([
  'medication',
  'medications',
  'medicine',
  'medicines',
  'meds',
  'treatment',
  'treatments',
  'therapy',
  'therapies',
  'drugs',
  'drug',
  'pills',
  'pill',
  'tablets',
  'tablet',
  'standard',
  'regimen',
  'diet',
  'lifestyle',
  'exercise',
  'antibiotics',
  'antibiotic',
  'a',
  'an',
  'the',
  'stable',
  'regular',
  'daily',
  'oral',
  'current',
  'various',
  'her',
  'his',
  'their',
  'any',
  'other',
  'multiple',
  'several',
  'modification',
  'modifications',
  'changes',
  'well',
  'poorly',
  'controlled',
  'adherence',
  'compliance',
  'over',
  'counter',
  'supplements',
  'vitamins',
]);
const DOSE = /(\d+(?:\.\d+)?\s*(?:mg|mcg|µg|micrograms?|g|units?|ml|iu))\b/i;
const FREQUENCY =
  /\b(?:(?:once|twice|three times|four times) (?:a |per )?(?:day|daily|week|weekly)|daily|nightly|weekly|at night|as needed|as required|prn|bid|tid|qid)\b/i;

const memo = new WeakMap<Ontology, PhraseEntry[]>();

function medicationPhrases(ontology: Ontology): PhraseEntry[] {
  let list = memo.get(ontology);
  if (!list) {
    list = [];
    for (const m of ontology.medications.values()) {
      const plain = m.name.replace(/\s*\([^)]*\)/g, '');
      const first = plain.split(/\s+/)[0] ?? '';
      const names = [plain, m.id.replace(/-/g, ' '), first.length >= 6 ? first : ''];
      for (const n of new Set(names.map(normalizeName))) if (n !== '') list.push({ id: m.id, phrase: n });
    }
    memo.set(ontology, list);
  }
  return list;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Each drug of a list, cleaned of durations, doses and frequencies, with the text it came from. */
function drugPhrases(list: string): { phrase: string; raw: string }[] {
  return list
    .split(/,|;|\band\b|\bplus\b|\bwith\b/i)
    .map((raw) => ({
      raw,
      phrase: raw
        .replace(/\b(?:for|since|over|in|during)\b.*$/i, '')
        .replace(DOSE, '')
        .replace(FREQUENCY, '')
        .replace(/[().]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim(),
    }))
    .filter((p) => p.phrase !== '');
}

export interface MedicationsReading {
  medications: Medication[];
  warnings: string[];
}

/**
 * The medications named in `text` (case prose) and in `listed` (values of an explicit medications field).
 * Sex-specific medicines of the other sex are left out.
 */
export function parseMedications(
  text: string,
  listed: readonly string[],
  ontology: Ontology,
  sex: Sex,
): MedicationsReading {
  const out: Medication[] = [];
  const warnings: string[] = [];
  const unnamed: string[] = [];
  const addPhrase = ({ phrase, raw }: { phrase: string; raw: string }): void => {
    const normalized = normalizeName(phrase);
    const words = normalized.split(' ');
    const known = scanPhrases(normalized, medicationPhrases(ontology))[0]?.id;
    const def = known !== undefined ? ontology.medications.get(known) : undefined;
    const dose = DOSE.exec(raw)?.[1] ?? 'as prescribed';
    const frequency = FREQUENCY.exec(raw)?.[0]?.toLowerCase() ?? 'as prescribed';
    if (def) {
      if (def.sex !== undefined && def.sex !== sex) return;
      if (!out.some((m) => m.id === def.id)) {
        out.push({
          id: def.id,
          name: def.name,
          class: def.class,
          ...(def.lay[0] ? { lay: def.lay[0] } : {}),
          dose,
          frequency,
        });
      }
      return;
    }
    if (words.every((w) => NOT_A_DRUG.has(w))) {
      unnamed.push(phrase);
      return;
    }
    if (words.length > 3 || !/^[a-z][a-z0-9 -]*$/i.test(phrase)) return;
    const id = slugify(phrase);
    if (!out.some((m) => m.id === id))
      out.push({ id, name: capital(phrase.toLowerCase()), class: 'unknown', dose, frequency });
  };
  for (const clause of splitClauses(text)) {
    if (clause.negatedFrom === 0) continue;
    const cue = CUE.exec(clause.raw);
    if (!cue || PAST.test(clause.raw.slice(0, cue.index))) continue;
    const list = clause.raw.slice(cue.index + cue[0].length);
    for (const drug of drugPhrases(list)) addPhrase(drug);
  }
  for (const item of listed) for (const drug of drugPhrases(item)) addPhrase(drug);
  if (unnamed.length > 0) {
    warnings.push(
      `medications: the case mentions unnamed medication ("${unnamed.join('", "')}"); none recorded for it`,
    );
  }
  return { medications: out, warnings };
}
