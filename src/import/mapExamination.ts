/**
 * Examination findings by body system. AgentClinic nests findings under keys such as
 * `Cardiovascular_Examination`, `Neurological_Examination.Cranial_Nerves` or `General_Examination.Skin`;
 * the first key on a finding's path that names a system files it there, except that broad keys
 * (general, cardiopulmonary) let a more specific key below them decide. `Vital_Signs` is read apart.
 */
import type { PatientRecord } from '../domain/record.ts';
import type { BodySystem } from '../ontology/schema.ts';
import type { LooseValue } from './agentClinicShape.ts';
import { flattenText, humanizeKey, leavesOf, slugify } from './looseText.ts';
import { isVitalSignLabel } from './parseVitals.ts';

type Finding = PatientRecord['examination'][number];

interface SystemMatch {
  system: BodySystem;
  /** Broad keys let a more specific key below decide. */
  broad: boolean;
}

const SYSTEM_WORDS: readonly [RegExp, BodySystem, boolean][] = [
  [/\b(?:cardiopulmonary|cardiorespiratory|chest and heart|heart and lungs?)\b/, 'cardiovascular', true],
  [
    /\b(?:general|appearance|overall|habitus|constitutional|physical)\b|\b(?:weight|height|bmi)\b/,
    'general',
    true,
  ],
  [
    /neuro|cranial|\bmotor\b|sensory|sensation|reflex|\bgait\b|coordination|cerebell|mental status|consciousness|\bgcs\b|cognit|strength|\bpower\b|\btone\b|mening|\bnerves?\b/,
    'neurological',
    false,
  ],
  [/cardi|heart|precordi|murmur|\bpulses?\b|vascular|\bjvp\b|jugular|circulat/, 'cardiovascular', false],
  [/respirat|\blungs?\b|\bchest\b|pulmon|thora|breath/, 'respiratory', false],
  [/abdom|gastro|rectal|bowel|liver|hepat|splen|\bgi\b|digestive|hernia/, 'gastrointestinal', false],
  [
    /genit|urolog|renal|kidney|pelvic|gyn[ae]|testic|scrot|prostat|bladder|costovertebral|\bcva\b|\bflank\b|urinary/,
    'genitourinary',
    false,
  ],
  [
    /\beyes?\b|ophthalm|fundus|fundoscop|pupil|visual|vision|slit lamp|retina|conjunctiv|ocular|\bvisual acuity\b/,
    'eyes',
    false,
  ],
  [
    /\bent\b|\bears?\b|\bnose\b|nasal|throat|\boral\b|mouth|pharyn|tonsil|\bneck\b|heent|thyroid|otoscop|sinus|dental|teeth|laryn|audiolog|hearing/,
    'ent',
    false,
  ],
  [/skin|derma|integument|\brash\b|lesion|wound|\bnails?\b|\bhair\b|macule|breast/, 'skin', false],
  [
    /musculo|\bmsk\b|joint|\bknees?\b|\bhips?\b|shoulder|spin[ae]|\bback\b|extremit|\blimbs?\b|\blegs?\b|\barms?\b|\bhands?\b|\bfoot\b|\bfeet\b|ankle|wrist|elbow|\bbones?\b|muscle|range of motion|orthop|straight leg/,
    'musculoskeletal',
    false,
  ],
  [/psych|mental state|\bmood\b|affect|behaviou?r|lymph|haemat|hemat|endocrin/, 'general', false],
];

/** Keys that only say "the findings were": left out of a finding's label. */
const GENERIC = /^(?:findings?|results?|examination|exam|details?|description|observations?)$/i;

/** Keys that only name a system ("Cardiovascular_Examination"): no label of their own. */
const SYSTEM_KEY = /\b(?:examination|exam|system|findings|assessment|evaluation|screen)\b/i;

/** The body system a key names, if any. */
export function systemForKey(key: string): SystemMatch | undefined {
  const text = humanizeKey(key).toLowerCase();
  for (const [re, system, broad] of SYSTEM_WORDS) if (re.test(text)) return { system, broad };
  return undefined;
}

function systemOf(path: readonly string[]): { system: BodySystem; depth: number } | undefined {
  let broad: { system: BodySystem; depth: number } | undefined;
  for (let i = 0; i < path.length; i++) {
    const match = systemForKey(path[i] ?? '');
    if (!match) continue;
    if (!match.broad) return { system: match.system, depth: i };
    broad ??= { system: match.system, depth: i };
  }
  return broad;
}

export interface ExaminationReading {
  examination: Finding[];
  /** The vital-signs part, as "Label: value" text, for `parseVitals`. */
  vitalSigns: string;
  /** All examination text, for vitals written outside the vital-signs part. */
  allText: string;
  warnings: string[];
}

/** The findings of `Physical_Examination_Findings`, one entry per finding, filed by body system. */
export function mapExamination(value: LooseValue | undefined): ExaminationReading {
  const examination: Finding[] = [];
  const warnings: string[] = [];
  const vitalParts: string[] = [];
  const unfiled = new Set<string>();
  const ids = new Set<string>();
  for (const { path, text } of leavesOf(value)) {
    const [top = ''] = path;
    const inVitals = /vital/i.test(top);
    const last = path[path.length - 1] ?? '';
    if (path.length === 0 || (inVitals && path.length === 1)) vitalParts.push(text);
    if (inVitals && (path.length === 1 || isVitalSignLabel(last))) {
      if (path.length > 1) vitalParts.push(`${humanizeKey(last)}: ${text}`);
      continue;
    }
    const keys = inVitals ? path.slice(1) : path;
    const found = systemOf(keys);
    const system = found?.system ?? 'general';
    if (!found) unfiled.add(path.map(humanizeKey).join(' › ') || 'examination text');
    let labelKeys = keys.slice(found ? found.depth + 1 : 0);
    const systemKey = found ? keys[found.depth] : undefined;
    if (labelKeys.length === 0 && systemKey !== undefined && !SYSTEM_KEY.test(humanizeKey(systemKey))) {
      labelKeys = [systemKey];
    }
    const label = labelKeys
      .filter((k) => !GENERIC.test(humanizeKey(k)) && !/^\d+$/.test(k))
      .map(humanizeKey)
      .join(' — ');
    const body = text.replace(/[\s.]+$/, '');
    if (body === '') continue;
    const base = slugify(path.join(' ') || 'examination');
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    examination.push({ system, id, text: label === '' ? body : `${label}: ${body}` });
  }
  if (unfiled.size > 0) {
    warnings.push(`examination: no body system named for ${[...unfiled].join('; ')}; filed under general`);
  }
  return { examination, vitalSigns: vitalParts.join('; '), allText: flattenText(value), warnings };
}
