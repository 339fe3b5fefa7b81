import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { listFiguresForStaff } from '@/lib/data/staff-records';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { RecordTable } from '@/components/admin/RecordTable';

export default async function StaffFiguresPage({ params }: PageProps<'/[locale]/admin/figures'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const [t, rows] = await Promise.all([getTranslations('Records'), listFiguresForStaff(locale)]);
  return (
    <>
      <AdminHeader title={t('figuresTitle')} lead={t('figuresLead')}>
        <p className="mt-4">
          <Link href="/admin/figures/new" className="inline-block rounded-full bg-brand px-5 py-2 font-semibold text-brand-ink">{t('newFigure')}</Link>
        </p>
      </AdminHeader>
      <RecordTable rows={rows} base="/admin/figures" publicBase="/figures" detailLabel={t('value')} showVersion locale={locale} caption={t('figuresTitle')} />
    </>
  );
}
