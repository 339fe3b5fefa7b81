import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import type { DatePrecision } from '../format';
import type { Locale } from '../i18n/locales';
import { figureInclude, sourceInclude, toFigureView, toSourceRef } from './mappers';
import type { InitiativeView } from './types';
import type { InitiativeKind, InitiativeStatus } from '../vocabulary';

const include = { source: { include: sourceInclude }, figures: { include: figureInclude, orderBy: { sortOrder: 'asc' as const } } };

type Row = NonNullable<Awaited<ReturnType<typeof findOne>>>;
const findOne = (slug: string) => prisma.initiative.findUnique({ where: { slug }, include });

function toView(i: Row, locale: Locale): InitiativeView {
  const ar = locale === 'ar';
  return {
    slug: i.slug,
    name: ar ? i.nameAr : i.nameEn,
    summary: ar ? i.summaryAr : i.summaryEn,
    body: ar ? i.bodyAr : i.bodyEn,
    kind: i.kind as InitiativeKind,
    startDate: i.startDate,
    startPrecision: i.startPrecision as DatePrecision | null,
    status: i.status as InitiativeStatus,
    quote: i.quote,
    quoteTranslation: i.quoteTranslation,
    source: toSourceRef(i.source, locale),
    figures: i.figures.map((f) => toFigureView(f, locale)),
  };
}

export const listInitiatives = cache(async (locale: Locale): Promise<InitiativeView[]> => {
  const rows = await prisma.initiative.findMany({ include, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  return rows.map((r) => toView(r, locale));
});

export const getInitiativeBySlug = cache(async (locale: Locale, slug: string): Promise<InitiativeView | null> => {
  const row = await findOne(slug);
  return row ? toView(row, locale) : null;
});

export async function listInitiativeSlugs(): Promise<string[]> {
  return (await prisma.initiative.findMany({ select: { slug: true } })).map((r) => r.slug);
}
