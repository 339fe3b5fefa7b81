import { getTranslations } from 'next-intl/server';
import type { SourceRef } from '@/lib/data/types';
import { formatDate, type Digits } from '@/lib/format';
import { type Locale, directionOf } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { SheetUrl } from './SheetUrl';

/** The quoted words, verbatim in the source's language, with the portal's translation on sheets in another language. */
export async function SheetQuote({ quote, translation, language, locale }: { quote: string; translation: string | null; language: Locale; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Quote' });
  return (
    <>
      <blockquote className="fs-quote" lang={language} dir={directionOf(language)}>«{quote}»</blockquote>
      {locale !== language && translation ? (
        <p className="fs-translation" lang={locale}><strong>{t('translation')}</strong> {translation}</p>
      ) : null}
    </>
  );
}

/** Who states it and where a reader finds it: the work, author, publisher, date, the original link and the portal's copy. */
export async function SheetSource({ source, locator, locale, digits }: { source: SourceRef; locator?: string | null; locale: Locale; digits: Digits }) {
  const t = await getTranslations({ locale, namespace: 'Source' });
  const published = source.publishedOn;
  const row = (label: string, value: string) => (
    <>
      <dt>{label}</dt>
      <dd dir="auto">{value}</dd>
    </>
  );
  return (
    <dl className="fs-small" data-source={source.slug}>
      {source.workTitle ? row(t('workTitle'), source.workTitle) : null}
      {source.author ? row(t('author'), source.author) : null}
      {source.origin ? row(t('origin'), source.origin) : null}
      {row(source.workTitle ? t('headline') : t('title'), source.title)}
      {row(t('publisher'), source.publisher)}
      <dt>{t('kind')}</dt>
      <dd>{t(`kinds.${source.kind}`)}</dd>
      <dt>{t('published')}</dt>
      <dd>{published ? formatDate(published, locale, source.publishedPrecision, digits) : t('unknownDate')}</dd>
      {locator ? (
        <>
          <dt>{t('locator')}</dt>
          <dd dir="auto">{locator}</dd>
        </>
      ) : null}
      <dt>{t('link')}</dt>
      <dd>{source.url ? <SheetUrl url={source.url} /> : t('noLink')}</dd>
      <dt>{t('archive')}</dt>
      <dd>
        {source.archive ? (
          <>
            <SheetUrl url={`${siteUrl()}${source.archive.path}`} />{' '}
            <span className="fs-url fs-muted">(SHA-256 {source.archive.sha256.slice(0, 16)})</span>
          </>
        ) : t('noArchive')}
      </dd>
    </dl>
  );
}
