import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { listChangelogRecords } from '@/lib/data/dataset';
// Every figure, retired ones too: their entries still read with the figure's unit.
import { listAllFigures } from '@/lib/data/figures';
import { getHistoryHead } from '@/lib/history/public';
import type { Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { PageHeader } from '@/components/ui/PageHeader';
import { ChangeList } from '@/components/changelog/ChangeList';
import { tap } from '@/components/ui/tap';

export async function generateMetadata({ params }: PageProps<'/[locale]/changelog'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Changelog' });
  return {
    title: t('title'),
    alternates: { ...alternates(locale, '/changelog'), types: { 'application/atom+xml': `/${locale}/changelog/feed` } },
  };
}

export default async function ChangelogPage({ params }: PageProps<'/[locale]/changelog'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, { items }, figures, h, head] = await Promise.all([
    getTranslations('Changelog'),
    listChangelogRecords({ skip: 0, take: 200 }),
    listAllFigures(locale),
    getTranslations('History'),
    getHistoryHead(),
  ]);
  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')}>
        <p className="mt-3 flex flex-wrap gap-4 text-sm">
          <a href={`/${locale}/changelog/feed`} className={`${tap} text-brand underline`}>{t('feed')}</a>
          <a href="/api/v1/downloads/changelog.csv" className={`${tap} text-brand underline`}>CSV</a>
          <a href="/api/v1/changelog" className={`${tap} text-brand underline`}>JSON API</a>
        </p>
        {head && (
          <p className="mt-2 text-sm" id="history-head">
            {h('head')} <code dir="ltr" title={head.hash}>{head.hash.slice(0, 16)}</code> ·{' '}
            <a href="/api/v1/history" className="text-brand underline">{h('api')}</a>
            <span className="block text-muted">{h('explain')}</span>
          </p>
        )}
      </PageHeader>
      <div className="mx-auto max-w-4xl px-4">
        <ChangeList entries={items} figures={new Map(figures.map((f) => [f.slug, f]))} locale={locale} />
      </div>
    </>
  );
}
