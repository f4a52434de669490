/**
 * How the fake patient models read a prompt: the way an LLM would, from the text alone (the sections
 * written by src/dialogue/buildPrompt.ts). Nothing here sees the record.
 */
import type { ChatRequestBody } from '../fakeOpenAi.ts';

export interface PlanFact {
  fact: string;
  status: string;
  value: string;
  example?: string;
}

export interface ReadPrompt {
  name: string;
  literacy: string;
  verbosity: string;
  mood: string;
  /** Everyday labels of the patient's symptoms, and of those they deny. */
  symptoms: { label: string; say: string; details: Record<string, string> }[];
  denies: string[];
  medications: string[];
  allergies: string[];
  family: string[];
  conditions: string[];
  smoking: string;
  alcohol: string;
  living: string;
  question: string;
  plan: PlanFact[];
  moves: string[];
  improvisedEarlier: Record<string, string>;
  isRetry: boolean;
  /** The whole prompt text (for injection detection). */
  text: string;
}

function section(text: string, title: string): string[] {
  const start = text.indexOf(`${title}\n`);
  if (start < 0) return [];
  const rest = text.slice(start + title.length + 1);
  const end = rest.search(/\n(?:[A-Z][a-z]+:\n|## )/);
  return (end < 0 ? rest : rest.slice(0, end)).split('\n');
}

function bullets(text: string, title: string): string[] {
  return section(text, title)
    .filter((l) => l.startsWith('- '))
    .map((l) => l.slice(2))
    .filter((l) => l !== 'none');
}

/** Reads a chat-completions request written by buildPrompt. */
export function readPrompt(body: ChatRequestBody): ReadPrompt {
  const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
  const user = body.messages
    .filter((m) => m.role === 'user')
    .map((m) => m.content)
    .join('\n');
  const who = /## Who you are\n([^,]+),/.exec(system);
  const persona = /Health literacy: (\w+)\. Talks: (\w+)\. Mood: (\w+)\./.exec(system);
  const symptoms: ReadPrompt['symptoms'] = [];
  const story = system.slice(system.indexOf('## Your story'), system.indexOf('## Your history'));
  for (const line of story.split('\n')) {
    const s = /^- (.+?) \(you'd say: "(.*)"\)$/.exec(line);
    if (s) {
      symptoms.push({ label: s[1] ?? '', say: s[2] ?? '', details: {} });
      continue;
    }
    const d = /^ {2}- ([^:]+): (.*)$/.exec(line);
    const last = symptoms.at(-1);
    if (d && last) last.details[d[1] ?? ''] = d[2] ?? '';
  }
  const denies =
    /You do NOT have: (.*)\.$/m
      .exec(system)?.[1]
      ?.split(', ')
      .filter((x) => x !== 'nothing listed') ?? [];
  const plan: PlanFact[] = [];
  const lines = user.split('\n');
  lines.forEach((line, i) => {
    const m = /^\d+\. \[([^\]]+)\] (\w+): (.*)$/.exec(line);
    if (!m) return;
    const fact: PlanFact = { fact: m[1] ?? '', status: m[2] ?? '', value: m[3] ?? '' };
    const ex = /^ {3}e\.g\. "(.*)"$/.exec(lines[i + 1] ?? '');
    if (ex) fact.example = ex[1] ?? '';
    plan.push(fact);
  });
  const improvisedEarlier: Record<string, string> = {};
  for (const l of bullets(user, '## Details you gave earlier (they are facts now)')) {
    const [k, ...v] = l.split(': ');
    if (k) improvisedEarlier[k] = v.join(': ');
  }
  const questionLine = /^Doctor: (".*")$/m.exec(user.slice(user.indexOf('## Now')));
  let question = '';
  try {
    question = questionLine ? (JSON.parse(questionLine[1] ?? '""') as string) : '';
  } catch {
    question = questionLine?.[1] ?? '';
  }
  return {
    name: who?.[1] ?? 'the patient',
    literacy: persona?.[1] ?? 'medium',
    verbosity: persona?.[2] ?? 'average',
    mood: persona?.[3] ?? 'calm',
    symptoms,
    denies,
    medications: bullets(system, 'Medicines:'),
    allergies: bullets(system, 'Allergies:'),
    family: bullets(system, 'Family:'),
    conditions: bullets(system, 'Conditions:'),
    smoking: /^Smoking: (.*)$/m.exec(system)?.[1] ?? '',
    alcohol: /^Alcohol: (.*)$/m.exec(system)?.[1] ?? '',
    living: /Home: ([^\n]*)\./.exec(system)?.[1] ?? '',
    question,
    plan,
    moves: /^Also: (.*)\.$/m.exec(user)?.[1]?.split(', ') ?? [],
    improvisedEarlier,
    isRetry: user.includes('## Your previous answer was refused'),
    text: `${system}\n${user}`,
  };
}
