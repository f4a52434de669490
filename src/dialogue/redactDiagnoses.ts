/**
 * Takes diagnosis names out of text that goes to a language model (what students typed, earlier
 * replies). Every diagnosis the knowledge base knows is replaced alike, so the model cannot tell a
 * right guess from a wrong one; the patient's own known conditions ("my COPD") and everyday chronic
 * conditions ("high blood pressure") stay, since history questions need them.
 */
import { EMPTY_HISTORY, type PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { knownConditionLabels, leakCodes, leakTerms } from '../plausibility/leakTerms.ts';
import { foldText } from '../plausibility/text/foldText.ts';

export const REDACTED = '[a diagnosis]';

const byOntology = new WeakMap<Ontology, string[]>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every diagnosis name in the knowledge base except everyday chronic-condition names. */
function allDiagnosisNames(ontology: Ontology): string[] {
  const cached = byOntology.get(ontology);
  if (cached) return cached;
  const chronic = new Set<string>();
  for (const c of ontology.chronicConditions.values()) {
    for (const l of [c.name, ...c.lay.split(',')]) chronic.add(foldText(l).trim());
  }
  const names = new Set<string>();
  for (const c of ontology.conditions.values())
    for (const n of [c.name, ...c.synonyms, ...c.abbreviations]) names.add(n);
  for (const d of ontology.otherDiagnoses.values()) for (const n of [d.name, ...d.synonyms]) names.add(n);
  const out = [...names].filter((n) => n.trim().length > 1 && !chronic.has(foldText(n).trim()));
  byOntology.set(ontology, out);
  return out;
}

/** Every name that could need redacting in some case: diagnosis names (any), chronic names, codes. */
interface Shared {
  re: RegExp;
  /** First words of every name: a text holding none of them needs no regular expression at all. */
  firstWords: Set<string>;
}

const shared = new WeakMap<Ontology, Shared | undefined>();

/** A name as compared: folded, hyphens and runs of spaces as one space. */
function key(name: string): string {
  return foldText(name)
    .trim()
    .replace(/[\s-]+/g, ' ');
}

/**
 * One regular expression per knowledge base (compiled once: it is long), holding every name any case
 * might redact. Which of its matches a case redacts is decided per case (see `Redactor.redact`).
 */
function sharedPattern(ontology: Ontology): Shared | undefined {
  if (shared.has(ontology)) return shared.get(ontology);
  const names = new Set<string>(allDiagnosisNames(ontology).map(key));
  for (const c of ontology.conditions.values()) {
    const record = { condition: { id: c.id, name: c.name, icd10: c.icd10 }, history: EMPTY_HISTORY };
    for (const n of leakTerms(record, ontology)) names.add(key(n));
    const code = c.icd10.code.trim();
    names.add(key(code));
    names.add(key(code.split('.')[0] ?? code));
  }
  const sorted = [...names].filter((n) => n.length > 0).sort((a, b) => b.length - a.length);
  const made =
    sorted.length === 0
      ? undefined
      : {
          re: new RegExp(
            `(?<![a-z0-9])(?:${sorted.map((n) => escapeRegExp(n).replace(/ /g, '[\\s-]*')).join('|')})(?![a-z0-9])`,
            'gi',
          ),
          firstWords: new Set(sorted.map((n) => /^[a-z0-9]+/.exec(n)?.[0] ?? n)),
        };
  shared.set(ontology, made);
  return made;
}

interface Redactor {
  /** The names this case redacts (keys): every diagnosis, its own names and codes, not its known conditions. */
  redact: Set<string>;
  /** Texts already redacted (doctor turns come back every turn as recent conversation). */
  done: Map<string, string>;
}

const byRecord = new WeakMap<PatientRecord, WeakMap<Ontology, Redactor>>();

function redactor(record: PatientRecord, ontology: Ontology): Redactor {
  let perOntology = byRecord.get(record);
  const hit = perOntology?.get(ontology);
  if (hit) return hit;
  const known = new Set(knownConditionLabels(record).map(key));
  const redact = new Set(
    [...allDiagnosisNames(ontology), ...leakTerms(record, ontology), ...leakCodes(record)]
      .map(key)
      .filter((n) => !known.has(n)),
  );
  const made: Redactor = { redact, done: new Map() };
  if (!perOntology) {
    perOntology = new WeakMap();
    byRecord.set(record, perOntology);
  }
  perOntology.set(ontology, made);
  return made;
}

/** `text` with every diagnosis name replaced by "[a diagnosis]". Pure (answers are cached per record). */
export function redactDiagnoses(text: string, record: PatientRecord, ontology: Ontology): string {
  const common = sharedPattern(ontology);
  if (!common) return text;
  const r = redactor(record, ontology);
  const cached = r.done.get(text);
  if (cached !== undefined) return cached;
  const folded = foldText(text);
  let out = text;
  // a text holding no name's first word cannot hold a name: skip the long regular expression
  if ((folded.match(/[a-z0-9]+/g) ?? []).some((w) => common.firstWords.has(w))) {
    let changed = false;
    common.re.lastIndex = 0;
    const replaced = folded.replace(common.re, (m) => {
      if (!r.redact.has(key(m))) return m;
      changed = true;
      return REDACTED;
    });
    if (changed) out = replaced;
  }
  if (r.done.size > 500) r.done.clear();
  r.done.set(text, out);
  return out;
}
