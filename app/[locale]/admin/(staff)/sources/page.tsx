import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { listSourcesForStaff } from '@/lib/data/staff-records';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { RecordTable } from '@/components/admin/RecordTable';

export default async function StaffSourcesPage({ params }: PageProps<'/[locale]/admin/sources'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const [t, rows] = await Promise.all([getTranslations('Records'), listSourcesForStaff(locale)]);
  return (
    <>
      <AdminHeader title={t('sourcesTitle')} lead={t('sourcesLead')}>
        <p className="mt-4">
          <Link href="/admin/sources/new" className="inline-block rounded-full bg-brand px-5 py-2 font-semibold text-brand-ink">{t('newSource')}</Link>
        </p>
      </AdminHeader>
      <RecordTable rows={rows} base="/admin/sources" publicBase={null} detailLabel={t('publisher')} locale={locale} caption={t('sourcesTitle')} />
    </>
  );
}
