import { describe, expect, it } from 'vitest';
import { splitClauseParts } from '../../src/dialogue/splitClauses.ts';
import { understand } from '../../src/dialogue/understand.ts';
import { coverageKey } from '../../src/domain/query.ts';
import { knowledge } from './knowledge.ts';

const { lexicon } = knowledge();
const keys = (text: string, focus: { symptom?: string; topic?: string } = {}): string[] =>
  understand(text, focus, lexicon).map(coverageKey);

describe('understand: asides beside a question (asideClauses)', () => {
  it('GIVEN a remark before the question THEN the remark adds no unknown', () => {
    expect(keys('Your GP wrote us a letter - when did the pain start?', { symptom: 'chest-pain' })).toEqual([
      'symptom:chest-pain/onset',
    ]);
    expect(keys('No judgement at all, it just helps us. Do you smoke?')).toEqual(['smoking']);
  });

  it('GIVEN a list of examples after a dash THEN it illustrates the question, it is no question', () => {
    expect(keys('Where exactly is the headache - temples, forehead, the back of your head?')).toEqual([
      'symptom:headache/site',
    ]);
  });

  it('GIVEN the second half of an "X or Y?" choice the rules cannot read THEN the first half answers for both', () => {
    expect(keys('Did the breathlessness come on quickly or has it built up bit by bit?')).toEqual([
      'symptom:breathlessness/onset',
    ]);
  });

  it('GIVEN an unclear question of its own beside a clear one THEN it stays an honest unknown', () => {
    expect(keys('Do you smoke? What colour is the sky on Mars?')).toEqual(['smoking', 'unknown']);
  });

  it('GIVEN a choice split on "or" THEN its second clause is marked as the other half', () => {
    expect(splitClauseParts('did it come on suddenly or has it crept up')).toEqual([
      { text: 'did it come on suddenly', alternative: false },
      { text: 'has it crept up', alternative: true },
    ]);
    expect(splitClauseParts('do you smoke? and do you drink').map((p) => p.alternative)).toEqual([
      false,
      false,
    ]);
  });
});
