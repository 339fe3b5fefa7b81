import type { ReactNode } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/locales';
import { AdminNav } from '@/components/admin/AdminNav';
import { signOutAction } from './account/actions';

/** Every staff page sits behind a valid session; pages and actions check the role again themselves. */
export default async function StaffLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale as Locale);
  const staff = await requireStaff();
  return (
    <>
      <AdminNav staff={staff} signOut={signOutAction} />
      <div className="mx-auto max-w-6xl px-4 pb-8">{children}</div>
    </>
  );
}
