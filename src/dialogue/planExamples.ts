/**
 * Examples of how the patient says each fact of this turn's plan, from the knowledge base's own
 * patient sentences: "I've been coughing up blood." for a symptom the patient has, "No, I haven't
 * had any chest pain." for one they deny. They keep a model's wording plain and recognisable.
 */
import type { Disclosure } from '../domain/dialogue.ts';
import type { Ontology } from '../ontology/Ontology.ts';

/** Fact key → one example sentence, for symptom presence and absence facts. Pure. */
export function planExamples(disclosure: Disclosure, ontology: Ontology): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of disclosure.facts) {
    const m = /^symptom:([a-z0-9-]+)$/.exec(f.fact);
    if (!m) continue;
    const def = ontology.symptom(m[1] ?? '');
    if (!def) continue;
    const example = f.status === 'absent' ? def.denial[0] : f.status === 'present' ? def.lay[0] : undefined;
    if (example) out[f.fact] = example;
  }
  return out;
}
