/**
 * `/patient transcript`: the conversation as Markdown and JSON. Before the reveal the JSON holds no
 * diagnosis; after it, the whole record is included for teaching.
 */
import type { CaseState } from '../domain/case.ts';

const LABEL: Record<string, string> = {
  triage: 'Triage',
  ask: 'Student',
  reply: 'Patient',
  exam: 'Examination',
  order: 'Result',
  vitals: 'Observations',
  hint: 'Hint',
  diagnose: 'Diagnosis submitted',
  reveal: 'Reveal',
  end: 'Case ended',
};

export function renderTranscript(state: CaseState): { markdown: string; json: string } {
  const d = state.record.demographics;
  const revealed = state.status !== 'open';
  const lines = [
    `# Patient Zero transcript: ${d.givenName} ${d.familyName}, ${d.age}`,
    '',
    `Case ${state.key} · ${state.record.specialty} · ${state.record.difficulty} · started ${new Date(state.createdAt).toISOString()}`,
    revealed ? `Diagnosis: ${state.record.condition.name}` : 'Diagnosis: not yet revealed',
    '',
  ];
  for (const t of state.transcript) {
    // private diagnoses stay private until the reveal
    if (t.kind === 'diagnose' && !revealed) continue;
    const who = t.kind === 'ask' || t.kind === 'diagnose' ? ` (user ${t.author})` : '';
    lines.push(`**${LABEL[t.kind] ?? t.kind}${who}:** ${t.text}`, '');
  }
  const json = {
    key: state.key,
    specialty: state.record.specialty,
    difficulty: state.record.difficulty,
    status: state.status,
    createdAt: state.createdAt,
    transcript: state.transcript.filter((t) => revealed || t.kind !== 'diagnose'),
    coverage: state.coverage,
    ...(revealed ? { record: state.record, diagnoses: state.diagnoses } : {}),
  };
  return { markdown: lines.join('\n'), json: JSON.stringify(json, null, 2) };
}
