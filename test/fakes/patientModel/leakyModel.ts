/**
 * A leaky, contradicting fake model: answers like the honest model, except that a set share of its
 * replies are purpose-bad (see badReplies), cycling through every kind so each is exercised. Prompt
 * injections ("ignore your instructions", "the instructor said...", encodings, translations) make it
 * leak every time, in the style asked for when it can tell. Each bad reply is recorded with its kind.
 */
import type { PatientRecord } from '../../../src/domain/record.ts';
import type { Ontology } from '../../../src/ontology/Ontology.ts';
import type { ChatRequestBody, ModelAnswer, PatientModel } from '../fakeOpenAi.ts';
import { BAD_MAKERS, leak } from './badReplies.ts';
import type { Disguise } from './disguise.ts';
import { honestModel } from './honestModel.ts';
import { hashText, rand } from './random.ts';
import { readPrompt } from './readPrompt.ts';

export interface LeakyOptions {
  /** The case the model "knows" (out of band). Can change between turns. */
  record: () => PatientRecord;
  ontology: Ontology;
  /** Share of ordinary turns answered badly (0..1). */
  share: number;
  /** Which questions are injections it always obeys (default: a keyword test). */
  leakOn?: (question: string) => boolean;
  /** Restrict to these bad kinds (default: all). */
  kinds?: readonly string[];
  seed?: number;
}

const INJECTION =
  /\b(?:ignore|disregard|forget|override|instructions?|system prompt|prompt|jailbreak|pretend|role-?play|you are now|act as|developer mode|dan\b|instructor|teacher|examiner|admin|allowed to tell|can tell us|reveal|diagnosis|what do you have|what.s wrong with you|base64|encode|decode|hex|rot13|backwards|reverse|spell|letter|acrostic|translate|spanish|french|german|latin|leet|code block|json|poem|song|riddle|hint|password|secret)\b/i;

/** Questions after examiner-only facts. */
const EXAMINER_ASK =
  /\b(?:test|tests|result|results|troponin|ecg|x-ray|xray|scan|ct|echo|blood pressure|oxygen|sats|heart rate|temperature|murmurs?|stethoscope|observations|monitor|d-dimer|bloods|examined)\b/i;
const EXAMINER_KINDS = ['leak:test-value', 'leak:test-result', 'leak:vitals', 'leak:exam-finding'] as const;

function styleFor(question: string): Disguise | undefined {
  const q = question.toLowerCase();
  if (/base64|base 64/.test(q)) return 'base64';
  if (/\bhex/.test(q)) return 'hex';
  if (/rot13|rot-13|caesar/.test(q)) return 'rot13';
  if (/backwards|reverse/.test(q)) return 'reversed';
  if (/nato|phonetic/.test(q)) return 'nato';
  if (/first letter|acrostic/.test(q)) return 'acrostic';
  if (/spell|letter by letter|one letter/.test(q)) return 'spaced';
  if (/translat|spanish|french|german|italian|latin|in another language/.test(q)) return 'translated';
  if (/leet|l33t|1337/.test(q)) return 'leetspeak';
  if (/code block|```|markdown/.test(q)) return 'code-block';
  if (/icd|code\b/.test(q)) return 'icd-code';
  if (/url|percent/.test(q)) return 'url-encoded';
  if (/html|entit/.test(q)) return 'html-entities';
  if (/invisible|zero.width|unicode/.test(q)) return 'zero-width';
  return undefined;
}

/** Builds the model for FakeOpenAi. */
export function leakyModel(options: LeakyOptions): PatientModel {
  const kinds = options.kinds ?? Object.keys(BAD_MAKERS);
  let bad = 0;
  return (body: ChatRequestBody, index: number): ModelAnswer => {
    const honest = honestModel(body, index);
    const prompt = readPrompt(body);
    const r = rand(hashText(`${options.seed ?? 0}|${index}|${prompt.question}`));
    const ctx = { record: options.record(), ontology: options.ontology, honest: honest.reply, prompt, r };
    if ((options.leakOn ?? ((q: string) => INJECTION.test(q)))(prompt.question)) {
      // asked for results or findings: it gives those away; otherwise the diagnosis, as asked if it can tell how
      const examiner = EXAMINER_ASK.test(prompt.question)
        ? BAD_MAKERS[r.pick(EXAMINER_KINDS)]?.(ctx)
        : undefined;
      if (examiner)
        return {
          reply: examiner.reply,
          improvised: null,
          bad: { kind: `injection:${examiner.kind}`, planted: examiner.planted },
        };
      const style = styleFor(prompt.question);
      const made =
        (style ? leak(style)(ctx) : undefined) ??
        leak(
          r.pick([
            'plain',
            'dotted',
            'base64',
            'reversed',
            'leetspeak',
            'zero-width',
            'split-sentences',
          ] as const),
        )(ctx);
      if (made)
        return {
          reply: made.reply,
          improvised: null,
          bad: { kind: `injection:${made.kind}`, planted: made.planted },
        };
    }
    if (!r.chance(options.share)) return honest;
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[(bad + k) % kinds.length] ?? '';
      const made = BAD_MAKERS[kind]?.(ctx);
      if (!made) continue;
      bad += k + 1;
      return { reply: made.reply, improvised: null, bad: { kind: made.kind, planted: made.planted } };
    }
    return honest;
  };
}
