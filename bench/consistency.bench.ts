/**
 * Consistency of the offline patient: 1,000 scripted interviews over every condition of the knowledge
 * base (generated patients), every intent asked twice in different words. Counts contradictions
 * between answers, contradictions with the record, numbers that change between tellings, diagnosis
 * leaks, and what the project's reply checker (src/plausibility) says about the offline replies.
 */
import { buildLexicon } from '../src/dialogue/buildLexicon.ts';
import { respondOffline } from '../src/dialogue/respondOffline.ts';
import type { DisclosedFact } from '../src/domain/dialogue.ts';
import { emptyMemory } from '../src/domain/dialogue.ts';
import { coverageKey } from '../src/domain/query.ts';
import { generatePatient } from '../src/generate/generatePatient.ts';
import { loadOntology } from '../src/ontology/loadOntology.ts';
import { checkReply } from '../src/plausibility/checkReply.ts';
import { leakMatcher, memoryConflict, recordConflict, statedNumbers } from './checkDialogue.ts';
import { scriptInterview } from './interviewScript.ts';
import type { BenchSection } from './run.ts';

export const INTERVIEWS = 1000;
const CHECKER_EVERY = 10;

export interface ConsistencyReport {
  interviews: number;
  conditions: number;
  turns: number;
  facts: number;
  betweenAnswers: string[];
  withRecord: string[];
  numberDrift: string[];
  numberComparisons: number;
  leaks: string[];
  understoodAsIntended: number;
  intents: number;
  checkerViolations: Map<string, number>;
  checkerExamples: string[];
  checkedReplies: number;
}

/** Runs `count` interviews spread evenly over every condition; pure apart from the clock. */
export function runConsistency(count: number): ConsistencyReport {
  const { ontology } = loadOntology();
  const lexicon = buildLexicon(ontology);
  const conditions = [...ontology.conditions.values()].sort((a, b) => a.id.localeCompare(b.id));
  const report: ConsistencyReport = {
    interviews: 0,
    conditions: conditions.length,
    turns: 0,
    facts: 0,
    betweenAnswers: [],
    withRecord: [],
    numberDrift: [],
    numberComparisons: 0,
    leaks: [],
    understoodAsIntended: 0,
    intents: 0,
    checkerViolations: new Map(),
    checkerExamples: [],
    checkedReplies: 0,
  };
  for (let n = 0; n < count; n++) {
    const condition = conditions[n % conditions.length];
    if (!condition) continue;
    const generated = generatePatient(ontology, {
      specialty: condition.specialty,
      seed: `consistency-${n}`,
      condition: condition.id,
    });
    if (!generated.ok) continue;
    const record = generated.value;
    const leak = leakMatcher(record, ontology);
    let memory = emptyMemory();
    const told = new Map<string, DisclosedFact>();
    const numbers = new Map<string, number[]>();
    report.interviews++;
    for (const turn of scriptInterview(record, ontology)) {
      const result = respondOffline(turn.text, { record, memory, ontology, lexicon });
      report.turns++;
      report.intents++;
      const keys = result.disclosure.queries.map(coverageKey);
      if (keys.includes(turn.intent) || keys.some((k) => k.startsWith(`${turn.intent}:`)))
        report.understoodAsIntended++;
      for (const f of result.disclosure.facts) {
        report.facts++;
        const withRecord = recordConflict(f, record);
        if (withRecord) report.withRecord.push(`${record.condition.id}#${n} "${turn.text}": ${withRecord}`);
        const between = memoryConflict(f, told.get(f.fact));
        if (between) report.betweenAnswers.push(`${record.condition.id}#${n} "${turn.text}": ${between}`);
        if (!told.has(f.fact)) told.set(f.fact, f);
      }
      // a symptom must never be both had and denied
      for (const f of result.disclosure.facts) {
        const m = /^symptom:([a-z0-9-]+)$/.exec(f.fact);
        if (!m) continue;
        const opposite = [...told.values()].find(
          (o) =>
            o.fact === f.fact && o.status !== f.status && o.status !== 'unknown' && f.status !== 'unknown',
        );
        if (opposite)
          report.betweenAnswers.push(`${record.condition.id}#${n}: ${f.fact} ${opposite.status}/${f.status}`);
      }
      const only = result.disclosure.facts.length === 1 ? result.disclosure.facts[0] : undefined;
      if (
        only &&
        only.fact === turn.intent &&
        /severity|onset|duration|^smoking$|^alcohol$|^identity:age$/.test(turn.intent)
      ) {
        const stated = statedNumbers(result.reply).filter((x) => x !== 10 || !/severity/.test(turn.intent));
        const before = numbers.get(turn.intent);
        if (before === undefined) numbers.set(turn.intent, stated);
        else {
          report.numberComparisons++;
          if (before.join(',') !== stated.join(','))
            report.numberDrift.push(
              `${record.condition.id}#${n} ${turn.intent}: [${before}] then [${stated}] in "${result.reply}"`,
            );
        }
      }
      const leaked = leak(result.reply);
      if (leaked)
        report.leaks.push(`${record.condition.id}#${n} "${turn.text}" → "${result.reply}" names ${leaked}`);
      if (n % CHECKER_EVERY === 0) {
        // the reply checker is thorough and slow (~7 ms a reply): it sees every tenth interview
        for (const v of checkReply(result.reply, {
          record,
          memory,
          disclosure: result.disclosure,
          ontology,
        })) {
          const k = `${v.rule}/${v.code}`;
          report.checkerViolations.set(k, (report.checkerViolations.get(k) ?? 0) + 1);
          report.checkerExamples.push(`${k}: "${turn.text}" → "${result.reply}" (${v.evidence})`);
        }
        report.checkedReplies++;
      }
      memory = result.memory;
    }
  }
  return report;
}

const list = (items: string[], max = 8): string =>
  items.length === 0
    ? ''
    : `\n\n${items
        .slice(0, max)
        .map((i) => `- ${i}`)
        .join('\n')}${items.length > max ? `\n- … ${items.length - max} more` : ''}`;

export async function run(): Promise<BenchSection> {
  const r = runConsistency(INTERVIEWS);
  const violations = [...r.checkerViolations.entries()].sort((a, b) => b[1] - a[1]);
  const violating = violations.reduce((s, [, c]) => s + c, 0);
  const markdown = `${r.interviews} scripted offline interviews over all ${r.conditions} conditions (generated patients, seeds \`consistency-0…${INTERVIEWS - 1}\`), ${r.turns} turns, ${r.facts} disclosed facts. Every intent (SOCRATES of the chief complaint, the record's symptoms and negatives, three other symptoms, exposures, full history, ICE, improvised details) is asked twice in different words, the rewording later in the interview.

| check | result |
|---|---|
| contradictions between answers (same fact, other status or substance; a symptom had and denied) | **${r.betweenAnswers.length}** |
| contradictions with the record | **${r.withRecord.length}** |
| numbers that changed between tellings (severity, onset, duration, smoking, alcohol, age) | **${r.numberDrift.length}** of ${r.numberComparisons} compared |
| diagnosis leaks (name, synonym or abbreviation of the condition in a reply) | **${r.leaks.length}** |
| scripted questions understood as intended | ${((100 * r.understoodAsIntended) / r.intents).toFixed(1)}% (${r.understoodAsIntended}/${r.intents}) |
| reply-checker (src/plausibility) violations on offline replies | ${violating} in ${r.checkedReplies} replies |
${list(r.betweenAnswers)}${list(r.withRecord)}${list(r.numberDrift)}${list(r.leaks)}

Reply-checker violations by rule: ${violations.length === 0 ? 'none' : violations.map(([k, c]) => `\`${k}\` ${c}`).join(', ')}.`;
  return { title: 'Offline patient consistency', markdown };
}
