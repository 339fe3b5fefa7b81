import { getTranslations, setRequestLocale } from 'next-intl/server';
import { getAuth } from '@/lib/auth/auth';
import { findInvite } from '@/lib/auth/staff-accounts';
import type { Locale } from '@/lib/i18n/locales';
import { PasswordForm } from '@/components/admin/PasswordForm';
import { acceptInviteAction } from './actions';

export default async function InvitePage({ params }: PageProps<'/[locale]/admin/invite/[token]'>) {
  const { locale: l, token } = await params;
  setRequestLocale(l as Locale);
  const [t, invited] = await Promise.all([getTranslations('Invite'), findInvite(getAuth(), token)]);
  if (!invited) {
    return (
      <div role="alert" className="mx-auto max-w-md px-4 py-10">
        <h1 className="text-3xl font-bold">{t('invalidTitle')}</h1>
        <p className="mt-2 text-muted">{t('invalidBody')}</p>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-md px-4 py-10">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-muted">{t('lead', { name: invited.name, email: invited.email })}</p>
      <div className="mt-6 rounded-2xl border border-line bg-surface p-5">
        <PasswordForm action={acceptInviteAction} token={token} submitLabel={t('submit')} />
      </div>
    </div>
  );
}
