import { describe, expect, it } from 'vitest';
import { plan } from '../../src/dialogue/plan.ts';
import { render } from '../../src/dialogue/render.ts';
import { emptyMemory } from '../../src/domain/dialogue.ts';
import type { Query } from '../../src/domain/query.ts';
import { PatientRecord } from '../../src/domain/record.ts';
import { mrChestPain, msBreathless } from '../fixtures/patients.ts';
import { knowledge } from './knowledge.ts';

const { ontology } = knowledge();
const q = (topic: Query['topic'], target?: string, attribute?: Query['attribute']): Query => ({
  topic,
  ...(target !== undefined ? { target } : {}),
  ...(attribute !== undefined ? { attribute } : {}),
  confidence: 1,
});
const reply = (queries: Query[], record = mrChestPain, turn = 0): string => {
  const memory = { ...emptyMemory(), turn };
  return render(plan(queries, record, memory, ontology), record, memory);
};

describe('render', () => {
  it('is deterministic for the same seed, turn and facts', () => {
    expect(reply([q('symptom', 'chest-pain', 'site')])).toBe(reply([q('symptom', 'chest-pain', 'site')]));
  });

  it('varies its wording across turns but keeps the substance', () => {
    const texts = new Set(
      [0, 1, 2, 3, 4, 5, 6, 7].map((t) => reply([q('symptom', 'chest-pain', 'onset')], mrChestPain, t)),
    );
    expect(texts.size).toBeGreaterThan(1);
    for (const t of texts) expect(t).toMatch(/about two hours ago/i);
  });

  it('renders durations from the record numbers ("about an hour and a half" for 90 minutes)', () => {
    const r = PatientRecord.parse({
      ...mrChestPain,
      presentation: {
        ...mrChestPain.presentation,
        symptoms: [
          { id: 'chest-pain', name: 'Chest pain', attributes: { started: { value: 90, unit: 'minutes' } } },
        ],
      },
    });
    expect(reply([q('symptom', 'chest-pain', 'duration')], r)).toMatch(/an hour and a half/);
  });

  it('speaks in the first person and names no diagnosis', () => {
    const text = reply([q('opening'), q('concerns'), q('ideas')]);
    expect(text).toMatch(/\bI\b|\bmy\b/);
    expect(text.toLowerCase()).not.toMatch(/myocardial|stemi|heart attack|infarct/);
  });

  it('lets a terse patient say less than a talkative one about the same facts', () => {
    const talkative = PatientRecord.parse({
      ...mrChestPain,
      persona: { ...mrChestPain.persona, verbosity: 'talkative', mood: 'anxious' },
    });
    const queries = [
      q('symptom', 'chest-pain', 'site'),
      q('symptom', 'chest-pain', 'character'),
      q('smoking'),
    ];
    const terseLength = [0, 1, 2, 3, 4, 5].reduce((n, t) => n + reply(queries, mrChestPain, t).length, 0);
    const talkativeLength = [0, 1, 2, 3, 4, 5].reduce((n, t) => n + reply(queries, talkative, t).length, 0);
    expect(talkativeLength).toBeGreaterThan(terseLength);
  });

  it('names medicines in lay words at low literacy and with the dose at high literacy', () => {
    const low = PatientRecord.parse({ ...mrChestPain, persona: { ...mrChestPain.persona, literacy: 'low' } });
    const high = PatientRecord.parse({
      ...mrChestPain,
      persona: { ...mrChestPain.persona, literacy: 'high' },
    });
    expect(reply([q('medications')], low)).toMatch(/my blood pressure tablet/);
    expect(reply([q('medications')], high)).toMatch(/ramipril 5 mg/);
  });

  it("says the travel history in the patient's own words", () => {
    expect(reply([q('exposure', 'long-haul-travel')], msBreathless)).toMatch(/Sydney/);
  });

  it("answers empathy in the persona's mood and an unknown question honestly", () => {
    const anxious = reply([q('empathy')], msBreathless);
    expect(anxious.length).toBeGreaterThan(0);
    expect(reply([q('unknown')])).toMatch(/not sure what you mean|another way|don't follow/);
  });

  it("turns the record's third-person home situation into the first person", () => {
    expect(reply([q('living')])).toMatch(/I live with my wife/);
  });
});
