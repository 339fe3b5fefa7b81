import type { Prisma, PrismaClient } from '../generated/prisma/client';

/** Everything the audit log records; message keys under "Audit.actions". */
export const auditActions = [
  'auth.sign-in', 'auth.sign-in-failed', 'auth.sign-out', 'auth.sign-out-everywhere', 'auth.password-change', 'auth.invite-accepted',
  'staff.create', 'staff.invite', 'staff.role', 'staff.activate', 'staff.deactivate', 'staff.recover',
  'change.create', 'change.update', 'change.submit', 'change.withdraw', 'change.discard', 'change.reject', 'change.publish',
  'change.rebase', 'settings.update',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** Who acted: copied into each event so the record reads the same after an account changes. */
export interface Actor {
  id: string | null;
  email: string | null;
  role: string | null;
  ip?: string | null;
}

export interface AuditInput {
  action: AuditAction;
  entityType: string;
  entityKey: string;
  changeRequestId?: number | null;
  before?: unknown;
  after?: unknown;
}

const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));

/** Appends one event, inside the caller's transaction when there is one; the table refuses updates and deletes. */
export async function recordAuditEvent(db: Prisma.TransactionClient | PrismaClient, actor: Actor, e: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: actor.id,
      actorEmail: actor.email,
      actorRole: actor.role,
      ipAddress: actor.ip ?? null,
      action: e.action,
      entityType: e.entityType,
      entityKey: e.entityKey,
      changeRequestId: e.changeRequestId ?? null,
      before: json(e.before),
      after: json(e.after),
    },
  });
}
