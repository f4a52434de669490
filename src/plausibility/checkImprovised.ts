/**
 * Which personal details a model improvised may be kept in memory: harmless ones only (a pet, a
 * hobby, a grandchild's name), never anything clinical, never something the record already decides
 * (name, age, work, home, habits), and never a second, different value for a detail already given.
 */
import type { Memory } from '../domain/dialogue.ts';
import type { PatientRecord } from '../domain/record.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { indexCase } from './indexCase.ts';
import { indexOntology } from './indexOntology.ts';
import { foldText } from './text/foldText.ts';
import { jargonLevel } from './text/jargon.ts';
import { tokenize } from './text/tokenize.ts';

export interface Detail {
  key: string;
  value: string;
}

export interface ImprovisedVerdict {
  accepted: Detail[];
  rejected: (Detail & { reason: string })[];
}

/** Keys the record (or the clinic) owns: a model may not invent them. */
const OWNED =
  /^(?:name|first-name|given-name|family-name|full-name|my-name)$|(?:^|-)(?:surname|age|dob|birth|born|occupation|job|work|employer|living|lives|home|address|sex|gender|pregnan\w*|weight|height|diagnos\w*|condition|symptom\w*|pain|medic\w*|drug\w*|allerg\w*|smok\w*|alcohol|drink\w*|family-history|history|surgery|operation|test|result|exam\w*|blood|pressure|pulse|temperature|oxygen|vitals?|treatment|doctor|gp|hospital)(?:-|$)/;

/** Words that make a detail clinical. */
const CLINICAL =
  /\b(?:pain|pains|hurt|hurts|ache|aches|aching|sick|ill|illness|unwell|hospital|diagnos\w*|disease|condition|medication|medicine|tablet|tablets|pill|pills|inhaler|smok\w*|cigarette\w*|alcohol|drink\w*|drunk|units|cancer|heart|lungs?|blood|allerg\w*|operation|surgery|symptoms?|breath\w*|cough\w*|fever|temperature|pressure|mg|ml|dose|prescri\w*|stroke|attack|diabet\w*|asthma|clot)\b/;

const SPOUSE = /\b(?:wife|husband|partner|spouse|girlfriend|boyfriend|fiance|fiancee)\b/;

/** Normalises a model's key to lower-case kebab-case ("Dog's name" → "dogs-name"); undefined if unusable. */
export function normaliseDetailKey(key: string): string | undefined {
  const k = foldText(key)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z][a-z0-9-]{1,40}$/.test(k) ? k : undefined;
}

/** Sorts improvised details into accepted and rejected, with the reason for each rejection. */
export function checkImprovised(
  details: readonly Detail[],
  ctx: { record: PatientRecord; memory: Memory; ontology: Ontology },
): ImprovisedVerdict {
  const oi = indexOntology(ctx.ontology);
  const ci = indexCase(ctx.record, ctx.ontology);
  const out: ImprovisedVerdict = { accepted: [], rejected: [] };
  const seen = new Set<string>();
  for (const raw of details) {
    const key = normaliseDetailKey(raw.key);
    const value = raw.value.trim();
    const reject = (reason: string): void => {
      out.rejected.push({ key: key ?? raw.key, value, reason });
    };
    if (!key) {
      reject('unusable key');
      continue;
    }
    if (value.length === 0 || value.length > 160) {
      reject('empty or too long');
      continue;
    }
    if (seen.has(key)) {
      reject('given twice');
      continue;
    }
    if (OWNED.test(key)) {
      reject('the record decides this');
      continue;
    }
    const folded = foldText(`${key.replace(/-/g, ' ')} ${value}`);
    const tokens = tokenize(folded);
    const clinical =
      CLINICAL.test(folded) ||
      oi.symptoms.match(tokens).length > 0 ||
      oi.medications.match(tokens).length > 0 ||
      oi.chronic.match(tokens).length > 0 ||
      oi.surgeries.match(tokens).length > 0 ||
      oi.tests.match(tokens).length > 0 ||
      tokens.words.some((w) => jargonLevel(w) >= 2) ||
      ci.leaks.some((l) => {
        l.pattern.lastIndex = 0;
        return !l.caseSensitive && l.pattern.test(folded);
      });
    if (clinical) {
      reject('clinical');
      continue;
    }
    const earlier = ctx.memory.improvised[key];
    if (earlier !== undefined && foldText(earlier) !== foldText(value)) {
      reject('contradicts an earlier detail');
      continue;
    }
    if (SPOUSE.test(folded) && /\balone\b|\bon (?:his|her) own\b/.test(ctx.record.demographics.living)) {
      reject('contradicts who the patient lives with');
      continue;
    }
    seen.add(key);
    if (earlier === undefined) out.accepted.push({ key, value });
  }
  return out;
}
