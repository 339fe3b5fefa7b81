import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import { computeDerived, type DerivedValue } from '../derived';
import type { Locale } from '../i18n/locales';
import { figureInclude, toFigureView } from './mappers';
import type { FigureView } from './types';

export const listFigures = cache(async (locale: Locale): Promise<FigureView[]> => {
  const rows = await prisma.figure.findMany({ include: figureInclude, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  return rows.map((r) => toFigureView(r, locale));
});

export const getFigureBySlug = cache(async (locale: Locale, slug: string): Promise<FigureView | null> => {
  const row = await prisma.figure.findUnique({ where: { slug }, include: figureInclude });
  return row ? toFigureView(row, locale) : null;
});

export async function listFigureSlugs(): Promise<string[]> {
  const rows = await prisma.figure.findMany({ select: { slug: true } });
  return rows.map((r) => r.slug);
}

/** Derived figures with the stored figures they are calculated from. */
export interface DerivedView extends DerivedValue {
  numeratorFigure: FigureView;
  denominatorFigure: FigureView;
}

export async function listDerivedFigures(locale: Locale): Promise<DerivedView[]> {
  const figures = await listFigures(locale);
  const bySlug = new Map(figures.map((f) => [f.slug, f]));
  return computeDerived(new Map(figures.map((f) => [f.slug, f.value]))).map((d) => ({
    ...d,
    numeratorFigure: bySlug.get(d.numerator)!,
    denominatorFigure: bySlug.get(d.denominator)!,
  }));
}

/** A figure as it was at one version (its snapshot), shaped like the live figure so the same views draw it. */
export async function getFigureAtVersion(locale: Locale, slug: string, version: number): Promise<FigureView | null> {
  const rev = await prisma.figureRevision.findFirst({
    where: { figure: { slug }, version },
    include: { figure: { include: { initiative: true } }, source: true },
  });
  if (!rev) return null;
  const governorate = rev.governorateId ? await prisma.governorate.findUnique({ where: { id: rev.governorateId } }) : null;
  const { figure, source } = rev;
  return toFigureView(
    {
      ...figure,
      labelAr: rev.labelAr, labelEn: rev.labelEn, definitionAr: rev.definitionAr, definitionEn: rev.definitionEn,
      unit: rev.unit, measure: rev.measure, value: rev.value, asOf: rev.asOf, asOfPrecision: rev.asOfPrecision,
      scope: rev.scope, governorateId: rev.governorateId, sourceId: rev.sourceId, quote: rev.quote, quoteTranslation: rev.quoteTranslation,
      version: rev.version, updatedAt: rev.publishedAt, source, governorate, initiative: figure.initiative,
    },
    locale,
  );
}
