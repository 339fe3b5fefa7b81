import { getTranslations, setRequestLocale } from 'next-intl/server';
import { requireStaff } from '@/lib/auth/session';
import { listChanges } from '@/lib/data/changes/queries';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { changeStatuses, type ChangeStatus } from '@/lib/validation/change';
import { AdminHeader } from '@/components/admin/AdminHeader';
import { ChangeList } from '@/components/admin/ChangeList';

export default async function ChangesPage({ params, searchParams }: PageProps<'/[locale]/admin/changes'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await requireStaff();
  const requested = (await searchParams).status;
  const status = changeStatuses.find((s) => s === requested);
  const [t, changes] = await Promise.all([getTranslations('Changes'), listChanges(locale, { status: status ? [status] : undefined })]);
  const filters: (ChangeStatus | null)[] = [null, ...changeStatuses];
  return (
    <>
      <AdminHeader title={t('title')} lead={t('lead')} />
      <nav aria-label={t('filterLabel')} className="mb-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {filters.map((s) => (
            <li key={s ?? 'all'}>
              <Link
                href={s ? { pathname: '/admin/changes', query: { status: s } } : '/admin/changes'}
                aria-current={s === (status ?? null) ? 'page' : undefined}
                className="inline-block rounded-full border border-line px-3 py-1 aria-[current=page]:bg-brand aria-[current=page]:text-brand-ink"
              >
                {s ? t(`statuses.${s}`) : t('all')}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ChangeList changes={changes} locale={locale} caption={t('title')} />
    </>
  );
}
