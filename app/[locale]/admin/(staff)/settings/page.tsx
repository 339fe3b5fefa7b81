import { getTranslations, setRequestLocale } from 'next-intl/server';
import { can } from '@/lib/auth/roles';
import { requireStaff } from '@/lib/auth/session';
import { getSettings } from '@/lib/data/settings';
import type { Locale } from '@/lib/i18n/locales';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { Forbidden } from '@/components/admin/Forbidden';
import { SettingsForm } from '@/components/admin/SettingsForm';
import { updateSettingsAction } from './actions';

export default async function SettingsPage({ params }: PageProps<'/[locale]/admin/settings'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const staff = await requireStaff();
  if (!can(staff.role, 'manageSettings')) return <Forbidden role={staff.role} />;
  const [t, settings] = await Promise.all([getTranslations('Settings'), getSettings()]);
  return (
    <>
      <AdminHeader title={t('title')} lead={t('lead')} />
      <SettingsForm action={updateSettingsAction} settings={settings} />
    </>
  );
}
