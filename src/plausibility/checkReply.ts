/**
 * The plausibility checker: every reply is checked against the record, the memory and this turn's
 * plan before anyone sees it. Code, not another model call; pure and fast (the indexes of the record
 * and the ontology are built once and cached).
 */
import { analyseReply, type ReplyContext } from './analyseReply.ts';
import type { ReplyViolation } from './ReplyViolation.ts';
import { character } from './rules/character.ts';
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
  const analysis = analyseReply(reply, ctx);
  const out: ReplyViolation[] = [];
  for (const rule of REPLY_RULES) out.push(...rule(analysis));
  return out;
}
