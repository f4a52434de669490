import { describe, expect, it } from 'vitest';
import { runConsistency } from '../../bench/consistency.bench.ts';

describe('consistency over scripted interviews of every condition', () => {
  // one interview per condition here; the benchmark runs 1,000
  const report = runConsistency(30);

  it('covers every condition of the knowledge base', () => {
    expect(report.interviews).toBe(30);
    expect(report.conditions).toBeGreaterThan(0);
  });

  it('never contradicts an earlier answer or the record', () => {
    expect(report.betweenAnswers).toEqual([]);
    expect(report.withRecord).toEqual([]);
  });

  it('never names the diagnosis', () => {
    expect(report.leaks).toEqual([]);
  });

  it('understands most scripted questions as intended', () => {
    expect(report.understoodAsIntended / report.intents).toBeGreaterThan(0.85);
  });
});
