/**
 * Understanding accuracy of the offline engine on the labelled doctor-question sets: the development
 * set the rules were tuned on and the held-out set they never were. Exact match of the set of coverage
 * keys (see test/fixtures/questionSet.ts), reported per topic.
 */
import { buildLexicon } from '../src/dialogue/buildLexicon.ts';
import { understand } from '../src/dialogue/understand.ts';
import { loadOntology } from '../src/ontology/loadOntology.ts';
import {
  isCorrect,
  itemTopic,
  loadQuestionSet,
  type QuestionSetName,
  scoredKeys,
} from '../test/fixtures/questionSet.ts';
import type { BenchSection } from './run.ts';

interface SetResult {
  name: QuestionSetName;
  total: number;
  correct: number;
  byTopic: Map<string, { total: number; correct: number }>;
  misses: string[];
}

function score(name: QuestionSetName, lexicon: ReturnType<typeof buildLexicon>): SetResult {
  const result: SetResult = { name, total: 0, correct: 0, byTopic: new Map(), misses: [] };
  for (const item of loadQuestionSet(name)) {
    const focus: { symptom?: string; topic?: string } = {};
    if (item.focus !== undefined) focus.symptom = item.focus;
    if (item.topic !== undefined) focus.topic = item.topic;
    const queries = understand(item.q, focus, lexicon);
    const ok = isCorrect(queries, item.expect);
    const topic =
      item.expect.length > 1 && new Set(item.expect.map((k) => k.split(/[:/]/)[0])).size > 1
        ? 'several'
        : itemTopic(item);
    const t = result.byTopic.get(topic) ?? { total: 0, correct: 0 };
    t.total++;
    result.total++;
    if (ok) {
      t.correct++;
      result.correct++;
    } else {
      result.misses.push(
        `"${item.q}"${item.focus ? ` (focus ${item.focus})` : ''}: expected ${item.expect.join(', ') || '(nothing)'}, got ${scoredKeys(queries, item.expect).join(', ') || '(nothing)'}`,
      );
    }
    result.byTopic.set(topic, t);
  }
  return result;
}

const pct = (c: number, t: number): string => (t === 0 ? '–' : `${((100 * c) / t).toFixed(1)}%`);

export async function run(): Promise<BenchSection> {
  const { ontology } = loadOntology();
  const lexicon = buildLexicon(ontology);
  const dev = score('dev', lexicon);
  const heldout = score('heldout', lexicon);
  const topics = [...new Set([...dev.byTopic.keys(), ...heldout.byTopic.keys()])].sort();
  const row = (t: string): string => {
    const d = dev.byTopic.get(t);
    const h = heldout.byTopic.get(t);
    return `| ${t} | ${d ? `${pct(d.correct, d.total)} (${d.correct}/${d.total})` : '–'} | ${h ? `${pct(h.correct, h.total)} (${h.correct}/${h.total})` : '–'} |`;
  };
  const markdown = `Offline understanding (\`understand\`, rules + lexicon from the knowledge base, no model) on ${dev.total + heldout.total} labelled doctor questions: \`test/fixtures/questions.dev.yaml\` (${dev.total}, tuned on) and \`test/fixtures/questions.heldout.yaml\` (${heldout.total}, written before tuning and never tuned on). A question counts as understood only when the set of coverage keys matches its label exactly (targets compared for symptom, ros and exposure; attribute for symptoms). "several" = multi-question messages.

| set | accuracy |
|---|---|
| development | **${pct(dev.correct, dev.total)}** (${dev.correct}/${dev.total}) |
| held-out | **${pct(heldout.correct, heldout.total)}** (${heldout.correct}/${heldout.total}) |

| topic | development | held-out |
|---|---|---|
${topics.map(row).join('\n')}

Held-out misses (what is still weak):

${heldout.misses.map((m) => `- ${m}`).join('\n') || '- none'}`;
  return { title: 'Understanding accuracy', markdown };
}
