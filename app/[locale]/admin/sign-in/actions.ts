'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { isAPIError } from 'better-auth/api';
import type { ActionState } from '@/lib/auth/action-state';
import { getAuth } from '@/lib/auth/auth';
import { clientAddress } from '@/lib/auth/client-ip';
import { localeOf } from '@/lib/auth/action';
import { signInLimiter } from '@/lib/auth/rate-limit';
import { recordFailedSignIn } from '@/lib/auth/sign-in-audit';
import { prisma } from '@/lib/db';
import { recordAuditEvent } from '@/lib/data/audit-log';
import { formValues } from '@/lib/validation/form-data';
import { toFieldErrors } from '@/lib/validation/errors';
import { signInSchema } from '@/lib/validation/staff';
import { isLocale } from '@/lib/i18n/locales';

/** Only staff pages of this site: never an open redirect. */
function safeNext(next: string | null, locale: string): string {
  const [, first] = next?.split('/') ?? [];
  return next && isLocale(first) && /^\/[a-z]+\/admin(\/[A-Za-z0-9/_-]*)?$/.test(next) ? next : `/${locale}/admin`;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Email and password, checked by the authentication library. Every attempt is counted before the password is
 * looked at: too many for one account from one address, or from one address, are refused for a while (even with
 * the right password); many for one account from anywhere are slowed down, never refused.
 */
export async function signInAction(_prev: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = signInSchema.safeParse(formValues(formData, ['next']));
  if (!parsed.success) return { status: 'invalid', fieldErrors: toFieldErrors(parsed.error) };
  const { email, password, next } = parsed.data;
  const requestHeaders = await headers();
  const keys = { account: email, address: clientAddress(requestHeaders) };
  const limiter = signInLimiter();
  const admission = await limiter.admit(keys);
  if (!admission.allowed) return { status: 'error', error: 'rateLimited', values: { minutes: String(Math.ceil(admission.retryAfterSeconds / 60)) } };
  if (admission.delayMs > 0) await pause(admission.delayMs);

  let user: { id: string; email: string; role?: unknown };
  try {
    ({ user } = await getAuth().api.signInEmail({ body: { email, password }, headers: requestHeaders }));
  } catch (error) {
    if (!isAPIError(error)) throw error;
    await recordFailedSignIn(email, keys.address);
    const deactivated = (error.body as { code?: string } | undefined)?.code === 'FAILED_TO_CREATE_SESSION';
    return { status: 'error', error: deactivated ? 'deactivated' : 'invalidCredentials' };
  }
  await limiter.succeeded(keys);
  await recordAuditEvent(prisma, { id: user.id, email: user.email, role: String(user.role), ip: keys.address }, { action: 'auth.sign-in', entityType: 'user', entityKey: user.email });
  redirect(safeNext(next, localeOf(formData)));
}
