import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ontologyCheck } from '../../src/app/cli/ontologyCheck.ts';
import { checkOntology } from '../../src/ontology/checkOntology.ts';
import {
  DEFAULT_ONTOLOGY_DIR,
  loadOntology,
  parseOntologyFile,
  readOntologyFiles,
} from '../../src/ontology/loadOntology.ts';
import { type LoadedFile, Ontology } from '../../src/ontology/Ontology.ts';
import { formatProblem, type OntologyProblem } from '../../src/ontology/problem.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/ontology');

/** Each broken fixture and the problem it must raise: [code, a fragment of the path]. */
const EXPECTED: Record<string, [OntologyProblem['code'], string]> = {
  'broken-unknown-symptom.yaml': ['unknown_id', 'symptoms[5].id'],
  'broken-probability-over-one.yaml': ['schema', 'symptoms[2].probability'],
  'broken-systolic-below-diastolic.yaml': ['not_physiological', 'vitals'],
  'broken-reversed-range.yaml': ['bad_range', 'vitals.heartRate'],
  'broken-spo2-over-100.yaml': ['not_physiological', 'vitals.spo2'],
  'broken-unknown-differential.yaml': ['unknown_id', 'differentials[2]'],
  'broken-unknown-specialty.yaml': ['unreachable', 'specialty'],
  'broken-too-shallow.yaml': ['too_shallow', 'mustAsk'],
  'broken-unknown-investigation.yaml': ['unknown_id', 'investigations[2].id'],
  'broken-troponin-out-of-limits.yaml': ['not_physiological', 'investigations[1].value'],
  'broken-negative-is-symptom.yaml': ['inconsistent', 'pertinentNegatives[2]'],
  'broken-unknown-topic.yaml': ['unknown_id', 'mustAsk[2].covers[0]'],
  'broken-attribute-not-allowed.yaml': ['inconsistent', 'symptoms[2].attributes.site'],
  'broken-missing-references.yaml': ['schema', 'references'],
  'broken-age-mode-outside-range.yaml': ['bad_range', 'age'],
  'broken-duplicate-symptom.yaml': ['duplicate_id', ''],
  'broken-yaml-syntax.yaml': ['yaml_syntax', ''],
  'broken-variant-unknown-finding.yaml': ['unknown_id', 'atypical[0].addFindings[0].id'],
  'broken-variant-spo2-over-100.yaml': ['not_physiological', 'atypical[0].vitals.spo2'],
  'broken-pregnancy-exposure-unstated.yaml': ['inconsistent', 'riskFactors[2]'],
  'broken-pregnancy-medicine-unsafe.yaml': ['inconsistent', 'pregnancyMedications[1]'],
  'broken-pregnancy-advice-male-medicine.yaml': [
    'inconsistent',
    'medications[fixture-dutasteride].pregnancy',
  ],
};

let work: string;
const key = (p: OntologyProblem) => formatProblem(p);

function copyWith(fixture: string): string {
  const dir = mkdtempSync(join(work, 'kb-'));
  cpSync(DEFAULT_ONTOLOGY_DIR, dir, { recursive: true });
  copyFileSync(join(FIXTURES, fixture), join(dir, 'cardiology', fixture));
  return dir;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'pz-ontology-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the shipped knowledge base', () => {
  it('GIVEN the real files THEN the check finds no problem', () => {
    const { problems } = loadOntology();
    expect(problems.map(key)).toEqual([]);
  });
});

describe('ontology check', () => {
  let real: LoadedFile[];
  let baseline: Set<string>;
  beforeAll(() => {
    real = readOntologyFiles().loaded;
    baseline = new Set(checkOntology(new Ontology(real, 'test')).map(key));
  });

  /** The problems a fixture adds to the real knowledge base, as if it were saved under cardiology/. */
  function problemsWith(fixture: string): OntologyProblem[] {
    const path = `cardiology/${fixture}`;
    const parsed = parseOntologyFile(readFileSync(join(FIXTURES, fixture), 'utf8'), path);
    if (!parsed.ok) return parsed.problems;
    const ontology = new Ontology([...real, { path, file: parsed.value }], 'test');
    return checkOntology(ontology).filter((p) => !baseline.has(key(p)));
  }

  it('GIVEN the valid base fixture added THEN no new problem appears (so each broken twin isolates one defect)', () => {
    expect(problemsWith('valid-condition.yaml').map(key)).toEqual([]);
  });

  it('GIVEN the fixture directory THEN every broken fixture has an expectation', () => {
    const names = readdirSync(FIXTURES).filter((f) => f.startsWith('broken-'));
    expect(names.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))(
    'GIVEN %s THEN it raises %j with its file and path',
    (name, [code, path]) => {
      const mine = problemsWith(name).filter((p) => p.file === `cardiology/${name}`);
      expect(mine).toContainEqual(expect.objectContaining({ code, path: expect.stringContaining(path) }));
    },
  );

  it('GIVEN a copy with several defects THEN the CLI lists every one and exits 1', () => {
    const dir = copyWith('broken-unknown-symptom.yaml');
    for (const extra of [
      'broken-spo2-over-100.yaml',
      'broken-yaml-syntax.yaml',
      'broken-unknown-differential.yaml',
    ]) {
      copyFileSync(join(FIXTURES, extra), join(dir, 'cardiology', extra));
    }
    const out: string[] = [];
    const err: string[] = [];
    const code = ontologyCheck(
      { out: (l) => out.push(l), err: (l) => err.push(l), prompt: () => {}, lines: async function* () {} },
      dir,
    );
    expect(code).toBe(1);
    const text = err.join('\n');
    for (const f of [
      'broken-unknown-symptom',
      'broken-spo2-over-100',
      'broken-yaml-syntax',
      'broken-unknown-differential',
    ]) {
      expect(text).toContain(`cardiology/${f}.yaml`);
    }
    expect(text).toMatch(/\d+ problems found/);
  });

  it('GIVEN the real files THEN the CLI prints the counts and exits 0', () => {
    const out: string[] = [];
    const code = ontologyCheck({
      out: (l) => out.push(l),
      err: (l) => out.push(l),
      prompt: () => {},
      lines: async function* () {},
    });
    expect(out.join('\n')).toMatch(/conditions: \d+/);
    expect(out.join('\n')).toContain('OK: no problems found');
    expect(code).toBe(0);
  });
});
