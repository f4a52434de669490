import { describe, expect, it } from 'vitest';
import { PatientRecord } from '../../src/domain/record.ts';
import { GENERATOR_VERSION, generatePatient } from '../../src/generate/generatePatient.ts';
import { generatePatients } from '../../src/generate/generatePatients.ts';
import { loadOntology } from '../../src/ontology/loadOntology.ts';
import { checkRecord } from '../../src/plausibility/checkRecord.ts';
import { buildOntology, TINY_FILES, tinyOntology } from './tinyOntology.ts';

const tiny = tinyOntology();

function records(
  specialty: string,
  count: number,
  extra: { difficulty?: 'easy' | 'medium' | 'hard'; condition?: string } = {},
) {
  const out: PatientRecord[] = [];
  for (const item of generatePatients(tiny, { specialty, seed: 'test', count, ...extra })) {
    if (!item.ok) throw new Error(JSON.stringify(item.error));
    out.push(item.value.record);
  }
  return out;
}

describe('generatePatient: determinism', () => {
  it('GIVEN the same seed and knowledge base THEN the record is byte-identical', () => {
    const a = generatePatient(tiny, { specialty: 'cardiology', seed: '7' });
    const b = generatePatient(tinyOntology(), { specialty: 'cardiology', seed: '7' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('GIVEN the real knowledge base loaded twice THEN every specialty gives byte-identical records', () => {
    const first = loadOntology().ontology;
    const second = loadOntology().ontology;
    for (const s of first.playableSpecialties()) {
      for (const seed of ['1', '2', 'abc']) {
        const a = generatePatient(first, { specialty: s.id, seed });
        const b = generatePatient(second, { specialty: s.id, seed });
        expect(a.ok).toBe(true);
        expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      }
    }
  });

  it('GIVEN different seeds THEN the records differ', () => {
    const texts = new Set(records('cardiology', 50).map((r) => JSON.stringify({ ...r, id: '', seed: '' })));
    expect(texts.size).toBe(50);
  });

  it('GIVEN a record THEN it carries its seed, the generator version and the knowledge-base version and parses', () => {
    const r = generatePatient(tiny, { specialty: 'respiratory', seed: 'carry' });
    if (!r.ok) throw new Error('expected a record');
    expect(r.value.seed).toBe('carry');
    expect(r.value.generatorVersion).toBe(GENERATOR_VERSION);
    expect(r.value.ontologyVersion).toBe('tiny-1');
    expect(PatientRecord.parse(r.value)).toEqual(r.value);
  });

  it('GIVEN a different knowledge-base version THEN the record id changes with it', () => {
    const a = generatePatient(tiny, { specialty: 'cardiology', seed: '7' });
    const b = generatePatient(buildOntology(TINY_FILES, 'tiny-2'), { specialty: 'cardiology', seed: '7' });
    if (!a.ok || !b.ok) throw new Error('expected records');
    expect(a.value.id).not.toBe(b.value.id);
    expect(b.value.ontologyVersion).toBe('tiny-2');
  });
});

describe('generatePatient: requests', () => {
  it('GIVEN an unknown specialty THEN fails with the playable specialties', () => {
    const r = generatePatient(tiny, { specialty: 'cardio', seed: '1' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'unknown_specialty', detail: { valid: ['cardiology', 'respiratory'] } },
    });
  });

  it('GIVEN a specialty without conditions THEN it is not playable', () => {
    const r = generatePatient(tiny, { specialty: 'dermatology', seed: '1' });
    expect(r.ok ? undefined : r.error.code).toBe('unknown_specialty');
  });

  it('GIVEN an unknown condition THEN fails with the conditions of the specialty', () => {
    const r = generatePatient(tiny, { specialty: 'cardiology', seed: '1', condition: 'test-pe' });
    expect(r).toEqual({
      ok: false,
      error: { code: 'unknown_condition', detail: { valid: ['test-angina', 'test-mi'] } },
    });
  });

  it('GIVEN an unknown difficulty THEN fails with every difficulty', () => {
    // @ts-expect-error: the CLI passes unchecked strings through the same function
    const r = generatePatient(tiny, { specialty: 'cardiology', seed: '1', difficulty: 'extreme' });
    expect(r.ok ? undefined : r.error).toEqual({
      code: 'unknown_difficulty',
      detail: { valid: ['easy', 'medium', 'hard'] },
    });
  });

  it('GIVEN a condition not played at the difficulty THEN fails with the difficulties it allows', () => {
    const r = generatePatient(tiny, {
      specialty: 'cardiology',
      seed: '1',
      condition: 'test-angina',
      difficulty: 'hard',
    });
    expect(r.ok ? undefined : r.error.code).toBe('unknown_difficulty');
    expect(r.ok ? undefined : r.error.detail?.valid).toEqual(['easy', 'medium']);
  });

  it('GIVEN a difficulty THEN only conditions played at it are picked', () => {
    const picked = new Set(records('cardiology', 200, { difficulty: 'hard' }).map((r) => r.condition.id));
    expect([...picked]).toEqual(['test-mi']);
  });

  it('GIVEN no difficulty THEN each record gets one its condition allows', () => {
    const seen = new Set<string>();
    for (const r of records('respiratory', 200)) {
      expect(['medium', 'hard']).toContain(r.difficulty);
      seen.add(r.difficulty);
    }
    expect(seen.size).toBe(2);
  });

  it('GIVEN relative frequencies 3:1 THEN conditions are picked about 3:1', () => {
    const all = records('cardiology', 4000, { difficulty: 'medium' });
    const share = all.filter((r) => r.condition.id === 'test-mi').length / all.length;
    expect(share).toBeGreaterThan(0.72);
    expect(share).toBeLessThan(0.78);
  });
});

describe('generatePatients', () => {
  it('GIVEN a count THEN yields that many records, record i being the patient of seed "<seed>:<i>"', () => {
    const items = [...generatePatients(tiny, { specialty: 'cardiology', seed: 's', count: 5 })];
    expect(items).toHaveLength(5);
    const third = items[3];
    const alone = generatePatient(tiny, { specialty: 'cardiology', seed: 's:3' });
    expect(third?.ok && alone.ok && JSON.stringify(third.value.record) === JSON.stringify(alone.value)).toBe(
      true,
    );
  });

  it('GIVEN an invalid request THEN yields its failure once and stops', () => {
    const items = [...generatePatients(tiny, { specialty: 'nope', seed: 's', count: 5 })];
    expect(items).toHaveLength(1);
    expect(items[0]?.ok).toBe(false);
  });
});

describe('generatePatient: record checks and resampling', () => {
  it('GIVEN a knowledge base whose vitals can never be valid THEN fails with the violations after bounded attempts', () => {
    const broken = structuredClone(TINY_FILES);
    const mi = broken['cardiology/test-mi.yaml'] as { vitals: Record<string, { low: number; high: number }> };
    mi.vitals.systolic = { low: 60, high: 70 };
    mi.vitals.diastolic = { low: 80, high: 90 };
    const r = generatePatient(buildOntology(broken), {
      specialty: 'cardiology',
      seed: '1',
      condition: 'test-mi',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('generation_failed');
    expect(r.error.detail?.attempts).toBe(5);
    expect(JSON.stringify(r.error.detail?.violations)).toContain('"rule":"systolic-above-diastolic"');
  });

  it('GIVEN a knowledge base that is sometimes invalid THEN resamples, reports the rejections and returns a valid record', () => {
    const shaky = structuredClone(TINY_FILES);
    const mi = shaky['cardiology/test-mi.yaml'] as { vitals: Record<string, { low: number; high: number }> };
    mi.vitals.systolic = { low: 90, high: 130 };
    mi.vitals.diastolic = { low: 80, high: 120 };
    const o = buildOntology(shaky);
    let resampled = 0;
    for (const item of generatePatients(o, {
      specialty: 'cardiology',
      seed: 'x',
      count: 200,
      condition: 'test-mi',
    })) {
      if (!item.ok) continue;
      expect(checkRecord(item.value.record, o)).toEqual([]);
      if (item.value.attempts > 1) {
        resampled++;
        expect(item.value.rejected.flat().map((v) => v.rule)).toContain('systolic-above-diastolic');
      }
    }
    expect(resampled).toBeGreaterThan(0);
  });
});

describe('generatePatient: every condition of the knowledge base', () => {
  const { ontology } = loadOntology();
  const conditions = [...ontology.conditions.values()].filter((c) =>
    ontology.playableSpecialties().some((s) => s.id === c.specialty),
  );

  it('GIVEN the real knowledge base THEN has conditions to test', () => {
    expect(conditions.length).toBeGreaterThan(0);
  });

  it.each(conditions.map((c) => [c.id, c] as const))(
    'GIVEN %s at each of its difficulties THEN generates records that pass every record check',
    (_id, condition) => {
      for (const difficulty of condition.difficulty) {
        for (let i = 0; i < 20; i++) {
          const r = generatePatient(ontology, {
            specialty: condition.specialty,
            seed: `every:${i}`,
            condition: condition.id,
            difficulty,
          });
          if (!r.ok) throw new Error(`${condition.id} ${difficulty}: ${JSON.stringify(r.error)}`);
          expect(r.value.condition.id).toBe(condition.id);
          expect(r.value.difficulty).toBe(difficulty);
          expect(checkRecord(r.value, ontology)).toEqual([]);
        }
      }
    },
  );
});
