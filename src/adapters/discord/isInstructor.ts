/**
 * Who counts as an instructor: a member with the configured instructor role, or with Manage Threads
 * (Administrator implies it) in the channel. Decided in code from what Discord sent with the
 * interaction, never from the command's default permissions alone.
 */
import { PermissionFlagsBits, type PermissionsBitField } from 'discord.js';

export interface MemberFacts {
  roleIds: readonly string[];
  /** The member's permissions in the channel, as Discord computed them for the interaction. */
  permissions: Readonly<PermissionsBitField> | null;
}

export function isInstructor(member: MemberFacts, instructorRoleId: string | undefined): boolean {
  if (instructorRoleId && member.roleIds.includes(instructorRoleId)) return true;
  return member.permissions?.has(PermissionFlagsBits.ManageThreads) ?? false;
}

/** Guild settings may be changed by members who may manage the guild. */
export function isGuildAdmin(member: MemberFacts): boolean {
  return member.permissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
}
