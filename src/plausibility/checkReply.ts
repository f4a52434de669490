/**
 * The plausibility checker: every reply is checked against the record, the memory and this turn's
 * plan before anyone sees it. Code, not another model call; pure and fast (the indexes of the record
 * and the ontology are built once and cached).
 */
import { analyseReply, type ReplyContext } from './analyseReply.ts';
import { type ReplyViolation, violation } from './ReplyViolation.ts';
import { character, replyLengthLimit } from './rules/character.ts';
import { historyClaims } from './rules/historyClaims.ts';
import { leakClinical } from './rules/leakClinical.ts';
import { leakDiagnosis } from './rules/leakDiagnosis.ts';
import { memoryClaims } from './rules/memoryClaims.ts';
import { symptomAttributes } from './rules/symptomAttributes.ts';
import { symptomClaims } from './rules/symptomClaims.ts';

export type { ReplyContext } from './analyseReply.ts';
export type { ReplyRule, ReplyViolation } from './ReplyViolation.ts';

/** The rules in the order their violations are reported (leaks first: they matter most). */
export const REPLY_RULES = [
  leakDiagnosis,
  leakClinical,
  symptomClaims,
  symptomAttributes,
  historyClaims,
  memoryClaims,
  character,
] as const;

/**
 * Checks one reply. Returns every violation found (empty = the reply may be posted). Never throws on
 * odd input: an empty or strange reply is itself a violation.
 */
export function checkReply(reply: string, ctx: ReplyContext): ReplyViolation[] {
  // far too long to post: refused at once, without reading it (bounds the checker's cost)
  const limit = replyLengthLimit(ctx.record.persona.verbosity, ctx.disclosure.facts.length);
  if (reply.length > 1.5 * limit) {
    return [
      violation(
        'character',
        'too_long',
        `The reply is far too long for this patient (${reply.length} characters; keep it under ${limit}).`,
        reply.slice(0, 60),
      ),
    ];
  }
  const analysis = analyseReply(reply, ctx);
  const out: ReplyViolation[] = [];
  for (const rule of REPLY_RULES) out.push(...rule(analysis));
  return out;
}

/**
 * Builds everything the checks of one case need (its indexes and phrases), so that the first reply of
 * a case costs no more than the others. Call when a case starts; checking works without it.
 */
export function prepareReplyChecks(record: ReplyContext['record'], ontology: ReplyContext['ontology']): void {
  checkReply('', {
    record,
    ontology,
    memory: { disclosed: {}, improvised: {}, focus: {}, rapport: 0, turn: 0 },
    disclosure: { queries: [], facts: [], moves: [] },
  });
}
