import type { Locale } from '../i18n/locales';
import type { DatePrecision } from '../format';
import type { FigureView, SourceRef } from './types';
import type { Measure, Unit } from '../vocabulary';
import type { Figure, Governorate, Initiative, Source } from '../generated/prisma/client';

const ar = (locale: Locale) => locale === 'ar';

export function toSourceRef(s: Source, locale: Locale): SourceRef {
  return {
    slug: s.slug,
    publisher: ar(locale) ? s.publisherAr : s.publisherEn,
    title: ar(locale) ? s.titleAr : s.titleEn,
    origin: ar(locale) ? s.originAr : s.originEn,
    language: s.language as SourceRef['language'],
    publishedOn: s.publishedOn,
    publishedPrecision: s.publishedPrecision as DatePrecision,
    url: s.url,
    quote: s.quote,
    quoteTranslation: s.quoteTranslation,
    accessedOn: s.accessedOn,
  };
}

export type FigureRow = Figure & { source: Source; governorate: Governorate | null; initiative: Initiative | null };

export const figureInclude = { source: true, governorate: true, initiative: true } as const;

export function toFigureView(f: FigureRow, locale: Locale): FigureView {
  return {
    slug: f.slug,
    label: ar(locale) ? f.labelAr : f.labelEn,
    definition: ar(locale) ? f.definitionAr : f.definitionEn,
    unit: f.unit as Unit,
    measure: f.measure as Measure,
    value: f.value,
    asOf: f.asOf,
    asOfPrecision: f.asOfPrecision as DatePrecision,
    scope: f.scope,
    governorate: f.governorate ? { code: f.governorate.code, name: ar(locale) ? f.governorate.nameAr : f.governorate.nameEn } : null,
    quote: f.quote,
    quoteTranslation: f.quoteTranslation,
    source: toSourceRef(f.source, locale),
    initiative: f.initiative ? { slug: f.initiative.slug, name: ar(locale) ? f.initiative.nameAr : f.initiative.nameEn } : null,
    version: f.version,
    updatedAt: f.updatedAt,
  };
}
