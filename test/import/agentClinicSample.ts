/** The hand-written, simulated AgentClinic sample (test/fixtures/agentclinic-sample.jsonl), converted once. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type CaseOutcome, importAgentClinic } from '../../src/import/importAgentClinic.ts';
import { loadOntology } from '../../src/ontology/loadOntology.ts';

export const SAMPLE_PATH = fileURLToPath(new URL('../fixtures/agentclinic-sample.jsonl', import.meta.url));
export const sampleText = readFileSync(SAMPLE_PATH, 'utf8');
export const { ontology } = loadOntology();

/** Every outcome of the sample: a STEMI, a pneumothorax, an appendicitis (not in the knowledge base), a broken line. */
export function importSample(): CaseOutcome[] {
  return [...importAgentClinic(sampleText, ontology)];
}
