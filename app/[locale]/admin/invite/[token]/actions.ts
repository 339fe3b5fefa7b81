'use server';

import { headers } from 'next/headers';
import { isAPIError } from 'better-auth/api';
import type { ActionState } from '@/lib/auth/action-state';
import { localeOf } from '@/lib/auth/action';
import { getAuth } from '@/lib/auth/auth';
import { clientAddress } from '@/lib/auth/client-ip';
import { findInvite } from '@/lib/auth/staff-accounts';
import { prisma } from '@/lib/db';
import { recordAuditEvent } from '@/lib/data/audit-log';
import { redirect } from '@/lib/i18n/navigation';
import { formValues } from '@/lib/validation/form-data';
import { toFieldErrors } from '@/lib/validation/errors';
import { acceptInviteSchema } from '@/lib/validation/staff';

/** Sets an invited person's password; only a valid, unused, unexpired invitation token allows it. */
export async function acceptInviteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = acceptInviteSchema.safeParse(formValues(formData));
  if (!parsed.success) return { status: 'invalid', fieldErrors: toFieldErrors(parsed.error) };
  const { token, password } = parsed.data;
  const auth = getAuth();
  const invited = await findInvite(auth, token);
  if (!invited) return { status: 'error', error: 'inviteInvalid' };
  try {
    await auth.api.resetPassword({ body: { token, newPassword: password } });
  } catch (error) {
    if (isAPIError(error)) return { status: 'error', error: 'inviteInvalid' };
    throw error;
  }
  const ip = clientAddress(await headers());
  const user = await prisma.user.findUniqueOrThrow({ where: { id: invited.id }, select: { role: true } });
  await recordAuditEvent(prisma, { id: invited.id, email: invited.email, role: user.role, ip }, { action: 'auth.invite-accepted', entityType: 'user', entityKey: invited.email });
  return redirect({ href: { pathname: '/admin/sign-in', query: { done: 'invite' } }, locale: localeOf(formData) });
}
