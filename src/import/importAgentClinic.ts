/**
 * Converts the text of an AgentClinic OSCE file (JSON lines) case by case. Blank lines are ignored;
 * case numbers count the other lines from 0, as AgentClinic numbers its scenarios.
 */
import type { Ontology } from '../ontology/Ontology.ts';
import { fromAgentClinic, type ImportedCase } from './fromAgentClinic.ts';
import type { ImportResult } from './importResult.ts';
import { parseAgentClinicCase } from './parseAgentClinicCase.ts';

export interface CaseOutcome {
  /** The case number (0-based, blank lines not counted): the record's seed is `agentclinic:<index>`. */
  index: number;
  /** The line in the file (1-based), for messages. */
  line: number;
  result: ImportResult<ImportedCase>;
}

/** One outcome per non-blank line of `text`, lazily, in file order. */
export function* importAgentClinic(text: string, ontology: Ontology): Generator<CaseOutcome> {
  let index = 0;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]?.trim() ?? '';
    if (raw === '') continue;
    const parsed = parseAgentClinicCase(raw);
    yield { index, line: i + 1, result: parsed.ok ? fromAgentClinic(parsed.value, index, ontology) : parsed };
    index++;
  }
}
