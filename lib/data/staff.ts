import 'server-only';
import { prisma } from '../db';
import type { Role } from '../auth/roles';
import { INVITE_PREFIX } from '../auth/staff-accounts';
import { recordAuditEvent, type Actor } from './audit-log';

export interface StaffRow {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  /** False until an invited person has chosen a password. */
  hasPassword: boolean;
  activeSessions: number;
  createdAt: Date;
}

export async function listStaff(): Promise<StaffRow[]> {
  const now = new Date();
  const users = await prisma.user.findMany({
    orderBy: { createdAt: 'asc' },
    include: { accounts: { where: { providerId: 'credential' }, select: { id: true } }, sessions: { where: { expiresAt: { gt: now } }, select: { id: true } } },
  });
  return users.map((u) => ({
    id: u.id, email: u.email, name: u.name, role: u.role as Role, active: u.active, hasPassword: u.accounts.length > 0,
    activeSessions: u.sessions.length, createdAt: u.createdAt,
  }));
}

export async function findStaff(id: string) {
  return prisma.user.findUnique({ where: { id }, select: { id: true, email: true, role: true, active: true } });
}

/**
 * Changes a role or deactivates an account, ends its sessions (the new rights apply at once) and records
 * it, in one transaction.
 */
export async function updateStaff(actor: Actor, id: string, change: { role: Role } | { active: boolean }): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id }, select: { email: true, role: true, active: true } });
    if (!before) return false;
    await tx.user.update({ where: { id }, data: change });
    await tx.session.deleteMany({ where: { userId: id } });
    // A deactivated account's invitation links stop working too.
    if ('active' in change && !change.active) await tx.verification.deleteMany({ where: { value: id, identifier: { startsWith: INVITE_PREFIX } } });
    const action = 'role' in change ? 'staff.role' : change.active ? 'staff.activate' : 'staff.deactivate';
    await recordAuditEvent(tx, actor, { action, entityType: 'user', entityKey: before.email, before, after: { ...before, ...change } });
    return true;
  });
}
