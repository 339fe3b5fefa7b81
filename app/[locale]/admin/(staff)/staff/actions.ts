'use server';

import { staffAction, type ActionContext } from '@/lib/auth/action';
import type { ActionState } from '@/lib/auth/action-state';
import { getAuth } from '@/lib/auth/auth';
import { StaffExistsError, createInviteToken, createStaffAccount, inviteRefusal } from '@/lib/auth/staff-accounts';
import { prisma } from '@/lib/db';
import { recordAuditEvent } from '@/lib/data/audit-log';
import { findStaff, updateStaff } from '@/lib/data/staff';
import { refreshStaffArea } from '@/lib/data/revalidate';
import { formatDate } from '@/lib/format';
import { siteUrl } from '@/lib/site';
import { newStaffSchema, staffActiveSchema, staffIdSchema, staffRoleSchema } from '@/lib/validation/staff';

/** A fresh one-time link for the person to choose a password, shown once to the admin. */
async function invite(userId: string, email: string, { actor, locale }: ActionContext): Promise<ActionState> {
  const { token, expiresAt } = await createInviteToken(getAuth(), userId);
  await recordAuditEvent(prisma, actor, { action: 'staff.invite', entityType: 'user', entityKey: email, after: { expiresAt } });
  return { status: 'ok', data: { email, inviteUrl: `${siteUrl()}/${locale}/admin/invite/${token}`, until: formatDate(expiresAt, locale) } };
}

export const createStaffAction = staffAction('manageStaff', newStaffSchema, async (input, ctx) => {
  try {
    const user = await createStaffAccount(getAuth(), input);
    await recordAuditEvent(prisma, ctx.actor, { action: 'staff.create', entityType: 'user', entityKey: user.email, after: input });
    refreshStaffArea();
    return await invite(user.id, user.email, ctx);
  } catch (error) {
    if (error instanceof StaffExistsError) return { status: 'error', error: 'staffExists' };
    throw error;
  }
});

/** Refused, with the reason shown by the staff page: no one resets an admin account that already has a password. */
export type InviteState = ActionState | { status: 'refused'; reason: 'adminAccount' };

/**
 * A new link (which ends any earlier one). An admin account that has a password is refused outright: the link
 * would let whoever holds it take the account over. Its owner changes the password on the account page.
 */
export const newInviteAction = staffAction<typeof staffIdSchema, InviteState>('manageStaff', staffIdSchema, async ({ userId }, ctx) => {
  const user = await findStaff(userId);
  if (!user) return { status: 'error', error: 'notFound' };
  const refusal = await inviteRefusal(getAuth(), user);
  if (refusal) return { status: 'refused', reason: refusal };
  return invite(user.id, user.email, ctx);
});

/** Admins cannot lock themselves out by demoting or deactivating their own account. */
export const setRoleAction = staffAction('manageStaff', staffRoleSchema, async ({ userId, role }, { staff, actor }) => {
  if (userId === staff.id) return { status: 'error', error: 'cannotChangeSelf' };
  if (!(await updateStaff(actor, userId, { role }))) return { status: 'error', error: 'notFound' };
  refreshStaffArea();
  return { status: 'ok', notice: 'role' };
});

export const setActiveAction = staffAction('manageStaff', staffActiveSchema, async ({ userId, active }, { staff, actor }) => {
  if (userId === staff.id) return { status: 'error', error: 'cannotChangeSelf' };
  if (!(await updateStaff(actor, userId, { active }))) return { status: 'error', error: 'notFound' };
  refreshStaffArea();
  return { status: 'ok', notice: active ? 'activate' : 'deactivate' };
});
