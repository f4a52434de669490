/** Discord's permission computation (base from roles, then channel overwrites), for the fake. */
import { PermissionFlagsBits } from 'discord.js';

export const ALL_PERMISSIONS = Object.values(PermissionFlagsBits).reduce((a, b) => a | b, 0n);

export interface Overwrite {
  id: string;
  /** 0 = role, 1 = member */
  type: 0 | 1;
  allow: string;
  deny: string;
}

export interface PermissionInput {
  guildId: string;
  ownerId: string;
  userId: string;
  memberRoleIds: readonly string[];
  rolePermissions: ReadonlyMap<string, bigint>;
  overwrites: readonly Overwrite[];
}

/** The member's permissions in a channel with `overwrites` (threads pass their parent's). */
export function computePermissions(input: PermissionInput): bigint {
  if (input.userId === input.ownerId) return ALL_PERMISSIONS;
  let base = input.rolePermissions.get(input.guildId) ?? 0n;
  for (const roleId of input.memberRoleIds) base |= input.rolePermissions.get(roleId) ?? 0n;
  if ((base & PermissionFlagsBits.Administrator) !== 0n) return ALL_PERMISSIONS;

  const everyone = input.overwrites.find((o) => o.id === input.guildId);
  if (everyone) {
    base &= ~BigInt(everyone.deny);
    base |= BigInt(everyone.allow);
  }
  let allow = 0n;
  let deny = 0n;
  for (const o of input.overwrites) {
    if (o.type === 0 && input.memberRoleIds.includes(o.id)) {
      allow |= BigInt(o.allow);
      deny |= BigInt(o.deny);
    }
  }
  base &= ~deny;
  base |= allow;
  const member = input.overwrites.find((o) => o.type === 1 && o.id === input.userId);
  if (member) {
    base &= ~BigInt(member.deny);
    base |= BigInt(member.allow);
  }
  if ((base & PermissionFlagsBits.ViewChannel) === 0n) return 0n;
  return base;
}
