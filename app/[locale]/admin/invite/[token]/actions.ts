'use server';

import { headers } from 'next/headers';
import type { ActionState } from '@/lib/auth/action-state';
import { localeOf } from '@/lib/auth/action';
import { getAuth } from '@/lib/auth/auth';
import { clientAddress } from '@/lib/auth/client-ip';
import { redeemInvite } from '@/lib/auth/staff-accounts';
import { prisma } from '@/lib/db';
import { recordAuditEvent } from '@/lib/data/audit-log';
import { redirect } from '@/lib/i18n/navigation';
import { formValues } from '@/lib/validation/form-data';
import { toFieldErrors } from '@/lib/validation/errors';
import { acceptInviteSchema } from '@/lib/validation/staff';

/**
 * Sets an invited person's password; only a valid, unused, unexpired invitation of an active account allows it.
 * The password is hashed by the authentication library and the link is used up.
 */
export async function acceptInviteAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = acceptInviteSchema.safeParse(formValues(formData));
  if (!parsed.success) return { status: 'invalid', fieldErrors: toFieldErrors(parsed.error) };
  const { token, password } = parsed.data;
  const invited = await redeemInvite(getAuth(), token, password);
  if (!invited) return { status: 'error', error: 'inviteInvalid' };
  const ip = clientAddress(await headers());
  await recordAuditEvent(prisma, { id: invited.id, email: invited.email, role: invited.role, ip }, { action: 'auth.invite-accepted', entityType: 'user', entityKey: invited.email });
  return redirect({ href: { pathname: '/admin/sign-in', query: { done: 'invite' } }, locale: localeOf(formData) });
}
