import { getTranslations } from 'next-intl/server';
import type { FigureRecord, FigureVersionRecord, SourceRecord } from '@/lib/api/schemas';
import type { CitationInput } from '@/lib/citation';
import { formatValue } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { CiteThis } from './CiteThis';
import { versionUrl } from '@/lib/data/dataset';

async function valueText(record: FigureRecord | FigureVersionRecord, locale: Locale): Promise<string> {
  const units = await getTranslations({ locale, namespace: 'Units' });
  const n = formatValue(record.value, record.unit, locale, 'latn');
  return record.unit === 'EGP' ? n : `${n} ${units(record.unit)}`;
}

export async function citationInput(record: FigureRecord | FigureVersionRecord, source: SourceRecord): Promise<CitationInput> {
  const [ar, en] = await Promise.all([getTranslations({ locale: 'ar', namespace: 'Site' }), getTranslations({ locale: 'en', namespace: 'Site' })]);
  return {
    slug: record.slug,
    version: record.version,
    label: record.label,
    valueText: { ar: await valueText(record, 'ar'), en: await valueText(record, 'en') },
    asOf: new Date(`${record.asOf}T00:00:00Z`),
    asOfPrecision: record.asOfPrecision,
    publishedAt: new Date(record.publishedAt),
    permalink: { ar: versionUrl(record.slug, record.version, 'ar'), en: versionUrl(record.slug, record.version, 'en') },
    source: {
      origin: source.origin,
      publisher: source.publisher,
      title: source.title,
      publishedOn: source.publishedOn ? new Date(`${source.publishedOn}T00:00:00Z`) : null,
      publishedPrecision: source.publishedPrecision,
      url: source.url,
    },
    portal: { ar: `${ar('name')} (${ar('tagline')})`, en: `${en('name')} (${en('tagline')})` },
  };
}

/** "Cite this" for one version of a figure. */
export async function FigureCitation({ record, source, locale }: { record: FigureRecord | FigureVersionRecord; source: SourceRecord; locale: Locale }) {
  const t = await getTranslations('Cite');
  return (
    <div>
      <p className="mb-4 max-w-3xl text-muted">{t('lead')}</p>
      <CiteThis
        input={await citationInput(record, source)}
        locale={locale}
        renderedAt={new Date().toISOString()}
        labels={{
          styles: { newsroom: t('styles.newsroom'), apa: t('styles.apa'), bibtex: t('styles.bibtex'), csl: t('styles.csl') },
          languages: { ar: t('languages.ar'), en: t('languages.en') },
          copy: t('copy'),
          copied: t('copied'),
        }}
      />
    </div>
  );
}
