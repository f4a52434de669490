/**
 * Test results as qualitative investigations. A key that names a report-type test in the knowledge
 * base (ECG, chest X-ray, urinalysis) takes its whole subtree as one report; a lab value under any key
 * is matched on its own ("WBC" → white-cell-count); what matches nothing is kept under a slug id,
 * grouped by the key above it ("TORCH screen: Rubella IgM: Positive; Others: Negative").
 * Results kept under a slug cannot be ordered by name: the caller warns about them.
 */
import type { InvestigationResult } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { normalizeName } from '../text/normalizeName.ts';
import type { LooseValue } from './agentClinicShape.ts';
import { classifyResult, combineFlags } from './classifyResult.ts';
import { flattenText, humanizeKey, leavesOf, slugify } from './looseText.ts';
import { matchTestName, specimenOf } from './matchTestName.ts';
import { isVitalSignLabel } from './parseVitals.ts';

/** Keys that group tests without being one. */
const CATEGORY =
  /^(?:blood (?:tests?|work|chemistry|panel|results?)|lab(?:oratory)?(?: (?:tests?|results?|studies|findings|investigations|values))?|labs|imaging(?: (?:studies|results?|findings))?|serum biochemistry|biochemistry|chemistry|investigations?|tests?|test results|other tests|diagnostic (?:tests?|studies)|radiology|microbiology|serology|ha?ematology|special tests|additional tests)$/i;
/** Keys that only say "the result was". */
const GENERIC =
  /^(?:findings?|results?|report|impression|interpretation|comments?|details?|value|outcome|optional)$/i;
/** Observations sometimes listed among tests; the record holds them elsewhere or not at all. */
const NOT_A_TEST = /^(?:bmi|height|weight)\b/i;
/** What a result says when there is none. */
const NO_RESULT = /^(?:|not provided|not available|n\/?a|none provided|pending)$/i;
/** The knowledge-base report a fluid's loose values belong to. */
const PANEL_FOR: Readonly<Record<string, string>> = {
  urine: 'urine-dipstick',
  pleural: 'pleural-fluid',
  sputum: 'sputum-culture',
};

interface Part {
  label: string;
  text: string;
}

interface Pending {
  id: string;
  name: string;
  known: boolean;
  parts: Part[];
}

type Entry = [string, LooseValue];

/** A whole subtree as one report, without labels that only say "Findings". */
function reportText(node: LooseValue): string {
  return leavesOf(node)
    .map(({ path, text }) => {
      const label = path
        .filter((k) => !GENERIC.test(humanizeKey(k)) && !/^\d+$/.test(k))
        .map(humanizeKey)
        .join(' — ');
      return label === '' ? text : `${label}: ${text}`;
    })
    .join('; ');
}

/** A list item "Chest X-ray: hyperinflated lungs" as a named entry. */
function labelled(item: LooseValue, i: number): Entry {
  const m = typeof item === 'string' ? /^([^:]{2,40}):\s*(.+)$/s.exec(item) : null;
  return m?.[1] !== undefined && m[2] !== undefined ? [m[1].trim(), m[2]] : [String(i + 1), item];
}

function childrenOf(value: LooseValue): Entry[] | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    return value.some((v) => v !== null && typeof v === 'object') ? value.map(labelled) : undefined;
  }
  return Object.entries(value);
}

/** The test a bare result text starts with ("CT head normal" → ct-head), trying its first words. */
function leadingTest(text: string, ontology: Ontology): string | undefined {
  const words = text.split(/\s+/).slice(0, 5);
  for (let n = words.length; n >= 1; n--) {
    const id = matchTestName(words.slice(0, n).join(' '), ontology);
    if (id !== undefined) return id;
  }
  return undefined;
}

export interface InvestigationsReading {
  investigations: InvestigationResult[];
  /** Names of results that matched no knowledge-base test. */
  unmatched: string[];
}

/** The investigations of `Test_Results`. */
export function mapInvestigations(value: LooseValue | undefined, ontology: Ontology): InvestigationsReading {
  const pending = new Map<string, Pending>();

  const add = (id: string, name: string, known: boolean, part: Part): void => {
    if (NO_RESULT.test(part.text.trim())) return;
    const entry = pending.get(id) ?? { id, name, known, parts: [] };
    entry.parts.push(part);
    pending.set(id, entry);
  };
  const addKnown = (id: string, part: Part): void =>
    add(id, ontology.investigation(id)?.name ?? humanizeKey(id), true, part);

  const walk = (node: LooseValue, path: string[]): void => {
    const key = path[path.length - 1] ?? '';
    const context = path.join(' ');
    const keyId =
      path.length > 0 && !CATEGORY.test(humanizeKey(key)) ? matchTestName(key, ontology, context) : undefined;
    if (keyId !== undefined && ontology.investigation(keyId)?.type === 'qualitative') {
      addKnown(keyId, { label: '', text: reportText(node) });
      return;
    }
    const children = childrenOf(node);
    if (!children) {
      // a bare text at the top: one result for all of it, under the test it starts with if any
      const text = flattenText(node);
      const lead = leadingTest(text, ontology);
      if (lead !== undefined) addKnown(lead, { label: '', text });
      else
        add(slugify(key || 'test results'), humanizeKey(key || 'Test results'), false, { label: '', text });
      return;
    }
    const loose: Part[] = [];
    for (const [k, v] of children) {
      const label = humanizeKey(k);
      if (childrenOf(v)) {
        walk(v, [...path, k]);
        continue;
      }
      if (NOT_A_TEST.test(label) || isVitalSignLabel(k)) continue;
      const text = flattenText(v);
      const id = GENERIC.test(label)
        ? undefined
        : /^\d+$/.test(k)
          ? leadingTest(text, ontology)
          : matchTestName(k, ontology, context);
      if (id !== undefined) addKnown(id, { label, text });
      else loose.push({ label: GENERIC.test(label) ? '' : label, text });
    }
    if (loose.length === 0) return;
    const grouped = path.length > 0 && !CATEGORY.test(humanizeKey(key));
    for (const part of grouped ? [] : loose) {
      const panel = PANEL_FOR[specimenOf(normalizeName(`${context} ${part.label}`)) ?? ''];
      if (panel !== undefined && ontology.investigation(panel)) addKnown(panel, part);
      else
        add(slugify(part.label || key), part.label || humanizeKey(key), false, {
          label: '',
          text: part.text,
        });
    }
    if (!grouped) return;
    if (keyId !== undefined) {
      for (const part of loose) addKnown(keyId, part);
      return;
    }
    const names = path.filter(
      (k) => !CATEGORY.test(humanizeKey(k)) && !GENERIC.test(humanizeKey(k)) && !/^\d+$/.test(k),
    );
    const panel = PANEL_FOR[specimenOf(normalizeName(context)) ?? ''];
    if (panel !== undefined && ontology.investigation(panel)) {
      for (const part of loose) addKnown(panel, part);
      return;
    }
    const name = names.map(humanizeKey).join(' — ') || humanizeKey(key);
    for (const part of loose) add(slugify(names.join(' ') || key), name, false, part);
  };

  if (value !== undefined && value !== null) walk(value, []);

  const investigations: InvestigationResult[] = [];
  const unmatched: string[] = [];
  for (const p of pending.values()) {
    const text =
      p.parts.length === 1
        ? (p.parts[0]?.text ?? '')
        : p.parts.map((x) => (x.label ? `${x.label}: ${x.text}` : x.text)).join('; ');
    const flag = combineFlags(p.parts.map((x) => classifyResult(x.text)));
    investigations.push({ id: p.known ? p.id : `imported-${p.id}`, name: p.name, text, flag });
    if (!p.known) unmatched.push(p.name);
  }
  return { investigations, unmatched };
}
