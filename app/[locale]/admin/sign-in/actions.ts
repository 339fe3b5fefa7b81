'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { isAPIError } from 'better-auth/api';
import type { ActionState } from '@/lib/auth/action-state';
import { getAuth } from '@/lib/auth/auth';
import { clientAddress } from '@/lib/auth/client-ip';
import { localeOf } from '@/lib/auth/action';
import { signInLimiter } from '@/lib/auth/rate-limit';
import { prisma } from '@/lib/db';
import { recordAuditEvent } from '@/lib/data/audit-log';
import { formValues } from '@/lib/validation/form-data';
import { toFieldErrors } from '@/lib/validation/errors';
import { signInSchema } from '@/lib/validation/staff';

/** Only staff pages of this site: never an open redirect. */
function safeNext(next: string | null, locale: string): string {
  return next && /^\/(ar|en)\/admin(\/[A-Za-z0-9/_-]*)?$/.test(next) ? next : `/${locale}/admin`;
}

/**
 * Email and password, checked by the authentication library. Repeated failures for one account or from one
 * address are refused for a while, even with the right password, and each failure is recorded.
 */
export async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = signInSchema.safeParse(formValues(formData, ['next']));
  if (!parsed.success) return { status: 'invalid', fieldErrors: toFieldErrors(parsed.error) };
  const { email, password, next } = parsed.data;
  const requestHeaders = await headers();
  const keys = { account: email, address: clientAddress(requestHeaders) };
  const limiter = signInLimiter();
  const wait = await limiter.retryAfter(keys);
  if (wait > 0) return { status: 'error', error: 'rateLimited', values: { minutes: String(Math.ceil(wait / 60)) } };

  let user: { id: string; email: string; role?: unknown };
  try {
    ({ user } = await getAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders }));
  } catch (error) {
    if (!isAPIError(error)) throw error;
    await limiter.recordFailure(keys);
    await recordAuditEvent(prisma, { id: null, email: null, role: null, ip: keys.address }, { action: 'auth.sign-in-failed', entityType: 'user', entityKey: email });
    const deactivated = (error.body as { code?: string } | undefined)?.code === 'FAILED_TO_CREATE_SESSION';
    return { status: 'error', error: deactivated ? 'deactivated' : 'invalidCredentials' };
  }
  await limiter.recordSuccess(keys);
  await recordAuditEvent(prisma, { id: user.id, email: user.email, role: String(user.role), ip: keys.address }, { action: 'auth.sign-in', entityType: 'user', entityKey: user.email });
  redirect(safeNext(next, localeOf(formData)));
}
