import { getTranslations } from 'next-intl/server';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { SourceRef } from '@/lib/data/types';
import { Num } from '@/components/ui/Num';
import { Quote } from '@/components/ui/Quote';

/** The full source record: who published it, whose study it reports, when, where, and the words quoted. */
export async function SourceDetails({ source, quote, quoteTranslation, locale }: { source: SourceRef; quote: string; quoteTranslation: string | null; locale: Locale }) {
  const t = await getTranslations('Source');
  const published = source.publishedOn;
  return (
    <div className="max-w-3xl space-y-4">
      <Quote text={quote} translation={quoteTranslation} locale={locale} />
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {source.origin ? (
          <>
            <dt className="font-semibold">{t('origin')}</dt>
            <dd>{source.origin}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t('title')}</dt>
        <dd>{source.title}</dd>
        <dt className="font-semibold">{t('publisher')}</dt>
        <dd>{source.publisher}</dd>
        <dt className="font-semibold">{t('published')}</dt>
        <dd>
          {published ? <Num locale={locale} format={(d) => formatDate(published, locale, source.publishedPrecision, d)} /> : t('unknownDate')}
        </dd>
        <dt className="font-semibold">{t('link')}</dt>
        <dd>{source.url ? <a href={source.url} className="break-all text-brand underline" rel="noopener noreferrer">{source.url}</a> : t('noUrl')}</dd>
        <dt className="font-semibold">{t('language')}</dt>
        <dd>{t(`languages.${source.language}`)}</dd>
      </dl>
    </div>
  );
}
