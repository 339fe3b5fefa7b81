import type { CreativeWork, Dataset, NGO, WithContext } from 'schema-dts';
import type { FigureView, SourceRef } from '../data/types';
import { type Locale, otherLocales } from '../i18n/locales';
import { siteUrl } from '../site';

/** A source as schema.org names a work: its own title, author, publisher, link and the portal's archived copy. */
function work(source: SourceRef, base: string): CreativeWork {
  return {
    '@type': 'CreativeWork',
    name: source.workTitle ?? source.title,
    ...(source.workTitle ? { alternateName: source.title } : {}),
    ...(source.author ? { author: { '@type': 'Organization', name: source.author } } : {}),
    publisher: { '@type': 'Organization', name: source.publisher },
    inLanguage: source.language,
    ...(source.url ? { url: source.url } : {}),
    ...(source.publishedOn ? { datePublished: day(source.publishedOn) } : {}),
    ...(source.archive ? { archivedAt: `${base}${source.archive.path}` } : {}),
  };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * schema.org Dataset for a figure page: every observation is a measured value dated and based on its own source;
 * the headline observation's value is the dataset's value.
 */
export function figureDataset(figure: FigureView, locale: Locale): WithContext<Dataset> {
  const base = siteUrl();
  const file = (format: string, mime: string) => ({
    '@type': 'DataDownload' as const,
    encodingFormat: mime,
    contentUrl: `${base}/api/v1/downloads/figures/${figure.slug}/history.${format}`,
  });
  const sources = [...new Map(figure.observations.map((o) => [o.source.slug, o.source])).values()];
  const [first, last] = [figure.observations[0] ?? figure.observation, figure.observations.at(-1) ?? figure.observation];
  const page = `${base}/${locale}/figures/${figure.slug}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: figure.label,
    description: figure.definition,
    url: page,
    identifier: `${page}/v/${figure.version}`,
    version: String(figure.version),
    inLanguage: locale,
    license: 'https://creativecommons.org/licenses/by/4.0/',
    temporalCoverage: first === last ? day(last.asOf) : `${day(first.periodStart ?? first.asOf)}/${day(last.asOf)}`,
    spatialCoverage: { '@type': 'Place', name: figure.governorate?.name ?? egypt[locale] },
    creator: { '@type': 'Organization', name: 'Shafafiya', url: `${base}/${locale}` },
    isBasedOn: sources.map((s) => work(s, base)),
    variableMeasured: figure.observations.map((o) => ({
      '@type': 'PropertyValue',
      '@id': `${page}#observation-${o.number}`,
      name: figure.label,
      value: o.value,
      unitText: figure.unit,
      measurementTechnique: figure.measure,
      observationDate: day(o.asOf),
      ...(o.valueNote ? { description: o.valueNote } : {}),
      isBasedOn: { '@type': 'CreativeWork', name: o.source.workTitle ?? o.source.title, ...(o.source.url ? { url: o.source.url } : {}) },
    })) as unknown as Dataset['variableMeasured'],
    distribution: [file('csv', 'text/csv'), file('json', 'application/json'), file('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
  };
}

const egypt: Record<Locale, string> = { ar: 'مصر', en: 'Egypt' };
const alliance: Record<Locale, string> = { ar: 'التحالف الوطني للعمل الأهلي التنموي', en: 'National Alliance for Civil Development Work' };

export function allianceOrganization(locale: Locale): WithContext<NGO> {
  const alternateNames = otherLocales(locale).map((l) => alliance[l]);
  return {
    '@context': 'https://schema.org',
    '@type': 'NGO',
    name: alliance[locale],
    alternateName: alternateNames.length === 1 ? alternateNames[0] : alternateNames,
    areaServed: { '@type': 'Country', name: egypt[locale] },
    url: `${siteUrl()}/${locale}`,
  };
}
