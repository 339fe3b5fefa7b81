import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/locales';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { ButtonForm } from '@/components/admin/ButtonForm';
import { PasswordForm } from '@/components/admin/PasswordForm';
import { changePasswordAction, signOutAction, signOutEverywhereAction } from './actions';

export default async function AccountPage({ params }: PageProps<'/[locale]/admin/account'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const staff = await requireStaff();
  const [t, a, f] = await Promise.all([getTranslations('Account'), getTranslations('Admin'), getTranslations('Fields')]);
  return (
    <>
      <AdminHeader title={t('title')} lead={t('lead')} />
      <dl className="grid max-w-xl gap-x-6 gap-y-2 rounded-2xl border border-line bg-surface p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{f('name')}</dt>
        <dd>{staff.name}</dd>
        <dt className="font-semibold">{f('email')}</dt>
        <dd><bdi>{staff.email}</bdi></dd>
        <dt className="font-semibold">{f('role')}</dt>
        <dd>{a(`roles.${staff.role}`)} — {a(`roleHints.${staff.role}`)}</dd>
      </dl>
      <section aria-labelledby="sessions-heading" className="mt-8 max-w-xl">
        <h2 id="sessions-heading" className="text-xl font-bold">{t('sessionsTitle')}</h2>
        <p className="mb-3 text-muted">{t('sessionsLead')}</p>
        <div className="flex flex-wrap gap-3">
          <ButtonForm action={signOutAction} label={t('signOut')} />
          <ButtonForm action={signOutEverywhereAction} label={t('signOutEverywhere')} tone="danger" />
        </div>
      </section>
      <section aria-labelledby="password-heading" className="mt-8 max-w-xl">
        <h2 id="password-heading" className="text-xl font-bold">{t('passwordTitle')}</h2>
        <p className="mb-3 text-muted">{t('passwordLead')}</p>
        <div className="rounded-2xl border border-line bg-surface p-5">
          <PasswordForm action={changePasswordAction} submitLabel={t('submit')} doneMessage={t('changed')} />
        </div>
      </section>
    </>
  );
}
