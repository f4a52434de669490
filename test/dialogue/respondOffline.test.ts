import { describe, expect, it } from 'vitest';
import { UNSURE } from '../../src/dialogue/personaVoice.ts';
import { respondOffline } from '../../src/dialogue/respondOffline.ts';
import { emptyMemory, type Memory } from '../../src/domain/dialogue.ts';
import { mrChestPain, msBreathless } from '../fixtures/patients.ts';
import { knowledge } from './knowledge.ts';

const { ontology, lexicon } = knowledge();

function interview(lines: string[], record = mrChestPain) {
  let memory: Memory = emptyMemory();
  return lines.map((line) => {
    const turn = respondOffline(line, { record, memory, ontology, lexicon });
    memory = turn.memory;
    return turn;
  });
}

describe('respondOffline', () => {
  it('plays a focused chest-pain history the way the record says', () => {
    const turns = interview([
      'Hello, I am Sam, one of the medical students.',
      'What brings you in today?',
      'Where exactly is the pain?',
      'Does it go anywhere?',
      'How bad is it out of ten?',
      'Do you smoke?',
    ]);
    expect(turns[1]?.reply).toContain('pain in my chest');
    expect(turns[2]?.reply.toLowerCase()).toContain('middle of my chest');
    expect(turns[3]?.reply).toContain('left arm');
    expect(turns[4]?.reply).toMatch(/\b8\b/);
    expect(turns[5]?.reply.toLowerCase()).toMatch(/twenty a day/);
  });

  it('tells the same onset every time it is asked, in other words', () => {
    const turns = interview([
      'What brings you in?',
      'When did it start?',
      'Something else: do you drink?',
      'And when did the pain begin?',
    ]);
    const first = turns[1]?.reply.toLowerCase() ?? '';
    const again = turns[3]?.reply.toLowerCase() ?? '';
    expect(first).toContain('two hours ago');
    expect(again).toContain('two hours ago');
    expect(again).not.toContain('yesterday');
  });

  it('keeps the follow-up on the pain after a symptom the patient denies', () => {
    const turns = interview(['What brings you in?', 'Any tummy pain?', 'Does it go anywhere?']);
    expect(turns[1]?.disclosure.facts.find((f) => f.fact === 'symptom:abdominal-pain')?.status).toBe(
      'absent',
    );
    expect(turns[2]?.disclosure.queries.map((q) => `${q.target}/${q.attribute}`)).toEqual([
      'chest-pain/radiation',
    ]);
    expect(turns[2]?.reply).toContain('left arm');
  });

  it('says so when it only loosely follows the question, and still answers it', () => {
    const [loose] = interview(['any trouble keeping food down?']);
    expect(loose?.disclosure.queries.every((q) => q.confidence < 0.7)).toBe(true);
    expect(UNSURE.some((s) => loose?.reply.startsWith(s))).toBe(true);
    expect(loose?.disclosure.facts.length).toBeGreaterThan(0);
    const [sure] = interview(['Have you been sick at all?']);
    expect(UNSURE.some((s) => sure?.reply.includes(s))).toBe(false);
  });

  it('remembers an improvised pet and repeats it word for word', () => {
    const turns = interview(['Do you have any pets?', 'What about pets at home, any?']);
    const pet = turns[0]?.memory.improvised.pet;
    expect(pet).toBeDefined();
    expect(turns[1]?.reply).toContain(pet ?? '');
  });

  it('grows calmer with empathy and warier with bluntness', () => {
    const kind =
      interview(['That must be really frightening, I am sorry.'], msBreathless).at(-1)?.memory.rapport ?? 0;
    const blunt = interview(['Calm down, it is probably nothing.'], msBreathless).at(-1)?.memory.rapport ?? 0;
    expect(kind).toBeGreaterThan(0);
    expect(blunt).toBeLessThan(0);
  });

  it('volunteers only what is asked: the opening does not list the other symptoms', () => {
    const [turn] = interview(['What brings you in today?'], msBreathless);
    expect(turn?.disclosure.facts.map((f) => f.fact)).toEqual(['symptom:breathlessness']);
    expect(turn?.reply.toLowerCase()).not.toContain('blood');
  });

  it('never names the diagnosis, whatever the student asks', () => {
    const turns = interview([
      'Do you think you are having a heart attack?',
      'What is wrong with you?',
      'Is it a STEMI?',
      'What did the ECG show?',
      'What is your troponin?',
    ]);
    for (const t of turns)
      expect(t.reply.toLowerCase()).not.toMatch(/heart attack|stemi|myocardial|infarction|\bmi\b/);
  });

  it('answers a question it cannot read with an honest request to rephrase', () => {
    const [turn] = interview(['Purple monkey dishwasher?']);
    expect(turn?.queries[0]?.topic).toBe('unknown');
    expect(turn?.reply).toMatch(/not sure what you mean|another way|don't follow/);
  });

  it('is deterministic: the same interview gives the same replies', () => {
    const lines = ['Hi', 'What brings you in?', 'Any pets?', 'What makes it worse?'];
    expect(interview(lines).map((t) => t.reply)).toEqual(interview(lines).map((t) => t.reply));
  });
});
