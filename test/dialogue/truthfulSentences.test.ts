/**
 * The knowledge base's patient sentences are written for one symptom, and some say more than that
 * ("No, it's a dry cough, nothing comes up"). The offline patient must only say the ones true of them:
 * regressions for what the consistency benchmark's reply checker found in offline replies.
 */
import { describe, expect, it } from 'vitest';
import { plan } from '../../src/dialogue/plan.ts';
import { planExamples } from '../../src/dialogue/planExamples.ts';
import { render } from '../../src/dialogue/render.ts';
import { emptyMemory } from '../../src/domain/dialogue.ts';
import type { Query } from '../../src/domain/query.ts';
import type { PatientRecord } from '../../src/domain/record.ts';
import { generatePatient } from '../../src/generate/generatePatient.ts';
import { checkReply } from '../../src/plausibility/checkReply.ts';
import { knowledge } from './knowledge.ts';

const { ontology } = knowledge();
const conditions = [...ontology.conditions.values()].sort((a, b) => a.id.localeCompare(b.id));

const q = (topic: Query['topic'], target?: string): Query => ({
  topic,
  ...(target !== undefined ? { target } : {}),
  confidence: 1,
  span: '',
});

/** Generated patients, a few of every condition (seeded, so the same every run). */
const patients: PatientRecord[] = [];
for (let n = 0; n < 12; n++) {
  for (const c of conditions) {
    const g = generatePatient(ontology, { specialty: c.specialty, seed: `truthful-${n}`, condition: c.id });
    if (g.ok) patients.push(g.value);
  }
}
const has = (r: PatientRecord, id: string) => r.presentation.symptoms.some((s) => s.id === id);
/** The first generated patient that fits; the tests need at least one. */
function patientWhere(fits: (r: PatientRecord) => boolean): PatientRecord {
  const r = patients.find(fits);
  if (!r) throw new Error('no generated patient fits');
  return r;
}

/** The offline answer to one query, with the checker's verdict on it. */
function answer(record: PatientRecord, query: Query) {
  const memory = emptyMemory();
  const disclosure = plan([query], record, memory, ontology);
  const reply = render(disclosure, record, memory);
  const violations = checkReply(reply, { record, memory, disclosure, ontology });
  return { disclosure, reply, violations };
}

describe('symptom denials true of the patient', () => {
  it('GIVEN a patient with no cough WHEN asked about phlegm THEN they never say "it\'s a dry cough"', () => {
    const withoutCough = patients.filter((r) =>
      ['cough', 'sputum', 'haemoptysis'].every((id) => !has(r, id)),
    );
    expect(withoutCough.length).toBeGreaterThan(10);
    for (const r of withoutCough) {
      const { disclosure, reply } = answer(r, q('symptom', 'sputum'));
      expect(reply).not.toMatch(/cough/i);
      // nor is a model shown it as the example
      expect(Object.values(planExamples(disclosure, ontology)).join(' ')).not.toMatch(/cough/i);
    }
  });

  it('GIVEN a patient with reflux disease WHEN asked about heartburn THEN they do not deny it', () => {
    const r = patientWhere((p) => p.history.conditions.some((c) => c.id === 'gord') && !has(p, 'heartburn'));
    const { reply, violations } = answer(r, q('symptom', 'heartburn'));
    expect(reply).not.toMatch(/heartburn|reflux|acid/i);
    expect(violations).toEqual([]);
  });

  it('GIVEN a patient gaining fluid weight WHEN asked about weight loss THEN they do not say their weight is steady', () => {
    const r = patientWhere((p) => has(p, 'fluid-weight-gain') && !has(p, 'weight-loss'));
    const { reply, violations } = answer(r, q('symptom', 'weight-loss'));
    expect(reply).not.toMatch(/steady/i);
    expect(violations).toEqual([]);
  });

  it('GIVEN any generated patient WHEN asked about each symptom they lack THEN no denial denies one they have', () => {
    const bad: string[] = [];
    for (const r of patients.slice(0, conditions.length)) {
      for (const s of ontology.symptoms.values()) {
        if (has(r, s.id)) continue;
        const { reply, violations } = answer(r, q('symptom', s.id));
        for (const v of violations) bad.push(`${r.condition.id} ${s.id}: "${reply}" ${v.rule}/${v.code}`);
      }
    }
    expect(bad).toEqual([]);
  }, 120_000);
});

describe('symptom sentences true of the patient', () => {
  it('GIVEN a patient with a fever WHEN asked about it THEN they give no temperature reading', () => {
    for (const r of patients.filter((p) => has(p, 'fever') && p.presentation.chiefComplaint !== 'fever')) {
      const { reply, violations } = answer(r, q('symptom', 'fever'));
      expect(reply).not.toMatch(/\d/);
      expect(violations).toEqual([]);
    }
  });

  it('GIVEN a swelling in both ankles WHEN the patient says they have it THEN they name no other joint', () => {
    const r = patientWhere((p) =>
      p.presentation.symptoms.some((s) => s.id === 'joint-swelling' && /ankle/.test(s.attributes.site ?? '')),
    );
    const { reply } = answer(r, q('symptom', 'joint-swelling'));
    expect(reply).not.toMatch(/knee|finger|toe/i);
  });

  it('GIVEN heartburn WHEN the patient is on no antacid THEN they name none', () => {
    const r = patientWhere((p) => has(p, 'heartburn') && p.presentation.chiefComplaint !== 'heartburn');
    const { reply, violations } = answer(r, q('symptom', 'heartburn'));
    if (!r.history.medications.some((m) => m.id === 'alginate-antacid'))
      expect(reply).not.toMatch(/gaviscon/i);
    expect(violations).toEqual([]);
  });
});

describe('history sentences', () => {
  it('GIVEN a recreational drug WHEN asked THEN the patient says their own sentence once', () => {
    const r = patientWhere((p) => p.history.social.drugs.length > 0);
    const { reply, violations } = answer(r, q('drugs'));
    expect(reply).not.toMatch(/I've used I/);
    expect(reply).not.toMatch(/\.\./);
    expect(violations).toEqual([]);
  });

  it('GIVEN rheumatic fever as a child WHEN asked about past illness THEN no recent date is put on it', () => {
    const r = patientWhere((p) => p.history.conditions.some((c) => c.id === 'rheumatic-fever-history'));
    const { reply, violations } = answer(r, q('pmh'));
    expect(reply).toMatch(/rheumatic fever as a child\./);
    expect(reply).not.toMatch(/as a child, \w+ years? ago/);
    expect(violations).toEqual([]);
  });
});
