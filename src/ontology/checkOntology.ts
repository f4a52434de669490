/**
 * Cross-reference and sanity checks over the whole knowledge base: every id resolves, ranges are
 * ordered and physiological, every condition is deep enough to teach from. Pure; reports every problem.
 */
import { TOPICS } from '../domain/query.ts';
import type { Ontology } from './Ontology.ts';
import { PREGNANCY_EXPOSURE } from './pregnancy.ts';
import { presentationOf } from './presentationOf.ts';
import type { OntologyProblem } from './problem.ts';
import type { ConditionDef, GivenNamesOfDecade, HistoryEffect, Range, VitalsPattern } from './schema.ts';

/** The least a condition must hold to be worth playing (issue: knowledge-base depth). */
export const MIN_DEPTH = {
  symptoms: 6,
  pertinentNegatives: 3,
  findings: 4,
  investigations: 3,
  differentials: 3,
  mustAsk: 5,
  teachingPoints: 3,
  references: 1,
} as const;

/** Limits of a living adult's vital signs; a pattern outside them is a knowledge-base error. */
export const VITAL_LIMITS: Record<keyof VitalsPattern, Range> = {
  heartRate: { low: 20, high: 250 },
  systolic: { low: 50, high: 280 },
  diastolic: { low: 20, high: 180 },
  respiratoryRate: { low: 4, high: 60 },
  spo2: { low: 50, high: 100 },
  temperature: { low: 32, high: 43 },
};

const TOPIC_SET = new Set<string>(TOPICS);

export function checkOntology(o: Ontology): OntologyProblem[] {
  const problems: OntologyProblem[] = [];
  const fileOf = (kind: string, id: string): string => o.origin.get(`${kind}:${id}`) ?? '?';

  for (const d of o.duplicates) {
    for (const file of new Set(d.paths)) {
      problems.push({
        file,
        path: '',
        code: 'duplicate_id',
        message: `${d.key} is defined more than once: ${d.paths.join(', ')}`,
      });
    }
  }
  if (!o.demographics) {
    problems.push({
      file: '(knowledge base)',
      path: '',
      code: 'unknown_id',
      message: 'no demographics file',
    });
  }
  if (o.demographics) problems.push(...checkGivenNames(o.demographics.givenNames, '(demographics file)'));
  if (o.personas.size === 0) {
    problems.push({
      file: '(knowledge base)',
      path: '',
      code: 'unknown_id',
      message: 'no persona archetypes',
    });
  }

  const medicationClasses = new Set([...o.medications.values()].map((m) => m.class));
  for (const c of o.chronicConditions.values()) {
    c.medications.forEach((m, i) => {
      if (!o.medications.has(m)) {
        problems.push({
          file: fileOf('chronic-condition', c.id),
          path: `conditions[${c.id}].medications[${i}]`,
          code: 'unknown_id',
          message: `unknown medication "${m}"`,
        });
      }
    });
  }
  for (const c of o.chronicConditions.values()) {
    c.pregnancyMedications?.forEach((m, i) => {
      const def = o.medications.get(m);
      const path = `conditions[${c.id}].pregnancyMedications[${i}]`;
      if (!def) {
        problems.push({
          file: fileOf('chronic-condition', c.id),
          path,
          code: 'unknown_id',
          message: `unknown medication "${m}"`,
        });
      } else if (def.pregnancy === 'avoid' || def.sex === 'male') {
        problems.push({
          file: fileOf('chronic-condition', c.id),
          path,
          code: 'inconsistent',
          message: `"${m}" is listed for pregnancy but is ${def.sex === 'male' ? 'male-only' : 'marked pregnancy: avoid'}`,
        });
      }
    });
    if (c.pregnancyMedications !== undefined && c.sex === 'male') {
      problems.push({
        file: fileOf('chronic-condition', c.id),
        path: `conditions[${c.id}].pregnancyMedications`,
        code: 'inconsistent',
        message: 'a male-only condition has no pregnancy medicines',
      });
    }
  }
  for (const m of o.medications.values()) {
    if (m.pregnancy !== undefined && m.sex === 'male') {
      problems.push({
        file: fileOf('medication', m.id),
        path: `medications[${m.id}].pregnancy`,
        code: 'inconsistent',
        message: 'a male-only medicine has no pregnancy advice',
      });
    }
  }
  for (const c of o.chronicConditions.values()) {
    problems.push(...checkEffects(o, c.effects, fileOf('chronic-condition', c.id), `conditions[${c.id}]`));
  }
  for (const m of o.medications.values()) {
    problems.push(...checkEffects(o, m.effects, fileOf('medication', m.id), `medications[${m.id}]`));
  }
  for (const s of o.surgeries.values()) {
    s.requires.forEach((r, i) => {
      if (!o.chronicConditions.has(r) && !o.medications.has(r)) {
        problems.push({
          file: fileOf('surgery', s.id),
          path: `surgeries[${s.id}].requires[${i}]`,
          code: 'unknown_id',
          message: `unknown chronic condition or medication "${r}"`,
        });
      }
    });
    if (s.endsFertility && s.sex === 'male') {
      problems.push({
        file: fileOf('surgery', s.id),
        path: `surgeries[${s.id}].endsFertility`,
        code: 'inconsistent',
        message: 'only an operation on a woman can end a pregnancy being possible',
      });
    }
  }
  for (const a of o.allergies.values()) {
    if (a.drugClass && !medicationClasses.has(a.drugClass)) {
      problems.push({
        file: fileOf('allergy', a.id),
        path: `allergies[${a.id}].drugClass`,
        code: 'unknown_id',
        message: `no medication has class "${a.drugClass}"`,
      });
    }
  }
  for (const [i, e] of o.ice.entries()) {
    for (const s of e.symptoms) {
      if (!o.symptoms.has(s)) {
        problems.push({
          file: 'ice',
          path: `ice[${i}].symptoms`,
          code: 'unknown_id',
          message: `unknown symptom "${s}"`,
        });
      }
    }
  }
  for (const inv of o.investigations.values()) {
    if (inv.type !== 'numeric') continue;
    const file = fileOf('investigation', inv.id);
    if (inv.limits.low > inv.limits.high) {
      problems.push({
        file,
        path: `investigations[${inv.id}].limits`,
        code: 'bad_range',
        message: 'low > high',
      });
    }
    inv.ranges.forEach((r, i) => {
      const path = `investigations[${inv.id}].ranges[${i}]`;
      if (r.low > r.high)
        problems.push({ file, path, code: 'bad_range', message: `low ${r.low} > high ${r.high}` });
      if (r.low < inv.limits.low || r.high > inv.limits.high) {
        problems.push({
          file,
          path,
          code: 'not_physiological',
          message: 'reference range outside the limits',
        });
      }
    });
  }

  for (const c of o.conditions.values()) problems.push(...checkCondition(o, c, fileOf('condition', c.id)));
  return problems;
}

/** Each effect names a known test and gives a value within its limits (numeric) or report texts (qualitative). */
function checkEffects(
  o: Ontology,
  effects: readonly HistoryEffect[],
  file: string,
  at: string,
): OntologyProblem[] {
  const problems: OntologyProblem[] = [];
  effects.forEach((e, i) => {
    const path = `${at}.effects[${i}]`;
    const def = o.investigations.get(e.investigation);
    if (!def) {
      problems.push({
        file,
        path,
        code: 'unknown_id',
        message: `unknown investigation "${e.investigation}"`,
      });
    } else if (def.type === 'numeric') {
      if ('value' in e) checkRange(problems, file, `${path}.value`, e.value, def.limits);
      else
        problems.push({
          file,
          path,
          code: 'inconsistent',
          message: `"${e.investigation}" is numeric: give value {low, high}`,
        });
    } else if (!('text' in e)) {
      problems.push({
        file,
        path,
        code: 'inconsistent',
        message: `"${e.investigation}" is qualitative: give text options`,
      });
    }
  });
  return problems;
}

function checkRange(problems: OntologyProblem[], file: string, path: string, r: Range, limits?: Range): void {
  if (r.low > r.high)
    problems.push({ file, path, code: 'bad_range', message: `low ${r.low} > high ${r.high}` });
  if (limits && (r.low < limits.low || r.high > limits.high)) {
    problems.push({
      file,
      path,
      code: 'not_physiological',
      message: `${r.low}–${r.high} is outside ${limits.low}–${limits.high}`,
    });
  }
}

function checkCondition(o: Ontology, c: ConditionDef, file: string): OntologyProblem[] {
  const problems: OntologyProblem[] = [];
  const unknown = (path: string, what: string, id: string): void => {
    problems.push({ file, path, code: 'unknown_id', message: `unknown ${what} "${id}"` });
  };

  const specialty = o.specialties.get(c.specialty);
  if (!specialty) {
    problems.push({
      file,
      path: 'specialty',
      code: 'unreachable',
      message: `specialty "${c.specialty}" is not in specialties.yaml, so no case can reach this condition`,
    });
  }
  if (!(c.age.min <= c.age.mode && c.age.mode <= c.age.max)) {
    problems.push({ file, path: 'age', code: 'bad_range', message: 'need min ≤ mode ≤ max' });
  }
  if (c.age.min < 16) {
    problems.push({
      file,
      path: 'age.min',
      code: 'inconsistent',
      message: 'patients are adults (16 or older)',
    });
  }

  const symptomIds = new Set(c.symptoms.map((s) => s.id));
  const checkSymptom = (path: string, s: ConditionDef['symptoms'][number]): void => {
    const def = o.symptoms.get(s.id);
    if (!def) {
      unknown(`${path}.id`, 'symptom', s.id);
      return;
    }
    if (def.sex === 'male' && c.maleProbability < 1) {
      problems.push({
        file,
        path,
        code: 'inconsistent',
        message: `"${s.id}" is male-only but females can have ${c.id}`,
      });
    }
    if (def.sex === 'female' && c.maleProbability > 0) {
      problems.push({
        file,
        path,
        code: 'inconsistent',
        message: `"${s.id}" is female-only but males can have ${c.id}`,
      });
    }
    for (const attr of Object.keys(s.attributes)) {
      const name = attr === 'started' ? 'duration' : attr;
      if (!(def.attributes as string[]).includes(name)) {
        problems.push({
          file,
          path: `${path}.attributes.${attr}`,
          code: 'inconsistent',
          message: `symptom "${s.id}" does not take the attribute "${name}" (vocabulary allows: ${def.attributes.join(', ') || 'none'})`,
        });
      }
    }
    const a = s.attributes;
    if (a.severity)
      checkRange(problems, file, `${path}.attributes.severity`, a.severity, { low: 0, high: 10 });
    if (a.started && a.started.low > a.started.high) {
      problems.push({ file, path: `${path}.attributes.started`, code: 'bad_range', message: 'low > high' });
    }
  };
  c.symptoms.forEach((s, i) => {
    checkSymptom(`symptoms[${i}]`, s);
  });
  if (!c.symptoms.some((s) => s.chief > 0)) {
    problems.push({
      file,
      path: 'symptoms',
      code: 'inconsistent',
      message: 'no symptom can be the chief complaint',
    });
  }

  const checkFinding = (path: string, f: ConditionDef['findings'][number]): void => {
    const def = o.findings.get(f.id);
    if (!def) {
      unknown(`${path}.id`, 'finding', f.id);
      return;
    }
    if (def.sex === 'female' && c.maleProbability > 0) {
      problems.push({ file, path, code: 'inconsistent', message: `"${f.id}" is female-only` });
    }
  };
  const checkInvestigation = (path: string, inv: ConditionDef['investigations'][number]): void => {
    const def = o.investigations.get(inv.id);
    if (!def) {
      unknown(`${path}.id`, 'investigation', inv.id);
      return;
    }
    if (def.type === 'numeric') {
      if (!('value' in inv)) {
        problems.push({
          file,
          path,
          code: 'inconsistent',
          message: `"${inv.id}" is numeric: give value {low, high}`,
        });
      } else checkRange(problems, file, `${path}.value`, inv.value, def.limits);
    } else if (!('text' in inv)) {
      problems.push({
        file,
        path,
        code: 'inconsistent',
        message: `"${inv.id}" is qualitative: give text options`,
      });
    }
  };
  const checkVitals = (path: string, vitals: VitalsPattern): void => {
    for (const key of Object.keys(vitals) as (keyof VitalsPattern)[]) {
      checkRange(problems, file, `${path}.${key}`, vitals[key], VITAL_LIMITS[key]);
    }
    if (vitals.systolic.low <= vitals.diastolic.high) {
      problems.push({
        file,
        path,
        code: 'not_physiological',
        message: 'every systolic in range must exceed every diastolic (systolic.low > diastolic.high)',
      });
    }
  };

  c.atypical.forEach((v, i) => {
    const path = `atypical[${i}]`;
    v.drop.forEach((d, j) => {
      if (!symptomIds.has(d)) {
        problems.push({
          file,
          path: `${path}.drop[${j}]`,
          code: 'unknown_id',
          message: `drops "${d}", which is not a symptom of this condition`,
        });
      }
    });
    v.add.forEach((s, j) => {
      checkSymptom(`${path}.add[${j}]`, s);
    });
    v.when.anyOf?.forEach((id, j) => {
      if (!o.chronicConditions.has(id)) unknown(`${path}.when.anyOf[${j}]`, 'chronic condition', id);
    });
    const dropsOnly = (
      key: 'dropFindings' | 'dropInvestigations',
      listed: readonly { id: string }[],
      what: string,
    ): void => {
      v[key].forEach((d, j) => {
        if (!listed.some((x) => x.id === d)) {
          problems.push({
            file,
            path: `${path}.${key}[${j}]`,
            code: 'unknown_id',
            message: `drops "${d}", which is not ${what} of this condition`,
          });
        }
      });
    };
    dropsOnly('dropFindings', c.findings, 'a finding');
    dropsOnly('dropInvestigations', c.investigations, 'an investigation');
    v.addFindings.forEach((f, j) => {
      checkFinding(`${path}.addFindings[${j}]`, f);
    });
    v.addInvestigations.forEach((inv, j) => {
      checkInvestigation(`${path}.addInvestigations[${j}]`, inv);
    });
    if (Object.keys(v.vitals).length > 0) checkVitals(`${path}.vitals`, presentationOf(c, v.id).vitals);
    const kept = c.symptoms.filter((s) => !v.drop.includes(s.id)).some((s) => s.chief > 0);
    if (!kept && !v.add.some((s) => s.chief > 0)) {
      problems.push({
        file,
        path,
        code: 'inconsistent',
        message: 'this variant leaves no possible chief complaint',
      });
    }
  });

  c.pertinentNegatives.forEach((n, i) => {
    if (!o.symptoms.has(n)) unknown(`pertinentNegatives[${i}]`, 'symptom', n);
    if (symptomIds.has(n)) {
      problems.push({
        file,
        path: `pertinentNegatives[${i}]`,
        code: 'inconsistent',
        message: `"${n}" is both a symptom and a pertinent negative`,
      });
    }
  });

  c.excludeHistory.forEach((h, i) => {
    if (!o.chronicConditions.has(h) && !o.surgeries.has(h)) {
      unknown(`excludeHistory[${i}]`, 'chronic condition or operation', h);
    }
    if (c.riskFactors.some((r) => r.type === 'condition' && r.id === h)) {
      problems.push({
        file,
        path: `excludeHistory[${i}]`,
        code: 'inconsistent',
        message: `"${h}" is both a risk factor and excluded history`,
      });
    }
  });

  c.riskFactors.forEach((r, i) => {
    const path = `riskFactors[${i}]`;
    if ((r.type === 'condition' || r.type === 'family') && !o.chronicConditions.has(r.id)) {
      unknown(`${path}.id`, 'chronic condition', r.id);
    }
    if (r.type === 'medication' && !o.medications.has(r.id)) unknown(`${path}.id`, 'medication', r.id);
    if (r.type === 'exposure') {
      if (!o.exposures.has(r.id)) unknown(`${path}.id`, 'exposure', r.id);
      r.when.anyOf?.forEach((id, j) => {
        if (!o.chronicConditions.has(id)) unknown(`${path}.when.anyOf[${j}]`, 'chronic condition', id);
      });
      if ((r.id === PREGNANCY_EXPOSURE) !== (r.pregnancy !== undefined)) {
        problems.push({
          file,
          path,
          code: 'inconsistent',
          message:
            r.id === PREGNANCY_EXPOSURE
              ? 'say whether the account is of a current pregnancy or recent childbirth (pregnancy: pregnant | postpartum)'
              : `only the ${PREGNANCY_EXPOSURE} exposure says "pregnancy"`,
        });
      }
      if (r.id === PREGNANCY_EXPOSURE && r.when.sex === 'male') {
        problems.push({ file, path, code: 'inconsistent', message: 'pregnancy applies to women only' });
      }
    }
    if (r.type === 'smoking')
      checkRange(problems, file, `${path}.packYears`, r.packYears, { low: 0, high: 200 });
    if (r.type === 'alcohol')
      checkRange(problems, file, `${path}.unitsPerWeek`, r.unitsPerWeek, { low: 0, high: 300 });
  });

  checkVitals('vitals', c.vitals);

  c.findings.forEach((f, i) => {
    checkFinding(`findings[${i}]`, f);
  });
  c.investigations.forEach((inv, i) => {
    checkInvestigation(`investigations[${i}]`, inv);
  });

  c.differentials.forEach((d, i) => {
    if (d === c.id) {
      problems.push({
        file,
        path: `differentials[${i}]`,
        code: 'inconsistent',
        message: 'a condition is not its own differential',
      });
    } else if (!o.conditions.has(d) && !o.otherDiagnoses.has(d)) {
      unknown(`differentials[${i}]`, 'diagnosis (condition or other-diagnosis)', d);
    }
  });

  for (const list of ['mustAsk', 'niceToAsk'] as const) {
    c[list].forEach((h, i) => {
      h.covers.forEach((key, j) => {
        const path = `${list}[${i}].covers[${j}]`;
        const [head = '', attribute] = key.split('/');
        const [topic = '', target] = head.split(':');
        if (!TOPIC_SET.has(topic)) {
          problems.push({ file, path, code: 'unknown_id', message: `unknown topic "${topic}"` });
        } else if (topic === 'symptom' && target !== undefined && !o.symptoms.has(target)) {
          unknown(path, 'symptom', target);
        } else if (topic === 'ros' && target !== undefined && !o.systems.has(target)) {
          unknown(path, 'body system', target);
        } else if (topic === 'exposure' && target !== undefined && !o.exposures.has(target)) {
          unknown(path, 'exposure', target);
        }
        if (attribute !== undefined && topic !== 'symptom') {
          problems.push({
            file,
            path,
            code: 'inconsistent',
            message: 'only symptom keys take an /attribute',
          });
        }
      });
    });
  }

  const depth: Record<keyof typeof MIN_DEPTH, number> = {
    symptoms: c.symptoms.length,
    pertinentNegatives: c.pertinentNegatives.length,
    findings: c.findings.length,
    investigations: c.investigations.length,
    differentials: c.differentials.length,
    mustAsk: c.mustAsk.length,
    teachingPoints: c.teachingPoints.length,
    references: c.references.length,
  };
  for (const [key, min] of Object.entries(MIN_DEPTH) as [keyof typeof MIN_DEPTH, number][]) {
    if (depth[key] < min) {
      problems.push({
        file,
        path: key,
        code: 'too_shallow',
        message: `${depth[key]} ${key}; at least ${min} needed`,
      });
    }
  }
  return problems;
}

/** Given-name decades: each the first year of a decade, listed once. */
function checkGivenNames(list: readonly GivenNamesOfDecade[], file: string): OntologyProblem[] {
  const problems: OntologyProblem[] = [];
  const seen = new Set<number>();
  list.forEach((d, i) => {
    if (d.born % 10 !== 0) {
      problems.push({
        file,
        path: `givenNames[${i}].born`,
        code: 'inconsistent',
        message: `${d.born} is not the first year of a decade`,
      });
    }
    if (seen.has(d.born)) {
      problems.push({
        file,
        path: `givenNames[${i}].born`,
        code: 'duplicate_id',
        message: `the ${d.born}s are listed more than once`,
      });
    }
    seen.add(d.born);
  });
  return problems;
}
