import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { listInitiativesForStaff } from '@/lib/data/staff-records';
import type { Locale } from '@/lib/i18n/locales';
import type { InitiativeKind } from '@/lib/vocabulary';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { RecordTable } from '@/components/admin/RecordTable';

export default async function StaffInitiativesPage({ params }: PageProps<'/[locale]/admin/initiatives'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const [t, ti, rows] = await Promise.all([getTranslations('Records'), getTranslations('Initiatives'), listInitiativesForStaff(locale)]);
  const labelled = rows.map((r) => ({ ...r, detail: ti(`kinds.${r.detail as InitiativeKind}`) }));
  return (
    <>
      <AdminHeader title={t('initiativesTitle')} lead={t('initiativesLead')} />
      <RecordTable rows={labelled} base="/admin/initiatives" publicBase="/initiatives" detailLabel={t('kind')} locale={locale} caption={t('initiativesTitle')} />
    </>
  );
}
