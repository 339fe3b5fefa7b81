'use server';

import { headers } from 'next/headers';
import { isAPIError } from 'better-auth/api';
import { z } from 'zod';
import { staffAction } from '@/lib/auth/action';
import { getAuth } from '@/lib/auth/auth';
import { revokeAllSessions } from '@/lib/auth/staff-accounts';
import { prisma } from '@/lib/db';
import { recordAuditEvent } from '@/lib/data/audit-log';
import { redirect } from '@/lib/i18n/navigation';
import { changePasswordSchema } from '@/lib/validation/staff';

/** A new password ends every other session of the account. */
export const changePasswordAction = staffAction('view', changePasswordSchema, async ({ currentPassword, password }, { staff, actor }) => {
  try {
    await getAuth().api.changePassword({ body: { currentPassword, newPassword: password, revokeOtherSessions: true }, headers: await headers() });
  } catch (error) {
    if (isAPIError(error)) return { status: 'error', error: 'wrongPassword' };
    throw error;
  }
  await recordAuditEvent(prisma, actor, { action: 'auth.password-change', entityType: 'user', entityKey: staff.email });
  return { status: 'ok' };
});

export const signOutAction = staffAction('view', z.object({}), async (_input, { staff, actor, locale }) => {
  await recordAuditEvent(prisma, actor, { action: 'auth.sign-out', entityType: 'user', entityKey: staff.email });
  await getAuth().api.signOut({ headers: await headers() });
  redirect({ href: { pathname: '/admin/sign-in', query: { done: 'signedOut' } }, locale });
});

/** Ends this browser's session and every other one of the account (a lost or shared device). */
export const signOutEverywhereAction = staffAction('view', z.object({}), async (_input, { staff, actor, locale }) => {
  await recordAuditEvent(prisma, actor, { action: 'auth.sign-out-everywhere', entityType: 'user', entityKey: staff.email });
  const auth = getAuth();
  await auth.api.signOut({ headers: await headers() });
  await revokeAllSessions(auth, staff.id);
  redirect({ href: { pathname: '/admin/sign-in', query: { done: 'everywhere' } }, locale });
});
