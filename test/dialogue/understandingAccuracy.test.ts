import { describe, expect, it } from 'vitest';
import { understand } from '../../src/dialogue/understand.ts';
import { isCorrect, loadQuestionSet, type QuestionSetName } from '../fixtures/questionSet.ts';
import { knowledge } from './knowledge.ts';

const { lexicon } = knowledge();

function accuracy(name: QuestionSetName): { correct: number; total: number; size: number } {
  const items = loadQuestionSet(name);
  let correct = 0;
  for (const item of items) {
    const focus: { symptom?: string; topic?: string } = {};
    if (item.focus !== undefined) focus.symptom = item.focus;
    if (item.topic !== undefined) focus.topic = item.topic;
    if (isCorrect(understand(item.q, focus, lexicon), item.expect)) correct++;
  }
  return { correct, total: items.length, size: items.length };
}

describe('understanding accuracy on the labelled question sets', () => {
  it('has at least 400 labelled questions in all', () => {
    expect(loadQuestionSet('dev').length + loadQuestionSet('heldout').length).toBeGreaterThanOrEqual(400);
  });

  it('understands at least 97% of the development set exactly', () => {
    const { correct, total } = accuracy('dev');
    expect(correct / total).toBeGreaterThanOrEqual(0.97);
  });

  it('understands at least 85% of the held-out set exactly (never tuned on)', () => {
    const { correct, total } = accuracy('heldout');
    expect(correct / total).toBeGreaterThanOrEqual(0.85);
  });
});
