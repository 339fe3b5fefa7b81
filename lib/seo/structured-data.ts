import type { Dataset, NGO, WithContext } from 'schema-dts';
import type { FigureRecord, SourceRecord } from '../api/schemas';
import type { Locale } from '../i18n/locales';
import { siteUrl } from '../site';

/** schema.org Dataset for a figure page, with its downloads as distributions. */
export function figureDataset(figure: FigureRecord, source: SourceRecord | null, locale: Locale): WithContext<Dataset> {
  const base = siteUrl();
  const file = (format: string, mime: string) => ({
    '@type': 'DataDownload' as const,
    encodingFormat: mime,
    contentUrl: `${base}/api/v1/downloads/figures/${figure.slug}/history.${format}`,
  });
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: figure.label[locale],
    description: figure.definition[locale],
    url: `${base}/${locale}/figures/${figure.slug}`,
    identifier: figure.versionUrl,
    version: String(figure.version),
    inLanguage: locale,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    temporalCoverage: figure.asOf,
    spatialCoverage: { '@type': 'Place', name: locale === 'ar' ? 'مصر' : 'Egypt' },
    creator: { '@type': 'Organization', name: 'Shafafiya', url: `${base}/${locale}` },
    isBasedOn: source ? { '@type': 'CreativeWork', name: source.title.ar, publisher: source.publisher[locale], ...(source.url ? { url: source.url } : {}) } : undefined,
    variableMeasured: { '@type': 'PropertyValue', name: figure.label[locale], value: figure.value, unitText: figure.unit, measurementTechnique: figure.measure },
    distribution: [file('csv', 'text/csv'), file('json', 'application/json'), file('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
  };
}

export function allianceOrganization(locale: Locale): WithContext<NGO> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NGO',
    name: locale === 'ar' ? 'التحالف الوطني للعمل الأهلي التنموي' : 'National Alliance for Civil Development Work',
    alternateName: locale === 'ar' ? 'National Alliance for Civil Development Work' : 'التحالف الوطني للعمل الأهلي التنموي',
    areaServed: { '@type': 'Country', name: locale === 'ar' ? 'مصر' : 'Egypt' },
    url: `${siteUrl()}/${locale}`,
  };
}
