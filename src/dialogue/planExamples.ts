/**
 * Examples of how the patient says each fact of this turn's plan, from the knowledge base's own
 * patient sentences: "I've been coughing up blood." for a symptom the patient has, "No, I haven't
 * had any chest pain." for one they deny. They keep a model's wording plain and recognisable. Only the
 * sentence the plan chose is given: the others may not be true of this patient.
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
    // the knowledge-base sentence the plan chose for this patient, which is true of them (fitSentences);
    // another of the symptom's sentences may not be ("No, it's a dry cough" without a cough)
    const own = f.status === 'absent' ? def.denial : f.status === 'present' ? def.lay : [];
    const example = own.includes(f.value) ? f.value : undefined;
    if (example) out[f.fact] = example;
  }
  return out;
}
