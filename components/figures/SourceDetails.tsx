import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { SourceRef } from '@/lib/data/types';
import { Num } from '@/components/ui/Num';
import { Quote } from '@/components/ui/Quote';
import { ArchiveLink } from './ArchiveLink';

/**
 * The full source record: what kind of work, its title, who wrote and who published it, whose study it reports,
 * when, where (the link and the portal's archived copy), and the words quoted with where they are in the work.
 */
export async function SourceDetails({ source, quote, quoteTranslation, locator, locale }: { source: SourceRef; quote: string | null; quoteTranslation: string | null; locator?: string | null; locale: Locale }) {
  const t = await getTranslations('Source');
  const published = source.publishedOn;
  const row = (label: string, value: ReactNode) => (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <div className="max-w-3xl space-y-4" data-source={source.slug}>
      {quote ? <Quote text={quote} translation={quoteTranslation} language={source.language} locale={locale} /> : null}
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {locator ? row(t('locator'), <span dir="auto">{locator}</span>) : null}
        {row(t('kind'), t(`kinds.${source.kind}`))}
        {source.workTitle ? row(t('workTitle'), <span dir="auto">{source.workTitle}</span>) : null}
        {source.author ? row(t('author'), source.author) : null}
        {source.origin ? row(t('origin'), source.origin) : null}
        {row(source.workTitle ? t('headline') : t('title'), <span dir="auto">{source.title}</span>)}
        {row(t('publisher'), source.publisher)}
        {row(t('published'), published ? <Num locale={locale} format={(d) => formatDate(published, locale, source.publishedPrecision, d)} /> : t('unknownDate'))}
        {row(t('link'), source.url ? <a href={source.url} className="break-all text-brand underline" rel="noopener noreferrer">{source.url}</a> : t('noLink'))}
        {row(t('archive'), source.archive ? <ArchiveLink archive={source.archive} locale={locale} /> : t('noArchive'))}
        {row(t('language'), t(`languages.${source.language}`))}
      </dl>
    </div>
  );
}
