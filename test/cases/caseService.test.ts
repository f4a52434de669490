import { beforeAll, describe, expect, it } from 'vitest';
import { createCaseStore } from '../../src/adapters/storage/createCaseStore.ts';
import { type Knowledge, loadKnowledge } from '../../src/app/loadKnowledge.ts';
import { CaseService } from '../../src/cases/CaseService.ts';
import { mrChestPain } from '../fixtures/patients.ts';

let knowledge: Knowledge;

beforeAll(() => {
  const loaded = loadKnowledge();
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  knowledge = loaded.value;
});

function newService(): CaseService {
  let now = 1_700_000_000_000;
  return new CaseService({
    store: createCaseStore({ url: 'memory://', namespace: 'test' }),
    ontology: knowledge.ontology,
    lexicon: knowledge.lexicon,
    retentionMs: 3_600_000,
    clock: () => (now += 1000),
  });
}

const where = (sourceId?: string) => ({ key: 'g1:t1', userId: 'u1', ...(sourceId ? { sourceId } : {}) });

describe('CaseService', () => {
  it('GIVEN a cardiology request THEN it starts a case whose title and triage never name the diagnosis', async () => {
    const service = newService();
    for (const seed of ['1', '2', '3', '4', '5', '6', '7', '8']) {
      const started = await service.start({ key: `k${seed}`, userId: 'u1', specialty: 'cardiology', seed });
      expect(started.ok).toBe(true);
      if (!started.ok) continue;
      const names = knowledge.ontology.diagnosisNames(started.value.state.record.condition.id);
      const shown = `${started.value.title}\n${started.value.triage}`.toLowerCase();
      for (const name of names) {
        if (name.length >= 4)
          expect(shown).not.toMatch(
            new RegExp(`\\b${name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`),
          );
      }
      expect(started.value.title.length).toBeLessThanOrEqual(100);
    }
  });

  it('GIVEN an unknown specialty THEN start fails with the valid specialties listed', async () => {
    const started = await newService().start({ key: 'k', userId: 'u1', specialty: 'dermatology', seed: '1' });
    expect(started.ok).toBe(false);
    if (started.ok) return;
    expect(started.error.code).toBe('unknown_specialty');
    expect(started.error.detail?.valid).toEqual(expect.arrayContaining(['cardiology', 'respiratory']));
  });

  it('GIVEN the same message id twice THEN the patient answers once and the transcript holds one question', async () => {
    const service = newService();
    await service.start({ ...where(), specialty: 'cardiology', record: mrChestPain });
    const first = await service.ask({ ...where('m1'), text: 'Where exactly is the pain?' });
    const second = await service.ask({ ...where('m1'), text: 'Where exactly is the pain?' });
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok || !second.ok) return;
    expect(first.value.duplicate).toBe(false);
    expect(second.value.duplicate).toBe(true);
    expect(second.value.text).toBe(first.value.text);
    const state = await service.get('g1:t1');
    expect(state.ok && state.value.transcript.filter((t) => t.kind === 'ask')).toHaveLength(1);
  });

  it('GIVEN many questions at once THEN every one is answered, in arrival order, one turn at a time', async () => {
    const service = newService();
    await service.start({ ...where(), specialty: 'cardiology', record: mrChestPain });
    const questions = [
      'Hello, I am one of the students.',
      'Do you smoke?',
      'Any allergies?',
      'Do you drink alcohol?',
      'What medicines do you take?',
      'Any family history of heart problems?',
    ];
    const replies = await Promise.all(
      questions.map((text, i) => service.ask({ key: 'g1:t1', userId: `u${i % 3}`, sourceId: `m${i}`, text })),
    );
    expect(replies.every((r) => r.ok)).toBe(true);
    const state = await service.get('g1:t1');
    if (!state.ok) throw new Error('no state');
    expect(state.value.transcript.filter((t) => t.kind === 'ask').map((t) => t.text)).toEqual(questions);
    expect(state.value.version).toBe(questions.length);
    expect(state.value.coverage.smoking).toEqual(['u1']);
    expect(state.value.coverage.allergies).toEqual(['u2']);
  });

  it('GIVEN examination and test commands THEN results come from the record, and unknown names get suggestions', async () => {
    const service = newService();
    await service.start({ ...where(), specialty: 'cardiology', record: mrChestPain });
    const vitals = await service.vitals(where());
    expect(vitals.ok && vitals.value.text).toContain(
      `${mrChestPain.vitals.systolic}/${mrChestPain.vitals.diastolic}`,
    );
    const exam = await service.examine({ ...where(), system: 'cardiovascular' });
    expect(exam.ok).toBe(true);
    const badExam = await service.examine({ ...where(), system: 'the soul' });
    expect(!badExam.ok && badExam.error.code).toBe('unknown_system');
    const ecg = await service.order({ ...where(), test: 'ECG' });
    expect(ecg.ok && ecg.value.text.toLowerCase()).toContain('ecg');
    const typo = await service.order({ ...where(), test: 'tropnin' });
    expect(typo.ok && typo.value.text.toLowerCase()).toContain('troponin');
    const unknown = await service.order({ ...where(), test: 'unobtainium scan' });
    expect(!unknown.ok && unknown.error.code).toBe('unknown_test');
    const suggestions = unknown.ok ? [] : unknown.error.detail?.suggestions;
    expect(Array.isArray(suggestions) && suggestions.length).toBeGreaterThan(0);
  });

  it('GIVEN diagnoses and a reveal THEN the debrief scores them, lists covered must-ask points, and closes the case', async () => {
    const service = newService();
    await service.start({ ...where(), specialty: 'cardiology', record: mrChestPain });
    await service.ask({ ...where('q1'), text: 'Do you smoke?' });
    await service.diagnose({ key: 'g1:t1', userId: 'u1', text: 'STEMI' });
    await service.diagnose({ key: 'g1:t1', userId: 'u2', text: 'pericarditis' });
    await service.diagnose({ key: 'g1:t1', userId: 'u3', text: 'migraine' });
    const transcriptBefore = await service.transcript({ key: 'g1:t1' });
    expect(transcriptBefore.ok && transcriptBefore.value.json).not.toContain('migraine');
    const debrief = await service.reveal({ key: 'g1:t1', userId: 'teacher' });
    expect(debrief.ok).toBe(true);
    if (!debrief.ok) return;
    expect(debrief.value.diagnoses.map((d) => d.verdict)).toEqual(['correct', 'differential', 'incorrect']);
    expect(debrief.value.mustAsk.some((m) => m.coveredBy.includes('u1'))).toBe(true);
    expect(debrief.value.markdown).toContain(mrChestPain.condition.name);
    const after = await service.ask({ ...where('q2'), text: 'Any cough?' });
    expect(!after.ok && after.error.code).toBe('case_closed');
  });

  it('GIVEN an imported record with a test the knowledge base lacks THEN /order finds it by name', async () => {
    const service = newService();
    const record = {
      ...mrChestPain,
      investigations: [
        ...mrChestPain.investigations,
        { id: 'imported-monospot', name: 'Monospot', text: 'Negative', flag: 'normal' as const },
      ],
    };
    await service.start({ ...where(), specialty: 'cardiology', record });
    const monospot = await service.order({ ...where(), test: 'monospot' });
    expect(monospot.ok && monospot.value.text).toBe('Monospot: Negative');
  });

  it('GIVEN no case THEN every command fails with case_not_found', async () => {
    const service = newService();
    const r = await service.ask({ key: 'none', userId: 'u', text: 'hello' });
    expect(!r.ok && r.error.code).toBe('case_not_found');
    const t = await service.transcript({ key: 'none' });
    expect(!t.ok && t.error.code).toBe('case_not_found');
  });

  it('GIVEN an over-long or empty message THEN it is refused before touching the case', async () => {
    const service = newService();
    await service.start({ ...where(), specialty: 'cardiology', record: mrChestPain });
    const long = await service.ask({ ...where(), text: 'why '.repeat(500) });
    expect(!long.ok && long.error.code).toBe('input_too_long');
    const empty = await service.ask({ ...where(), text: '   ' });
    expect(!empty.ok && empty.error.code).toBe('empty_input');
  });
});
