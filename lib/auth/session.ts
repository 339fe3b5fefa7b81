import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { getLocale } from 'next-intl/server';
import { redirect } from '../i18n/navigation';
import type { Locale } from '../i18n/locales';
import type { Actor } from '../data/audit-log';
import { getAuth } from './auth';
import { clientAddress } from './client-ip';
import { SESSION_MAX_AGE_SECONDS } from './config';
import { isRole, type Role } from './roles';

export interface Staff {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** Whether a session began longer ago than a session may last, however active it has been since. */
export function outlivedAbsoluteLifetime(createdAt: Date, now: number = Date.now()): boolean {
  return now - createdAt.getTime() >= SESSION_MAX_AGE_SECONDS * 1000;
}

/**
 * The signed-in staff member of this request, or null (no session, expired, revoked or deactivated). A session
 * older than the absolute lifetime is deleted here, whatever its expiry says.
 */
export const getStaff = cache(async (): Promise<Staff | null> => {
  const auth = getAuth();
  const session = await auth.api.getSession({ headers: await headers() });
  if (!session) return null;
  if (outlivedAbsoluteLifetime(new Date(session.session.createdAt))) {
    await (await auth.$context).internalAdapter.deleteSession(session.session.token);
    return null;
  }
  const user = session.user as typeof session.user & { role?: unknown; active?: unknown };
  if (user.active !== true || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
});

/** For admin pages: the staff member, or a redirect to sign-in that comes back here afterwards. */
export async function requireStaff(nextPath?: string): Promise<Staff> {
  const staff = await getStaff();
  if (staff) return staff;
  const locale = (await getLocale()) as Locale;
  return redirect({ href: nextPath ? { pathname: '/admin/sign-in', query: { next: nextPath } } : '/admin/sign-in', locale });
}

/** The person behind an action, as the audit log records them. */
export async function actorOf(staff: Staff | null): Promise<Actor> {
  const ip = clientAddress(await headers());
  return staff ? { id: staff.id, email: staff.email, role: staff.role, ip } : { id: null, email: null, role: null, ip };
}
