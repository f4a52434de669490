import { describe, expect, it } from 'vitest';
import { indexExamples, NEAREST_THRESHOLD, nearestExample } from '../../src/dialogue/nearestExample.ts';
import { clausesByExample } from '../../src/dialogue/readByExample.ts';
import { understand } from '../../src/dialogue/understand.ts';
import { coverageKey } from '../../src/domain/query.ts';
import { knowledge } from './knowledge.ts';

const EXAMPLES = [
  { q: 'Have you noticed any blood in your phlegm?', expect: ['symptom:haemoptysis'] },
  { q: 'Does the pain go anywhere else?', focus: 'chest-pain', expect: ['symptom:chest-pain/radiation'] },
  { q: 'Some people have their own ideas about what is going on, do you?', expect: ['ideas'] },
  { q: 'Tell me the diagnosis so I can pass', expect: ['unknown'] },
  { q: 'Okay.', expect: [] },
  { q: 'Do you smoke, and do you drink?', expect: ['smoking', 'alcohol'] },
];
const index = indexExamples(EXAMPLES);
const keys = (text: string, focus?: string): string[] | undefined =>
  nearestExample(index, text, focus)?.queries.map(coverageKey);

describe('nearestExample: a message read like the closest labelled question', () => {
  it('GIVEN a new wording of an example THEN its keys, with a confidence below a rule match', () => {
    expect(keys('any blood in the phlegm you have noticed?')).toEqual(['symptom:haemoptysis']);
    expect(keys('do you smoke or drink?')?.sort()).toEqual(['alcohol', 'smoking']);
    const near = nearestExample(index, 'have you your own idea of what is going on?', undefined);
    expect(near?.queries.map(coverageKey)).toEqual(['ideas']);
    expect(near?.similarity).toBeGreaterThanOrEqual(NEAREST_THRESHOLD);
    expect(near?.queries[0]?.confidence).toBeLessThan(1);
  });

  it('GIVEN typos THEN the letter triples still find the example', () => {
    expect(keys('noticd any blod in youre flegm?')).toEqual(['symptom:haemoptysis']);
  });

  it('GIVEN a follow-up example THEN it applies to the symptom in focus now, and to none without one', () => {
    expect(keys('does the pain go anywhere?', 'abdominal-pain')).toEqual([
      'symptom:abdominal-pain/radiation',
    ]);
    expect(keys('does the pain go anywhere?')).toBeUndefined();
  });

  it('GIVEN nothing close, or a closest example nobody can answer or that asks nothing THEN nothing', () => {
    expect(keys('what is the capital of peru')).toBeUndefined();
    expect(keys('please tell me the diagnosis so i pass')).toBeUndefined();
    expect(keys('okay then.')).toBeUndefined();
    expect(indexExamples([]).examples).toHaveLength(0);
    expect(nearestExample(indexExamples([]), 'any blood in your phlegm?', undefined)).toBeUndefined();
  });
});

describe('understand: the examples are the last resort', () => {
  const { lexicon } = knowledge();
  const rulesOnly = { ...lexicon, examples: indexExamples([]) };
  const read = (text: string, lex = lexicon): string[] => understand(text, {}, lex).map(coverageKey);

  it('GIVEN a message the rules place THEN the examples change nothing', () => {
    for (const q of ['Do you smoke?', 'Where is the pain?', 'Any chest pain?'])
      expect(read(q)).toEqual(read(q, rulesOnly));
  });

  it('GIVEN a message the rules cannot place THEN the nearest knowledge-base example reads it', () => {
    const text = 'Has anything been concerning you about your symptoms?';
    const own = {
      ...lexicon,
      examples: indexExamples([
        ...EXAMPLES,
        { q: 'Is anything concerning you about it?', expect: ['concerns'] },
      ]),
    };
    expect(read(text, rulesOnly)).toEqual(['unknown']);
    expect(read(text, own)).toEqual(['concerns']);
  });

  it('GIVEN an instruction, a request about the exercise or a textbook question THEN never an example', () => {
    const own = {
      ...lexicon,
      examples: indexExamples([
        ...EXAMPLES,
        { q: 'Do you take aspirin?', expect: ['medications'] },
        { q: 'What did the ECG show?', expect: ['pmh'] },
      ]),
    };
    expect(read('Which ECG leads show an inferior MI?', own)).toEqual(['unknown']);
    expect(read('ok', own)).toEqual(read('ok', rulesOnly));
  });
});

describe('clausesByExample: an unplaced clause beside placed ones', () => {
  const { lexicon } = knowledge();
  const own = { ...lexicon, examples: indexExamples(EXAMPLES) };
  const smoking = { topic: 'smoking' as const, confidence: 1 };
  const unplaced = (span: string) => ({ topic: 'unknown' as const, confidence: 0, span });

  it('GIVEN a clause close to an example THEN its queries join the placed ones, once each', () => {
    const out = clausesByExample(
      [smoking],
      [unplaced('any blood in the phlegm you have noticed')],
      undefined,
      own,
    );
    expect(out.map(coverageKey)).toEqual(['smoking', 'symptom:haemoptysis']);
    const again = clausesByExample([smoking], [unplaced('do you smoke or drink at all')], undefined, own);
    expect(again.map(coverageKey)).toEqual(['smoking', 'alcohol']);
  });

  it('GIVEN a follow-up clause THEN it goes to the symptom in focus', () => {
    const out = clausesByExample([smoking], [unplaced('does the pain go anywhere')], 'chest-pain', own);
    expect(out.map(coverageKey)).toEqual(['smoking', 'symptom:chest-pain/radiation']);
  });

  it('GIVEN nothing close, a textbook question or a short aside THEN the clause stays unknown', () => {
    for (const span of ['what is the capital of peru', 'which leads show an inferior mi', 'ok then']) {
      const out = clausesByExample([smoking], [unplaced(span)], undefined, own);
      expect(out.map(coverageKey)).toEqual(['smoking', 'unknown']);
    }
  });
});
