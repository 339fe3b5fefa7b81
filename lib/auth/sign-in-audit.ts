import 'server-only';
import { prisma } from '../db';
import { recordAuditEvent } from '../data/audit-log';

/** What a failed sign-in for an address that names no account records instead of what was typed. */
export const UNKNOWN_ACCOUNT = '(unknown account)';

/**
 * Records a failed sign-in in the append-only log. The attempted e-mail is kept only when it names an existing
 * account: anything else (a typo, a pasted password) is never written, only that an unknown account was tried.
 */
export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  const known = await prisma.user.findUnique({ where: { email }, select: { id: true } });
  await recordAuditEvent(prisma, { id: null, email: null, role: null, ip }, { action: 'auth.sign-in-failed', entityType: 'user', entityKey: known ? email : UNKNOWN_ACCOUNT });
}
