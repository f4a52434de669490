/**
 * Past medical and surgical history, allergies and family history from case prose. Items that name a
 * knowledge-base chronic condition, operation or allergy take its id; other short items are kept as
 * imported free text (`imported-<slug>`); long or unclear prose is left out with a warning.
 */
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { matchName } from '../text/matchName.ts';
import { normalizeName } from '../text/normalizeName.ts';
import { type HistoryItem, historyItems, stripLeadIn } from './historyItems.ts';
import { slugify } from './looseText.ts';
import { parseAgo } from './parseAgo.ts';
import { type PhraseEntry, scanPhrases } from './scanPhrases.ts';
import { splitClauses } from './textClauses.ts';

type History = PatientRecord['history'];

/** Names case writers use for the knowledge base's chronic conditions (used only for ids that exist). */
const CONDITION_NAMES: Readonly<Record<string, readonly string[]>> = {
  hypertension: ['hypertension', 'essential hypertension', 'high blood pressure', 'htn'],
  'type-2-diabetes': [
    'type 2 diabetes mellitus',
    'type 2 diabetes',
    't2dm',
    'diabetes mellitus type 2',
    'diabetes mellitus',
    'diabetes',
    'dm2',
  ],
  'type-1-diabetes': ['type 1 diabetes mellitus', 'type 1 diabetes', 't1dm', 'insulin dependent diabetes'],
  hypercholesterolaemia: [
    'hyperlipidemia',
    'hyperlipidaemia',
    'hypercholesterolemia',
    'dyslipidemia',
    'dyslipidaemia',
    'high cholesterol',
  ],
  'ischaemic-heart-disease': [
    'coronary artery disease',
    'ischemic heart disease',
    'coronary heart disease',
    'cad',
    'ihd',
  ],
  gord: [
    'gastric reflux',
    'gerd',
    'gord',
    'gastroesophageal reflux disease',
    'gastro oesophageal reflux disease',
    'acid reflux',
    'reflux',
  ],
  'copd-chronic': ['copd', 'chronic obstructive pulmonary disease', 'emphysema', 'chronic bronchitis'],
  'asthma-chronic': ['asthma'],
  'chronic-kidney-disease': [
    'ckd',
    'chronic kidney disease',
    'chronic renal failure',
    'chronic renal insufficiency',
  ],
  'atrial-fibrillation-chronic': ['atrial fibrillation', 'afib', 'af'],
  'heart-failure-chronic': ['heart failure', 'congestive heart failure', 'chf', 'congestive cardiac failure'],
  hypothyroidism: ['hypothyroidism', 'underactive thyroid'],
  osteoarthritis: ['osteoarthritis', 'knee osteoarthritis', 'degenerative joint disease'],
  depression: ['depression', 'major depressive disorder', 'depressive disorder'],
  'previous-stroke': ['stroke', 'cva', 'cerebrovascular accident', 'ischemic stroke', 'ischaemic stroke'],
  'peripheral-arterial-disease': [
    'peripheral artery disease',
    'peripheral arterial disease',
    'peripheral vascular disease',
    'pad',
  ],
  hiv: ['hiv', 'hiv infection', 'human immunodeficiency virus'],
  'rheumatoid-arthritis': ['rheumatoid arthritis'],
  obesity: ['obesity', 'obese'],
  migraine: ['migraine', 'migraines'],
  osteoporosis: ['osteoporosis'],
  'prostatic-hypertrophy': [
    'benign prostatic hyperplasia',
    'benign prostatic hypertrophy',
    'bph',
    'enlarged prostate',
  ],
  'previous-dvt': ['deep vein thrombosis', 'dvt'],
  'marfan-syndrome': ['marfan syndrome'],
  'bicuspid-aortic-valve': ['bicuspid aortic valve'],
};
/** Names that contain a chronic condition's name but are another disease. */
const NOT_THE_SAME =
  /pulmonary hypertension|portal hypertension|intracranial hypertension|gestational|insipidus|pre eclampsia|family/;
const SURGERY =
  /\w+ectomy\b|\w+otomy\b|\w+plasty\b|\bsurgery\b|\boperation\b|\brepair\b|\breplacement\b|\bbypass\b|caesarean|cesarean|c section|\bs\/?p\b|transplant|\bstent/i;
const MEDICATION_TALK =
  /\b(?:medication|medicine|treated|treatment|managed|controlled|takes|taking|regimen|therapy|prescribed|tablets?|pills?|inhalers?)\b/i;
const NOT_A_CONDITION =
  /\b(?:smok\w*|tobacco|alcohol|drink\w*|drugs?|deliver\w*|gestation|born|birth|vaccin\w*|immuni[sz]\w*|prenatal|episodes?|symptoms?|complaints?|healthy|well|illness(?:es)?|problems?|issues?|information|provided|available|history|medical|surgical|visits?|check ?ups?|allerg\w*|family|mother|father|primigravida)\b/i;
const SURGERY_NAMES: Readonly<Record<string, readonly string[]>> = {
  appendicectomy: ['appendectomy', 'appendicectomy'],
  'laparoscopic-cholecystectomy': ['cholecystectomy'],
  'caesarean-section': ['c section', 'cesarean section', 'caesarean section', 'cesarean delivery'],
  cabg: ['cabg', 'coronary artery bypass', 'bypass surgery'],
  'pci-stent': ['coronary stent', 'stent placement', 'pci'],
  'total-hip-replacement': ['hip replacement'],
  'total-knee-replacement': ['knee replacement'],
  hysterectomy: ['hysterectomy'],
  tonsillectomy: ['tonsillectomy'],
  thyroidectomy: ['thyroidectomy'],
};
const RELATIONS = ['grandmother', 'grandfather', 'mother', 'father', 'brother', 'sister'] as const;
type Relation = (typeof RELATIONS)[number];

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function wholeYears(text: string): number | undefined {
  const ago = parseAgo(text);
  if (!ago) return undefined;
  return ago.unit === 'years' ? Math.floor(ago.value) : 0;
}

const phraseMemo = new WeakMap<Ontology, PhraseEntry[]>();

function conditionPhrases(ontology: Ontology): PhraseEntry[] {
  const cached = phraseMemo.get(ontology);
  if (cached) return cached;
  const out: PhraseEntry[] = [];
  for (const c of ontology.chronicConditions.values()) {
    // family-only and catch-all entries are never what a case's history names
    if (c.id === 'sudden-cardiac-death-family' || c.id === 'cancer-history') continue;
    const names = [c.name, c.name.replace(/\s*\([^)]*\)/g, ''), ...(CONDITION_NAMES[c.id] ?? [])];
    for (const n of new Set(names.map(normalizeName))) out.push({ id: c.id, phrase: n });
  }
  phraseMemo.set(ontology, out);
  return out;
}

/** The chronic condition an item names, if the knowledge base has it. */
function chronicConditionOf(text: string, ontology: Ontology): string | undefined {
  const normalized = normalizeName(text);
  if (NOT_THE_SAME.test(normalized)) return undefined;
  return scanPhrases(normalized, conditionPhrases(ontology))[0]?.id;
}

export interface PastHistoryReading {
  conditions: History['conditions'];
  surgeries: History['surgeries'];
  allergies: History['allergies'];
  family: History['family'];
  warnings: string[];
}

/**
 * A condition from one item; its duration is the item's own, or that of the treatment item right after
 * it ("Type 2 diabetes, managed with metformin for the past 8 years").
 */
function conditionFrom(
  item: HistoryItem,
  next: HistoryItem | undefined,
  ontology: Ontology,
  age: number,
  undated: string[],
): History['conditions'][number] | undefined {
  const id = chronicConditionOf(item.raw, ontology);
  const def = id !== undefined ? ontology.chronicConditions.get(id) : undefined;
  const treatment = next && next.clause === item.clause && MEDICATION_TALK.test(next.raw) ? next.raw : '';
  const since = wholeYears(item.raw) ?? wholeYears(treatment);
  const sinceYears = Math.min(age, since ?? Math.min(5, age));
  if (def) {
    if (since === undefined) undated.push(def.name);
    return { id: def.id, name: def.name, lay: def.lay, sinceYears };
  }
  const text = item.raw.replace(/\s*\b(?:diagnosed|since|for)\b.*$/i, '').trim();
  if (text.split(/\s+/).length > 6 || NOT_A_CONDITION.test(text) || MEDICATION_TALK.test(text))
    return undefined;
  if (since === undefined) undated.push(text);
  return { id: `imported-${slugify(text)}`, name: capital(text), lay: text.toLowerCase(), sinceYears };
}

function surgeryFrom(
  item: HistoryItem,
  ontology: Ontology,
  age: number,
  undated: string[],
): History['surgeries'][number] {
  const text = item.raw
    .replace(/^s\/?p\s+/i, '')
    .replace(/\s*\b(?:in|at|years?|months?)\b\s*\d.*$/i, '')
    .trim();
  const normalized = normalizeName(text);
  const byName = Object.entries(SURGERY_NAMES).find(
    ([id, names]) => ontology.surgeries.has(id) && names.some((n) => ` ${normalized} `.includes(` ${n} `)),
  )?.[0];
  const candidates = [...ontology.surgeries.values()].map((s) => ({
    id: s.id,
    names: [s.name, s.name.replace(/\s*\([^)]*\)/g, '')],
  }));
  const id = byName ?? matchName(text, candidates, 0.85)?.id;
  const def = id !== undefined ? ontology.surgeries.get(id) : undefined;
  const ago = wholeYears(item.raw);
  if (ago === undefined) undated.push(def?.name ?? text);
  const yearsAgo = Math.min(age, ago ?? Math.min(5, age));
  return def
    ? { id: def.id, name: def.name, lay: def.lay, yearsAgo }
    : {
        id: `imported-${slugify(text)}`,
        name: capital(text),
        lay: `an operation: ${text.toLowerCase()}`,
        yearsAgo,
      };
}

function allergiesFrom(text: string, ontology: Ontology, warnings: string[]): History['allergies'] {
  const out: History['allergies'] = [];
  const candidates = [...ontology.allergies.values()].map((a) => ({
    id: a.id,
    names: [a.substance, a.substance.replace(/\s*\([^)]*\)/g, ''), a.id.replace(/-/g, ' ')],
  }));
  for (const clause of splitClauses(text)) {
    if (!/allerg/i.test(clause.raw) || clause.negatedFrom === 0 || /\bnk(?:d)?a\b/i.test(clause.raw))
      continue;
    const m =
      /allergic to ([^,;.(]+)(?:\(([^)]+)\))?/i.exec(clause.raw) ??
      /allergy to ([^,;.(]+)(?:\(([^)]+)\))?/i.exec(clause.raw) ??
      /([a-z][a-z -]*?)\s+allergy(?:\s*\(([^)]+)\))?/i.exec(clause.raw);
    const substance = stripLeadIn(m?.[1]?.trim() ?? '');
    if (substance === '' || /\b(?:known|drug|no)\b/i.test(substance)) continue;
    const reactionText =
      m?.[2] ?? /(?:causing|causes|caused|resulting in|reaction:?)\s+([^,;.]+)/i.exec(clause.raw)?.[1];
    if (reactionText === undefined)
      warnings.push(`allergies: no reaction given for ${substance}; recorded as "a reaction"`);
    const reaction = reactionText?.trim().toLowerCase() ?? 'a reaction';
    const def = ontology.allergies.get(matchName(substance, candidates, 0.85)?.id ?? '');
    out.push(
      def
        ? { id: def.id, substance: def.substance, reaction }
        : { id: `imported-${slugify(substance)}`, substance: capital(substance), reaction },
    );
  }
  return out;
}

function familyFrom(text: string, ontology: Ontology): History['family'] {
  const out: History['family'] = [];
  const relation = `(?:his |her |their |the patient's )?(?:maternal |paternal )?(${RELATIONS.join('|')})`;
  const patterns = [
    new RegExp(`family history of ([^,;.]+?) in ${relation}`, 'i'),
    new RegExp(
      `${relation} (?:had|has|with|died of|died from|was diagnosed with|suffered from|passed away from) ([^,;.]+)`,
      'i',
    ),
  ];
  for (const clause of splitClauses(text)) {
    if (clause.negatedFrom === 0) continue;
    const [a, b] = patterns.map((p) => p.exec(clause.raw));
    const found = a ? { name: a[1], relation: a[2] } : b ? { name: b[2], relation: b[1] } : undefined;
    const rel = RELATIONS.find((r) => r === found?.relation?.toLowerCase());
    const name = found?.name?.replace(/\s+(?:who|at|when|in)\b.*$/i, '').trim();
    if (!rel || !name) continue;
    const id = chronicConditionOf(name, ontology);
    const def = id !== undefined ? ontology.chronicConditions.get(id) : undefined;
    const onset = /diagnosed at (?:the )?age (?:of )?(\d+)|at age (\d+)/i.exec(clause.raw);
    const ageAtOnset = onset ? Number(onset[1] ?? onset[2]) : undefined;
    out.push({
      relation: rel satisfies Relation,
      conditionId: def?.id ?? `imported-${slugify(name)}`,
      name: def?.name ?? capital(name),
      lay: def?.lay ?? name.toLowerCase(),
      ...(ageAtOnset !== undefined ? { ageAtOnset } : {}),
    });
  }
  return out;
}

/**
 * Conditions and operations from the past medical history; chronic conditions of the knowledge base
 * also from the presenting history ("She has a history of hypertension"); allergies and family history
 * from all of it.
 */
export function parsePastHistory(
  pastMedical: string,
  otherText: string,
  ontology: Ontology,
  age: number,
): PastHistoryReading {
  const warnings: string[] = [];
  const conditions: History['conditions'] = [];
  const surgeries: History['surgeries'] = [];
  const undated: string[] = [];
  const left: string[] = [];
  const items = historyItems(pastMedical);
  for (const [i, item] of items.entries()) {
    if (item.denied || /allerg|family history|\b(?:mother|father|brother|sister)\b/i.test(item.raw)) continue;
    if (SURGERY.test(item.raw) && !MEDICATION_TALK.test(item.raw)) {
      const s = surgeryFrom(item, ontology, age, undated);
      if (!surgeries.some((x) => x.id === s.id)) surgeries.push(s);
      continue;
    }
    const c = conditionFrom(item, items[i + 1], ontology, age, undated);
    if (c && !conditions.some((x) => x.id === c.id)) conditions.push(c);
    else if (!c && !MEDICATION_TALK.test(item.raw) && !NOT_A_CONDITION.test(item.raw)) left.push(item.raw);
  }
  for (const item of historyItems(otherText)) {
    if (item.denied || !/history of|known|diagnosed|has\b/i.test(item.clause.raw)) continue;
    const id = chronicConditionOf(item.raw, ontology);
    const def = id !== undefined ? ontology.chronicConditions.get(id) : undefined;
    if (!def || conditions.some((x) => x.id === def.id)) continue;
    const since = wholeYears(item.raw);
    if (since === undefined) undated.push(def.name);
    conditions.push({
      id: def.id,
      name: def.name,
      lay: def.lay,
      sinceYears: Math.min(age, since ?? Math.min(5, age)),
    });
  }
  if (left.length > 0)
    warnings.push(
      `history: not kept (not a condition the record can hold): ${left.map((t) => `"${t}"`).join(', ')}`,
    );
  if (undated.length > 0)
    warnings.push(`history: no date for ${undated.join(', ')}; used ${Math.min(5, age)} years`);
  const all = `${pastMedical}\n${otherText}`;
  return {
    conditions,
    surgeries,
    allergies: allergiesFrom(all, ontology, warnings),
    family: familyFrom(all, ontology),
    warnings,
  };
}
