import type { Auth } from '../auth/config';
import { revokeAllSessions, revokeInvites } from '../auth/staff-accounts';
import type { Role } from '../auth/roles';
import { recordAuditEvent } from '../data/audit-log';
import type { PrismaClient } from '../generated/prisma/client';

export class NoSuchStaffError extends Error {}

/**
 * Gives an existing staff account its access back (after a restore, which carries no passwords, or when every
 * admin is locked out): reactivates it, optionally changes its role, sets a new password through the
 * authentication library's own hashing, and ends all its sessions and pending invitation links.
 */
export async function recoverStaffAccess(
  auth: Auth, prisma: PrismaClient, input: { email: string; password: string; role?: Role },
): Promise<{ id: string; email: string; role: string; before: { role: string; active: boolean; hadPassword: boolean } }> {
  const ctx = await auth.$context;
  const email = input.email.trim().toLowerCase();
  const found = await ctx.internalAdapter.findUserByEmail(email);
  if (!found) throw new NoSuchStaffError(`No staff account for ${email}: create one with npm run admin:create -- --email ${email}`);
  const user = found.user as typeof found.user & { role: string; active: boolean };
  const credential = (await ctx.internalAdapter.findAccounts(user.id)).find((a) => a.providerId === 'credential');
  const before = { role: user.role, active: user.active, hadPassword: !!credential?.password };
  const hash = await ctx.password.hash(input.password);
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { active: true, ...(input.role ? { role: input.role } : {}) } });
    if (credential) await tx.account.update({ where: { id: credential.id }, data: { password: hash } });
    else await tx.account.create({ data: { id: crypto.randomUUID(), userId: user.id, providerId: 'credential', accountId: user.id, password: hash } });
    await recordAuditEvent(tx, { id: null, email: null, role: null, ip: 'command line' }, {
      action: 'staff.recover', entityType: 'user', entityKey: email,
      before: { role: user.role, active: user.active }, after: { role: input.role ?? user.role, active: true },
    });
  });
  await revokeAllSessions(auth, user.id);
  // An older invitation link could otherwise replace the password just set.
  await revokeInvites(auth, user.id);
  return { id: user.id, email, role: input.role ?? user.role, before };
}

/** The active admins of a (just restored) database, whether any of them can sign in yet, and some other staff. */
export async function adminAccess(prisma: PrismaClient): Promise<{ admins: string[]; anyCanSignIn: boolean; staff: string[] }> {
  const admins = await prisma.user.findMany({ where: { role: 'admin', active: true }, select: { email: true, accounts: { select: { password: true } } }, orderBy: { email: 'asc' } });
  const staff = admins.length ? [] : (await prisma.user.findMany({ select: { email: true }, orderBy: { email: 'asc' }, take: 5 })).map((u) => u.email);
  return { admins: admins.map((a) => a.email), anyCanSignIn: admins.some((a) => a.accounts.some((c) => c.password)), staff };
}
