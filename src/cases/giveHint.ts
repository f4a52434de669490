/**
 * `/patient hint`: a nudge that teaches without giving the answer. First the must-ask history points
 * nobody has covered, in the knowledge base's order; then the systems to examine and the tests that
 * would discriminate. Never names the diagnosis.
 */
import type { CaseState } from '../domain/case.ts';
import { isCovered } from '../domain/query.ts';
import type { Ontology } from '../ontology/Ontology.ts';

export function giveHint(state: CaseState, ontology: Ontology): string {
  const condition = ontology.condition(state.record.condition.id);
  const asked = new Set(Object.keys(state.coverage));
  const missing = (condition?.mustAsk ?? []).filter((h) => !h.covers.some((c) => isCovered(c, asked)));
  const hints: string[] = missing.map(
    (h) => `A key part of this history has not been explored yet: ${lowerFirst(h.text)}.`,
  );
  const examined = new Set(
    state.transcript
      .filter((t) => t.kind === 'exam')
      .map((t) => t.text.split(' examination')[0]?.toLowerCase()),
  );
  for (const system of new Set(state.record.examination.map((f) => f.system))) {
    const name = ontology.systems.get(system)?.name ?? system;
    if (!examined.has(name.toLowerCase())) hints.push(`Have you examined the ${name.toLowerCase()} system?`);
  }
  const ordered = new Set(
    state.transcript.filter((t) => t.kind === 'order').map((t) => t.text.split(':')[0]),
  );
  for (const r of state.record.investigations) {
    if (r.flag !== 'normal' && !ordered.has(r.name))
      hints.push(`An investigation worth ordering: ${r.name}.`);
  }
  if (hints.length === 0) {
    return 'You have covered the key points. Summarise the history back to the patient, then commit to a diagnosis with /patient diagnose.';
  }
  return hints[state.hintsGiven % hints.length] ?? hints[0] ?? '';
}

function lowerFirst(s: string): string {
  return s.length > 0 ? s[0]?.toLowerCase() + s.slice(1).replace(/\.$/, '') : s;
}
