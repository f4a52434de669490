/**
 * The knowledge base's example sentences for a symptom ("No, it's a dry cough, nothing comes up") are
 * trusted in a reply only where they are true of this patient, and the checker reads the true ones
 * right on their own: each misreading fixed here is checked both ways (the true claim is accepted,
 * the false one still refused). Real generated patients, seeded.
 */
import { describe, expect, it } from 'vitest';
import type { PatientRecord } from '../../src/domain/record.ts';
import { generatePatient } from '../../src/generate/generatePatient.ts';
import { patientKnownTexts } from '../../src/plausibility/indexCase.ts';
import { trueExamples } from '../../src/plausibility/trueSentences.ts';
import { check, codes, ontology, plan } from './replyFixtures.ts';

const conditions = [...ontology.conditions.values()].sort((a, b) => a.id.localeCompare(b.id));
const patients: PatientRecord[] = [];
for (let n = 0; n < 6; n++) {
  for (const c of conditions) {
    const g = generatePatient(ontology, { specialty: c.specialty, seed: `examples-${n}`, condition: c.id });
    if (g.ok) patients.push(g.value);
  }
}
const has = (r: PatientRecord, id: string) => r.presentation.symptoms.some((s) => s.id === id);
const takes = (r: PatientRecord, id: string) => r.history.medications.some((m) => m.id === id);
const ANTIBIOTICS = ['amoxicillin', 'co-amoxiclav', 'clarithromycin', 'doxycycline', 'flucloxacillin'];

function patientWhere(fits: (r: PatientRecord) => boolean): PatientRecord {
  const r = patients.find(fits);
  if (!r) throw new Error('no generated patient fits');
  return r;
}

/** The same patient with one more symptom (the knowledge base has no condition that brings it). */
function withSymptom(r: PatientRecord, id: string): PatientRecord {
  const copy = structuredClone(r);
  copy.presentation.symptoms.push({ id, name: ontology.symptom(id)?.name ?? id, attributes: {} });
  copy.presentation.negatives = copy.presentation.negatives.filter((x) => x !== id);
  return copy;
}

const violations = (r: PatientRecord, reply: string, ...facts: Parameters<typeof plan>) =>
  codes(check(r, reply, { disclosure: plan(...facts) }));

describe('the knowledge base example sentences: trusted only when true of the patient', () => {
  it('GIVEN a patient with no cough WHEN a reply denies phlegm with "it\'s a dry cough" THEN it is refused', () => {
    const noCough = patientWhere((p) => !has(p, 'cough') && !has(p, 'sputum') && !has(p, 'haemoptysis'));
    const dry = patientWhere((p) => has(p, 'cough') && !has(p, 'sputum'));
    const reply = "No, it's a dry cough, nothing comes up.";
    expect(violations(noCough, reply, ['symptom:sputum', 'absent', 'No.'])).not.toEqual([]);
    expect(violations(dry, reply, ['symptom:sputum', 'absent', 'No.'])).toEqual([]);
  });

  it('GIVEN a patient with reflux disease WHEN a reply says "No acid or reflux" THEN it is refused', () => {
    const gord = patientWhere(
      (p) => p.history.conditions.some((c) => c.id === 'gord') && !has(p, 'heartburn'),
    );
    const other = patientWhere((p) => p.history.conditions.length === 0 && !has(p, 'heartburn'));
    expect(violations(gord, 'No acid or reflux.', ['symptom:heartburn', 'absent', 'No.'])).not.toEqual([]);
    expect(violations(other, 'No acid or reflux.', ['symptom:heartburn', 'absent', 'No.'])).toEqual([]);
  });

  it('GIVEN a patient who takes no antacid THEN "I\'m living on Gaviscon" is not trusted', () => {
    const r = withSymptom(
      patientWhere((p) => !takes(p, 'alginate-antacid')),
      'heartburn',
    );
    expect(trueExamples('lay', 'heartburn', r, ontology).join(' ')).not.toMatch(/Gaviscon/);
    const reply = "I've got terrible heartburn, I'm living on Gaviscon.";
    expect(violations(r, reply, ['symptom:heartburn', 'present', 'Yes.'])).toContain(
      'unsupported/new_medication',
    );
  });
});

describe('misreadings of true sentences, fixed both ways', () => {
  const healthy = patientWhere(
    (p) => !['poor-sleep', 'loss-of-interest', 'breathlessness', 'stridor'].some((id) => has(p, id)),
  );

  it('GIVEN "I sleep well" THEN it denies poor sleep (not claims it)', () => {
    expect(violations(healthy, 'No, I sleep well.')).toEqual([]);
    expect(violations(withSymptom(healthy, 'poor-sleep'), 'No, I sleep well.')).toContain(
      'contradiction/symptom_denied',
    );
    expect(violations(healthy, "I haven't been sleeping at all.")).toContain('unsupported/new_symptom');
    expect(violations(withSymptom(healthy, 'poor-sleep'), "I don't sleep much these days.")).toEqual([]);
  });

  it('GIVEN "I\'m still interested in things" THEN it denies loss of interest', () => {
    expect(violations(healthy, "No, I'm still interested in things.")).toEqual([]);
    expect(
      violations(withSymptom(healthy, 'loss-of-interest'), "No, I'm still interested in things."),
    ).toContain('contradiction/symptom_denied');
    expect(violations(healthy, "I'm not interested in things any more.")).toContain(
      'unsupported/new_symptom',
    );
  });

  it('GIVEN "no noise when I breathe in" THEN breathing in is no claim of breathlessness', () => {
    // nothing in the patient's own story speaks of breath (those words would be trusted)
    const r = patientWhere(
      (p) =>
        !['breathlessness', 'stridor'].some((id) => has(p, id)) &&
        !patientKnownTexts(p, ontology).some((t) => /breath/i.test(t)),
    );
    expect(violations(r, "No, there's no noise when I breathe in.")).toEqual([]);
    expect(violations(r, 'It only hurts when I take a deep breath.')).not.toContain(
      'unsupported/new_symptom',
    );
    expect(violations(r, "My breathing's been really bad.")).toContain('unsupported/new_symptom');
    expect(violations(r, 'I can hardly breathe.')).toContain('unsupported/new_symptom');
  });

  it('GIVEN "I hardly ever need antibiotics" THEN it claims no antibiotic', () => {
    const r = patientWhere((p) => !ANTIBIOTICS.some((id) => takes(p, id)));
    expect(violations(r, 'No, I hardly ever need antibiotics.')).toEqual([]);
    expect(violations(r, 'I need antibiotics every few months.')).toContain('unsupported/new_medication');
  });

  it('GIVEN "a cold sweat" THEN it is sweating, not a cold', () => {
    const sweaty = patientWhere((p) => has(p, 'sweating') && !has(p, 'coryza'));
    const dry = patientWhere((p) => !has(p, 'sweating') && has(p, 'coryza'));
    expect(violations(sweaty, 'I came out in a cold sweat.')).toEqual([]);
    expect(trueExamples('lay', 'sweating', sweaty, ontology)).toContain('I came out in a cold sweat.');
    expect(violations(dry, 'I came out in a cold sweat.')).toContain('unsupported/new_symptom');
  });

  it('GIVEN a sentence read two ways THEN its specific words decide (stairs, feverish)', () => {
    const exertion = patientWhere((p) => has(p, 'exertional-breathlessness') && !has(p, 'breathlessness'));
    expect(trueExamples('lay', 'exertional-breathlessness', exertion, ontology)).toContain(
      'I get out of breath walking up the stairs now.',
    );
    const fever = patientWhere((p) => has(p, 'fever') && !has(p, 'heat-intolerance'));
    expect(trueExamples('lay', 'fever', fever, ontology)).toContain("I've felt really hot and feverish.");
    expect(violations(healthy, "I've felt really hot and feverish.")).toContain('unsupported/new_symptom');
  });

  it('GIVEN a yes in negative words ("I haven\'t been for a poo in five days") THEN it is not read as a no', () => {
    const fact = (id: string): Parameters<typeof plan>[0] => [`symptom:${id}`, 'present', 'Yes.'];
    const wee = withSymptom(healthy, 'reduced-urine-output');
    expect(
      violations(wee, "I don't think I've been for a wee since yesterday.", fact('reduced-urine-output')),
    ).not.toContain('contradiction/plan_denied');
    expect(violations(wee, "I don't think so, no.", fact('reduced-urine-output'))).toContain(
      'contradiction/plan_denied',
    );
    const poo = withSymptom(healthy, 'constipation');
    expect(violations(poo, "I haven't been for a poo in five days.", fact('constipation'))).toEqual([]);
    expect(violations(poo, "I haven't had any trouble with that.", fact('constipation'))).toContain(
      'contradiction/plan_denied',
    );
  });

  it('GIVEN "however much I drink" about thirst THEN it is not read as drinking alcohol', () => {
    const r = withSymptom(
      patientWhere((p) => p.history.social.alcoholUnitsPerWeek === 0),
      'thirst',
    );
    expect(violations(r, 'My mouth feels dry however much I drink.')).toEqual([]);
    expect(violations(r, 'I drink a bottle of wine most nights.')).toContain('contradiction/alcohol_differs');
  });
});
