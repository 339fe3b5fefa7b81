import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getStaff } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/locales';
import { Link, redirect } from '@/lib/i18n/navigation';
import { Notice } from '@/components/admin/AdminHeader';
import { SignInForm } from '@/components/admin/SignInForm';
import { signInAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/sign-in'>): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale as Locale, namespace: 'SignIn' });
  return { title: t('title') };
}

const notices = { signedOut: 'signedOut', everywhere: 'signedOutEverywhere', invite: 'inviteAccepted' } as const;

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/admin/sign-in'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  if (await getStaff()) return redirect({ href: '/admin', locale });
  const { done, next } = await searchParams;
  const t = await getTranslations('SignIn');
  const notice = typeof done === 'string' && done in notices ? notices[done as keyof typeof notices] : null;
  return (
    <div className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('lead')}</p>
      {notice ? <Notice>{t(notice)}</Notice> : null}
      <div className="mt-6 rounded-2xl border border-line bg-surface p-5">
        <SignInForm action={signInAction} next={typeof next === 'string' ? next : null} />
      </div>
      <p className="mt-4 text-sm text-muted">{t('noAccount')}</p>
      <p className="mt-2 text-sm text-muted">{t.rich('forgotPassword', { code: (c) => <code dir="ltr">{c}</code> })}</p>
      <p className="mt-2 text-sm"><Link href="/" className="text-brand underline">{t('backToSite')}</Link></p>
    </div>
  );
}
