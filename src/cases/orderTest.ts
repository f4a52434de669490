/** `/order <test>`: the result of one investigation with units, reference range and flag. */
import type { InvestigationResult, PatientRecord } from '../domain/record.ts';
import { fail, ok, type Result } from '../domain/result.ts';
import { resultFor } from '../generate/resultFor.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import { matchName, rankNames } from '../text/matchName.ts';

/** Candidates for `/order`: every investigation with its aliases. */
export function orderableTests(ontology: Ontology): { id: string; names: string[] }[] {
  return [...ontology.investigations.values()].map((i) => ({ id: i.id, names: [i.name, ...i.aliases] }));
}

const FLAG_WORDS: Record<InvestigationResult['flag'], string> = {
  normal: '',
  low: ' — LOW',
  high: ' — HIGH',
  abnormal: ' — ABNORMAL',
};

/** One result as a lab or radiology report line. */
export function formatResult(r: InvestigationResult): string {
  if (r.value !== undefined) {
    const range = r.range ? ` (reference ${r.range.low}–${r.range.high})` : '';
    const unit = r.unit ? ` ${r.unit}` : '';
    return `${r.name}: ${r.value}${unit}${range}${FLAG_WORDS[r.flag]}`;
  }
  return `${r.name}: ${r.text ?? 'reported normal'}`;
}

export interface OrderResult {
  id: string;
  result: InvestigationResult;
  text: string;
}

/**
 * Orders a test by name; an unknown name fails with the closest test names as suggestions. Tests that
 * only the record knows (imported cases) can be ordered too.
 */
export function orderTest(record: PatientRecord, ontology: Ontology, input: string): Result<OrderResult> {
  const tests = [
    ...orderableTests(ontology),
    ...record.investigations
      .filter((r) => !ontology.investigations.has(r.id))
      .map((r) => ({ id: r.id, names: [r.name] })),
  ];
  const match = matchName(input, tests);
  if (!match) {
    return fail('unknown_test', {
      input,
      suggestions: rankNames(input, tests)
        .slice(0, 3)
        .map((m) => ontology.investigations.get(m.id)?.name ?? m.name),
    });
  }
  const own = record.investigations.find((r) => r.id === match.id);
  const result = own ?? resultFor(record, ontology, match.id);
  return ok({ id: match.id, result, text: formatResult(result) });
}
