/**
 * The model's answer: the schema sent as strict structured output (every field required; what may be
 * absent is nullable, not optional) and re-validated here whatever the server claims to enforce.
 */
import { z } from 'zod';
import type { PhraseOutput } from '../../cases/Phraser.ts';
import { fail, ok, type Result } from '../../domain/result.ts';

export const ModelReply = z.strictObject({
  reply: z.string().describe('What the patient says, as one chat message.'),
  improvised: z
    .array(
      z.strictObject({
        key: z.string().describe('short kebab-case name of the detail, e.g. "dog-name"'),
        value: z.string().describe('the detail, e.g. "a collie called Max"'),
      }),
    )
    .nullable()
    .describe('Harmless personal details you made up in this reply, or null.'),
});
export type ModelReply = z.infer<typeof ModelReply>;

/** The limits applied on top of the schema (servers do not enforce lengths). */
const Checked = ModelReply.extend({
  reply: z.string().trim().min(1).max(2_000),
  improvised: z
    .array(
      z.strictObject({ key: z.string().trim().min(1).max(60), value: z.string().trim().min(1).max(200) }),
    )
    .max(5)
    .nullable(),
});

/** The JSON object in a message: the whole content, or the first {...} when a server wraps it in a code fence. */
function extractJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch {
    const start = content.indexOf('{');
    const end = content.lastIndexOf('}');
    if (start < 0 || end <= start) throw new SyntaxError('no JSON object');
    return JSON.parse(content.slice(start, end + 1));
  }
}

/** Parses and validates a message's content; failures carry `reason: 'malformed' | 'schema' | 'empty'`. */
export function parseModelContent(content: string | null | undefined): Result<PhraseOutput> {
  if (content === null || content === undefined || content.trim() === '')
    return fail('llm_unavailable', { reason: 'empty' });
  let raw: unknown;
  try {
    raw = extractJson(content);
  } catch {
    return fail('llm_unavailable', { reason: 'malformed' });
  }
  const parsed = Checked.safeParse(raw);
  if (!parsed.success) {
    return fail('llm_unavailable', {
      reason: 'schema',
      issues: parsed.error.issues.slice(0, 3).map((i) => i.message),
    });
  }
  return ok({ reply: parsed.data.reply, improvised: parsed.data.improvised ?? [] });
}
