import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations, setRequestLocale } from 'next-intl/server';
import { searchPortal } from '@/lib/data/search';
import type { Locale } from '@/lib/i18n/locales';
import { alternates } from '@/lib/i18n/metadata';
import { SEARCH_QUERY_MAX_LENGTH, searchTextSchema } from '@/lib/validation/search';
import { PageHeader } from '@/components/ui/PageHeader';
import { SearchLive } from '@/components/search/SearchLive';

export async function generateMetadata({ params }: PageProps<'/[locale]/search'>): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: 'Search' });
  // Result pages are endless variations of one page: keep them out of search engines.
  return { title: t('title'), alternates: alternates(locale, '/search'), robots: { index: false, follow: true } };
}

/** Reads ?q=, so it renders per request; the prerendered pages never wait on it. */
export default async function SearchPage({ params, searchParams }: PageProps<'/[locale]/search'>) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const q = (await searchParams).q;
  const raw = typeof q === 'string' ? q : Array.isArray(q) ? (q[0] ?? '') : '';
  const parsed = searchTextSchema.safeParse(raw);
  const query = parsed.success ? parsed.data : raw.trim().slice(0, SEARCH_QUERY_MAX_LENGTH);
  const [t, messages, response] = await Promise.all([
    getTranslations('Search'),
    getMessages(),
    parsed.success && query ? searchPortal(query, locale) : Promise.resolve(null),
  ]);

  return (
    <>
      <PageHeader title={t('title')} lead={t('lead')} />
      <div className="mx-auto max-w-6xl px-4">
        <NextIntlClientProvider messages={{ Search: messages.Search }}>
          <SearchLive locale={locale} initialQuery={query} initial={response} tooLong={!parsed.success} />
        </NextIntlClientProvider>
        <p id="search-tips" className="mt-8 max-w-3xl text-sm text-muted">
          {t.rich('tips', { ar: (chunks) => <bdi lang="ar">{chunks}</bdi> })}
        </p>
      </div>
    </>
  );
}
