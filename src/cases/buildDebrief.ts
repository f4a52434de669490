/**
 * The instructor's debrief at reveal: the diagnosis, teaching points, which must-ask history points
 * were covered and by whom, each submitted diagnosis scored, and a scoreboard per student.
 */
import type { CaseState } from '../domain/case.ts';
import { isCovered } from '../domain/query.ts';
import type { Ontology } from '../ontology/Ontology.ts';
import type { HistoryPoint } from '../ontology/schema.ts';
import type { Debrief } from './CaseApi.ts';
import { scoreDiagnosis } from './scoreDiagnosis.ts';

function coveredBy(point: HistoryPoint, coverage: CaseState['coverage']): string[] {
  const users = new Set<string>();
  for (const key of point.covers) {
    for (const [asked, who] of Object.entries(coverage)) {
      if (isCovered(key, new Set([asked]))) for (const u of who) users.add(u);
    }
  }
  return [...users].sort();
}

const mention = (userId: string): string => `<@${userId}>`;

export function buildDebrief(state: CaseState, ontology: Ontology): Debrief {
  const condition = ontology.condition(state.record.condition.id);
  const mustAsk = (condition?.mustAsk ?? []).map((h) => ({
    text: h.text,
    coveredBy: coveredBy(h, state.coverage),
  }));
  const niceToAsk = (condition?.niceToAsk ?? []).map((h) => ({
    text: h.text,
    coveredBy: coveredBy(h, state.coverage),
  }));
  const diagnoses = state.diagnoses.map((d) => {
    const s = scoreDiagnosis(d.text, state.record.condition, ontology);
    return { userId: d.userId, text: d.text, score: s.score, verdict: s.verdict };
  });

  const users = new Set<string>();
  for (const t of state.transcript) if (t.kind === 'ask') users.add(t.author);
  for (const d of state.diagnoses) users.add(d.userId);
  const scoreboard = [...users]
    .map((userId) => ({
      userId,
      questions: state.transcript.filter((t) => t.kind === 'ask' && t.author === userId).length,
      mustAsk: mustAsk.filter((m) => m.coveredBy.includes(userId)).length,
      diagnosis: Math.max(0, ...diagnoses.filter((d) => d.userId === userId).map((d) => d.score)),
    }))
    .sort((a, b) => b.diagnosis - a.diagnosis || b.mustAsk - a.mustAsk || a.userId.localeCompare(b.userId));

  const variant =
    state.record.variant === 'typical'
      ? 'typical presentation'
      : (condition?.atypical.find((a) => a.id === state.record.variant)?.description ?? state.record.variant);

  const lines: string[] = [
    `## Diagnosis: ${state.record.condition.name} (ICD-10 ${state.record.condition.icd10.code})`,
    `Presentation: ${variant}.`,
    '',
    '### Teaching points',
    ...(condition?.teachingPoints ?? []).map((t) => `- ${t}`),
    '',
    `### Must-ask history (${mustAsk.filter((m) => m.coveredBy.length > 0).length}/${mustAsk.length} covered)`,
    ...mustAsk.map(
      (m) =>
        `- ${m.coveredBy.length > 0 ? '✅' : '❌'} ${m.text}${m.coveredBy.length > 0 ? ` — ${m.coveredBy.map(mention).join(', ')}` : ''}`,
    ),
  ];
  if (niceToAsk.length > 0) {
    lines.push(
      '',
      '### Also worth asking',
      ...niceToAsk.map((m) => `- ${m.coveredBy.length > 0 ? '✅' : '▫️'} ${m.text}`),
    );
  }
  if (condition && condition.redFlags.length > 0) {
    lines.push('', '### Red flags', ...condition.redFlags.map((r) => `- ${r}`));
  }
  lines.push('', '### Diagnoses submitted');
  if (diagnoses.length === 0) lines.push('- none');
  for (const d of diagnoses) {
    const mark =
      d.verdict === 'correct' ? '✅' : d.verdict === 'differential' ? '🟡 reasonable differential' : '❌';
    lines.push(`- ${mention(d.userId)}: "${d.text}" ${mark}`);
  }
  if (scoreboard.length > 0) {
    lines.push('', '### Scoreboard');
    for (const s of scoreboard) {
      lines.push(
        `- ${mention(s.userId)}: ${s.questions} questions, ${s.mustAsk}/${mustAsk.length} must-ask points, diagnosis ${Math.round(s.diagnosis * 100)}%`,
      );
    }
  }

  return {
    diagnosis: state.record.condition.name,
    icd10: state.record.condition.icd10.code,
    variant,
    teachingPoints: condition?.teachingPoints ?? [],
    redFlags: condition?.redFlags ?? [],
    mustAsk,
    niceToAsk,
    diagnoses,
    scoreboard,
    markdown: lines.join('\n'),
  };
}
