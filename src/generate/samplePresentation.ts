/**
 * Step 4: the presentation. The variant (typical or atypical), the symptoms with concrete attributes,
 * the chief complaint in the patient's own words with its timeline, and the pertinent negatives the
 * patient will deny (only symptoms they do not have and their sex can have).
 */
import type { SymptomFacts } from '../domain/record.ts';
import type { SymptomDef } from '../ontology/schema.ts';
import { namesOtherSite } from '../text/namesOtherSite.ts';
import { radiatesTo } from '../text/radiatesTo.ts';
import { composeOpeningWords } from './composeOpeningWords.ts';
import type { HistoryContext, PresentationContext } from './context.ts';
import { indexOntology } from './indexOntology.ts';
import { pickVariant } from './pickVariant.ts';
import type { Rng } from './rng.ts';
import { sampleSymptoms } from './sampleSymptoms.ts';

// sites come from a small vocabulary: each symptom's fitting phrasings are worked out once per site
const fittingBySite = new WeakMap<SymptomDef, Map<string, readonly string[]>>();

/** The symptom's lay phrasings that name no other site than `site`. */
function fittingLay(def: SymptomDef, site: string | undefined): readonly string[] {
  if (site === undefined) return def.lay;
  let bySite = fittingBySite.get(def);
  if (!bySite) {
    bySite = new Map();
    fittingBySite.set(def, bySite);
  }
  let fitting = bySite.get(site);
  if (!fitting) {
    fitting = def.lay.filter((l) => !namesOtherSite(l, site));
    bySite.set(site, fitting);
  }
  return fitting;
}

/**
 * The opening words from a lay phrasing that names no other site than the record's (never "pain in my
 * chest" for a pain between the shoulder blades); if every phrasing does, a neutral one with the site.
 */
function openingWords(def: SymptomDef, facts: SymptomFacts, rng: Rng): string {
  const fitting = fittingLay(def, facts.site);
  const lay =
    fitting.length > 0
      ? rng.pick(fitting)
      : `I've been having this ${/pain|ache/i.test(def.name) ? 'pain' : 'problem'}. It's ${facts.site ?? 'hard to describe'}.`;
  return composeOpeningWords(lay, facts.started);
}

/** Step 4 of the pipeline: adds the variant and the presentation. */
export function samplePresentation(ctx: HistoryContext, rng: Rng): PresentationContext {
  const variant = pickVariant(ctx, rng);
  const symptoms = sampleSymptoms(ctx, variant, rng);
  const chief = symptoms[0];
  const def = chief ? ctx.ontology.symptom(chief.id) : undefined;
  const words = def && chief ? openingWords(def, chief.attributes, rng) : '';
  const present = new Set(symptoms.map((s) => s.id));
  const { sex } = ctx.demographics;
  const radiation = symptoms.map((s) => s.attributes.radiation ?? '').join(' | ');
  const negatives: string[] = [];
  for (const d of indexOntology(ctx.ontology).planFor(ctx.condition).negatives) {
    if (!present.has(d.id) && (d.sex === undefined || d.sex === sex) && !radiatesTo(radiation, d.id))
      negatives.push(d.id);
  }
  return {
    ontology: ctx.ontology,
    request: ctx.request,
    condition: ctx.condition,
    difficulty: ctx.difficulty,
    demographics: ctx.demographics,
    history: ctx.history,
    variant: variant?.id ?? 'typical',
    presentation: { chiefComplaint: chief?.id ?? '', words, symptoms, negatives },
  };
}
