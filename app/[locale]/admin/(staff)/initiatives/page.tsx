import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { listInitiativesForStaff } from '@/lib/data/staff-records';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
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
      <AdminHeader title={t('initiativesTitle')} lead={t('initiativesLead')}>
        <p className="mt-4">
          <Link href="/admin/initiatives/new" className="inline-block rounded-full bg-brand px-5 py-2 font-semibold text-brand-ink">{t('newInitiative')}</Link>
        </p>
      </AdminHeader>
      <RecordTable rows={labelled} base="/admin/initiatives" publicBase="/initiatives" detailLabel={t('kind')} locale={locale} caption={t('initiativesTitle')} />
    </>
  );
}
