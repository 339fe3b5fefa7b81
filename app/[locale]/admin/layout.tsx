import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { staffClientNamespaces } from '@/lib/i18n/client-namespaces';
import { getMessages, setRequestLocale } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';

// Staff pages are never indexed, cached or prerendered: every request checks the session.
export const metadata: Metadata = { robots: { index: false, follow: false } };
export const dynamic = 'force-dynamic';


export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const messages = await getMessages();
  const picked = Object.fromEntries(staffClientNamespaces.map((n) => [n, messages[n]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
