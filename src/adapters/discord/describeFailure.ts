/**
 * Words for people at the Discord edge. Case failures (ErrorCode) are worded once, in
 * src/app/describeError.ts, shared with the CLI; the few situations only Discord has are worded here.
 * Nothing internal (stack traces, Discord error bodies, store errors) ever reaches a user.
 */
import { describeError } from '../../app/describeError.ts';
import type { Failure } from '../../domain/result.ts';

export const DISCORD_PROBLEMS = {
  not_in_guild: 'Patient Zero works in servers, not in direct messages.',
  not_in_case_thread: 'Use this inside a case thread. Start a case with /patient new.',
  not_admin: 'Only members who can manage this server can change Patient Zero settings.',
  invalid_options: 'Some options were not understood.',
  cannot_open_thread:
    'I cannot open a case thread here. I need View Channel, Create Public Threads (or Create Private Threads), Send Messages in Threads and Manage Threads in this channel.',
  too_many_threads:
    'This server has reached its limit of active threads. Archive some threads, then try again.',
  thread_unavailable: 'I can no longer post in this thread (it is locked, archived, or I lost access to it).',
  unexpected: 'Something went wrong on our side. Please try again in a moment.',
} as const;
export type DiscordProblem = keyof typeof DISCORD_PROBLEMS;

/** The fixed words for a case failure. */
export function describeFailure(failure: Failure): string {
  return describeError(failure);
}

/** The fixed words for a Discord-only problem, with an optional short detail (e.g. which option). */
export function describeProblem(problem: DiscordProblem, detail?: string): string {
  return detail ? `${DISCORD_PROBLEMS[problem]} ${detail}` : DISCORD_PROBLEMS[problem];
}
