import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { listSourcesForStaff } from '@/lib/data/staff-records';
import type { Locale } from '@/lib/i18n/locales';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { RecordTable } from '@/components/admin/RecordTable';

export default async function StaffSourcesPage({ params }: PageProps<'/[locale]/admin/sources'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const [t, rows] = await Promise.all([getTranslations('Records'), listSourcesForStaff(locale)]);
  return (
    <>
      <AdminHeader title={t('sourcesTitle')} lead={t('sourcesLead')} />
      <RecordTable rows={rows} base="/admin/sources" publicBase={null} detailLabel={t('publisher')} locale={locale} caption={t('sourcesTitle')} />
    </>
  );
}
