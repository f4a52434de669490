/**
 * Facts about one symptom: whether the patient has it, and any SOCRATES attribute asked, from the record
 * only. A symptom not in the record is denied (pertinent negative or not); an attribute the record does
 * not hold is "doesn't spread" / "nothing helps" where that is what its absence means, else not known.
 */
import type { PatientRecord, RecordSymptom } from '../domain/record.ts';
import type { SymptomAttribute } from '../ontology/schema.ts';
import { describeAgo, describeSpan } from '../text/describeAgo.ts';
import { fittingSentences, misfit } from './fitSentences.ts';
import { pickBy } from './hashText.ts';
import { addFact, alreadySaid, type PlanContext } from './planContext.ts';

/** Asked symptom → a present one that answers it (asked "breathless on exertion?" when breathless). */
const ANSWERED_BY: Readonly<Record<string, readonly string[]>> = {
  'exertional-breathlessness': ['breathlessness'],
  breathlessness: ['exertional-breathlessness'],
  'chest-tightness': ['chest-pain'],
  'chest-pain': ['chest-tightness'],
  cough: ['haemoptysis', 'sputum'],
  sputum: ['haemoptysis'],
  'pre-syncope': ['dizziness', 'syncope'],
  dizziness: ['pre-syncope'],
  'calf-swelling': [],
  fever: ['rigors'],
  'loss-of-appetite': ['early-satiety'],
  nausea: ['vomiting'],
};
const BODY_PART: Readonly<Record<string, RegExp>> = {
  'arm-pain': /\barms?\b|\bshoulders?\b/,
  'jaw-pain': /\bjaw\b|\bteeth\b/,
  'neck-pain': /\bneck\b|\bthroat\b/,
  'back-pain': /\bback\b|\bshoulder blades?\b/,
};

function recordIndex(record: PatientRecord, id: string): number {
  return record.presentation.symptoms.findIndex((s) => s.id === id);
}

/** The patient's sentence for having the symptom: their opening words for the chief complaint. */
function presentSentence(ctx: PlanContext, symptom: RecordSymptom): string {
  if (symptom.id === ctx.record.presentation.chiefComplaint) return ctx.record.presentation.words;
  const def = ctx.ontology.symptom(symptom.id);
  const lay = fittingSentences(def?.lay ?? [], 'lay', symptom.id, ctx.record, ctx.ontology);
  if (lay.length > 0) return pickBy(lay, `${ctx.record.seed}|lay|${symptom.id}`);
  return `I've had ${symptom.name.toLowerCase()}.`;
}

/** States that the patient has the symptom. */
export function planPresence(ctx: PlanContext, symptom: RecordSymptom): void {
  addFact(ctx, {
    fact: `symptom:${symptom.id}`,
    path: `presentation.symptoms[${recordIndex(ctx.record, symptom.id)}]`,
    status: 'present',
    value: presentSentence(ctx, symptom),
  });
}

function planAbsence(ctx: PlanContext, id: string): void {
  const negative = ctx.record.presentation.negatives.indexOf(id);
  addFact(ctx, {
    fact: `symptom:${id}`,
    path: negative >= 0 ? `presentation.negatives[${negative}]` : `ontology.symptoms.${id}`,
    status: 'absent',
    value: denialSentence(ctx, id),
  });
}

/**
 * The patient's sentence for not having the symptom: one of the knowledge base's denials that is true
 * of them; "not at the moment" when each would deny a condition they have (heartburn with reflux
 * disease), else a plain no.
 */
function denialSentence(ctx: PlanContext, id: string): string {
  const denials = ctx.ontology.symptom(id)?.denial ?? [];
  const fit = fittingSentences(denials, 'denial', id, ctx.record, ctx.ontology);
  if (fit.length > 0) return pickBy(fit, `${ctx.record.seed}|denial|${id}`);
  return denials.some((d) => misfit(d, 'denial', id, ctx.record, ctx.ontology) === 'own-condition')
    ? 'Not at the moment, no.'
    : 'No, nothing like that.';
}

/** The attribute facts, in words, keyed `symptom:<id>/<attribute>`. */
export function planAttribute(ctx: PlanContext, symptom: RecordSymptom, attribute: SymptomAttribute): void {
  const a = symptom.attributes;
  const i = recordIndex(ctx.record, symptom.id);
  const key = `symptom:${symptom.id}/${attribute}`;
  const path = `presentation.symptoms[${i}].attributes`;
  const def = ctx.ontology.symptom(symptom.id);
  const applies = def === undefined || def.attributes.length === 0 || def.attributes.includes(attribute);
  const unknown = (value: string): void =>
    addFact(ctx, { fact: key, path: `${path}.${attribute}`, status: 'unknown', value });
  switch (attribute) {
    case 'site':
      if (a.site) addFact(ctx, { fact: key, path: `${path}.site`, status: 'present', value: a.site });
      else unknown(applies ? 'cannot say exactly where' : 'not something with a particular place');
      return;
    case 'onset': {
      if (!a.started && !a.onset) {
        unknown('not sure exactly when it started');
        return;
      }
      const parts = [
        a.started ? `started ${describeAgo(a.started)}` : undefined,
        a.onset ? `came on ${a.onset}` : undefined,
      ];
      addFact(ctx, {
        fact: key,
        path: `${path}.${a.started ? 'started' : 'onset'}`,
        status: 'present',
        value: parts.filter(Boolean).join('; '),
      });
      return;
    }
    case 'duration':
      if (a.started)
        addFact(ctx, {
          fact: key,
          path: `${path}.started`,
          status: 'present',
          value: `going on for ${describeSpan(a.started)}`,
        });
      else unknown('not sure how long exactly');
      return;
    case 'character':
      if (a.character)
        addFact(ctx, { fact: key, path: `${path}.character`, status: 'present', value: a.character });
      else unknown('hard to describe');
      return;
    case 'radiation':
      if (a.radiation)
        addFact(ctx, { fact: key, path: `${path}.radiation`, status: 'present', value: a.radiation });
      else if (applies)
        addFact(ctx, {
          fact: key,
          path: `${path}.radiation`,
          status: 'absent',
          value: 'does not spread anywhere',
        });
      else unknown('not sure what that means for this');
      return;
    case 'timing':
      if (a.timing) addFact(ctx, { fact: key, path: `${path}.timing`, status: 'present', value: a.timing });
      else unknown('not sure of any pattern');
      return;
    case 'exacerbating':
      if (a.exacerbating)
        addFact(ctx, { fact: key, path: `${path}.exacerbating`, status: 'present', value: a.exacerbating });
      else
        addFact(ctx, {
          fact: key,
          path: `${path}.exacerbating`,
          status: 'absent',
          value: 'nothing in particular makes it worse',
        });
      return;
    case 'relieving':
      if (a.relieving)
        addFact(ctx, { fact: key, path: `${path}.relieving`, status: 'present', value: a.relieving });
      else
        addFact(ctx, {
          fact: key,
          path: `${path}.relieving`,
          status: 'absent',
          value: 'nothing seems to help',
        });
      return;
    case 'severity':
      if (a.severity !== undefined)
        addFact(ctx, {
          fact: key,
          path: `${path}.severity`,
          status: 'present',
          value: `${a.severity} out of 10`,
        });
      else unknown('hard to put a number on it');
      return;
    case 'associated': {
      const others = ctx.record.presentation.symptoms.filter((s) => s.id !== symptom.id);
      const terse = ctx.record.persona.verbosity === 'terse';
      const fresh = others.filter((s) => !alreadySaid(ctx, `symptom:${s.id}`));
      const chosen = (fresh.length > 0 ? fresh : others).slice(0, terse ? 2 : 4);
      if (chosen.length === 0) {
        addFact(ctx, { fact: key, path: `${path}`, status: 'absent', value: 'nothing else' });
        return;
      }
      for (const s of chosen) planPresence(ctx, s);
      return;
    }
  }
}

/** The SOCRATES order a patient volunteers attributes in when asked to say more. */
const TELL_MORE_ORDER: readonly SymptomAttribute[] = [
  'character',
  'site',
  'onset',
  'radiation',
  'severity',
  'timing',
  'exacerbating',
  'relieving',
];

/**
 * Plans one symptom query. `attribute` undefined: presence, or (presence already told) the next two
 * attributes not yet told: progressive disclosure.
 */
export function planSymptom(ctx: PlanContext, id: string, attribute: SymptomAttribute | undefined): void {
  const symptom = ctx.record.presentation.symptoms.find((s) => s.id === id);
  if (!symptom) {
    const via = BODY_PART[id];
    if (via) {
      for (const s of ctx.record.presentation.symptoms) {
        if (s.attributes.radiation && via.test(s.attributes.radiation)) {
          planAttribute(ctx, s, 'radiation');
          return;
        }
        if (s.attributes.site && via.test(s.attributes.site)) {
          planAttribute(ctx, s, 'site');
          return;
        }
      }
    }
    const alternative = (ANSWERED_BY[id] ?? [])
      .map((alt) => ctx.record.presentation.symptoms.find((s) => s.id === alt))
      .find((s) => s !== undefined);
    if (alternative) {
      planSymptom(ctx, alternative.id, attribute);
      return;
    }
    planAbsence(ctx, id);
    return;
  }
  if (attribute !== undefined) {
    planAttribute(ctx, symptom, attribute);
    return;
  }
  if (!alreadySaid(ctx, `symptom:${id}`)) {
    planPresence(ctx, symptom);
    return;
  }
  const a = symptom.attributes;
  const has: Record<SymptomAttribute, boolean> = {
    site: a.site !== undefined,
    onset: a.onset !== undefined || a.started !== undefined,
    duration: a.started !== undefined,
    character: a.character !== undefined,
    radiation: a.radiation !== undefined,
    associated: false,
    timing: a.timing !== undefined,
    exacerbating: a.exacerbating !== undefined,
    relieving: a.relieving !== undefined,
    severity: a.severity !== undefined,
  };
  const next = TELL_MORE_ORDER.filter(
    (attr) => has[attr] && !alreadySaid(ctx, `symptom:${id}/${attr}`),
  ).slice(0, 2);
  if (next.length === 0) {
    planPresence(ctx, symptom);
    return;
  }
  for (const attr of next) planAttribute(ctx, symptom, attr);
}
