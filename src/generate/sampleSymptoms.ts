/**
 * The symptoms of this patient: the condition's symptoms as changed by the variant (dropped, added,
 * overridden), only those the patient's sex can have, each present with its probability as the
 * difficulty shapes it. The chief complaint is drawn first by its `chief` weight and always present; no
 * other symptom began before it unless the condition marks it `mayPrecedeChief` (a cold before asthma).
 */
import type { RecordSymptom } from '../domain/record.ts';
import type { AtypicalPresentation, ConditionDef, ConditionSymptom, Sex } from '../ontology/schema.ts';
import { symptomPool } from '../ontology/symptomPool.ts';
import { agoHours, HOURS_PER } from '../text/agoHours.ts';
import type { HistoryContext } from './context.ts';
import { DIFFICULTY_PROFILES } from './difficultyProfile.ts';
import type { Rng } from './rng.ts';
import { sampleSymptomFacts } from './sampleSymptomFacts.ts';

interface Pool {
  pool: readonly ConditionSymptom[];
  chiefs: readonly ConditionSymptom[];
  names: ReadonlyMap<string, string>;
}

// records repeat the same few (condition, variant, sex) combinations: build each pool once
const pools = new WeakMap<ConditionDef, Map<string, Record<Sex, Pool | undefined>>>();

function poolFor(ctx: HistoryContext, variant: AtypicalPresentation | undefined): Pool {
  const { sex } = ctx.demographics;
  let byKey = pools.get(ctx.condition);
  if (!byKey) {
    byKey = new Map();
    pools.set(ctx.condition, byKey);
  }
  const key = variant?.id ?? '';
  let bySex = byKey.get(key);
  if (!bySex) {
    bySex = { female: undefined, male: undefined };
    byKey.set(key, bySex);
  }
  let entry = bySex[sex];
  if (!entry) {
    const pool = symptomPool(ctx.condition.symptoms, variant).filter((s) => {
      const def = ctx.ontology.symptom(s.id);
      return def !== undefined && (def.sex === undefined || def.sex === sex);
    });
    const names = new Map(pool.map((s) => [s.id, ctx.ontology.symptom(s.id)?.name ?? s.id]));
    entry = { pool, chiefs: pool.filter((s) => s.chief > 0), names };
    bySex[sex] = entry;
  }
  return entry;
}

/** The patient's symptoms, chief complaint first. */
export function sampleSymptoms(
  ctx: HistoryContext,
  variant: AtypicalPresentation | undefined,
  rng: Rng,
): RecordSymptom[] {
  const profile = DIFFICULTY_PROFILES[ctx.difficulty];
  const { pool, chiefs, names } = poolFor(ctx, variant);
  if (pool.length === 0) return [];
  const chief =
    chiefs.length > 0
      ? rng.weighted(chiefs, (s) => profile.chiefWeight(s.chief))
      : pool.reduce((a, b) => (b.probability > a.probability ? b : a));
  const chosen = [chief];
  for (const s of pool) if (s !== chief && rng.chance(profile.presence(s.probability))) chosen.push(s);
  const out: RecordSymptom[] = [];
  let chiefHours = Number.POSITIVE_INFINITY;
  for (const s of chosen) {
    const attributes = sampleSymptomFacts(s.attributes, rng);
    if (s === chief) {
      if (attributes.started) chiefHours = agoHours(attributes.started);
    } else if (!s.mayPrecedeChief && attributes.started && agoHours(attributes.started) > chiefHours) {
      const started = startedBy(s, chiefHours, rng);
      // the condition's timeline puts it later than the chief complaint began: it has not happened yet
      if (!started) continue;
      attributes.started = started;
    }
    out.push({ id: s.id, name: names.get(s.id) ?? s.id, attributes });
  }
  return out;
}

/**
 * A start within the symptom's own range but no earlier than `hours` ago (the chief complaint's start),
 * or undefined when its range begins later than that.
 */
function startedBy(s: ConditionSymptom, hours: number, rng: Rng): RecordSymptom['attributes']['started'] {
  const range = s.attributes.started;
  if (!range) return undefined;
  const whole = Number.isInteger(range.low) && Number.isInteger(range.high);
  const most = hours / HOURS_PER[range.unit];
  const high = Math.min(range.high, whole ? Math.floor(most) : Math.floor(most * 10) / 10);
  if (high < range.low) return undefined;
  const value = whole
    ? rng.int(range.low, high)
    : Math.min(high, Math.max(range.low, Math.round(rng.float(range.low, high) * 10) / 10));
  return { value, unit: range.unit };
}
