import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import type { DatePrecision } from '../format';
import type { Locale } from '../i18n/locales';
import { disclose } from '../small-count';
import type { BreakdownDimension, Measure, Unit } from '../vocabulary';
import type { Breakdown, Figure } from '../generated/prisma/client';
import { sourceInclude, toGovernorateView, toSourceRef } from './mappers';
import type { BreakdownSummary, BreakdownView, GovernorateBreakdownEntry } from './types';

/** What a breakdown's own source says about its values, and the date or period they describe. */
export interface BreakdownAttribution {
  quote: string | null;
  /** Where in the source the values are: page, table. */
  locator: string | null;
  asOf: Date | null;
  asOfPrecision: DatePrecision | null;
  periodStart: Date | null;
}
export type SourcedBreakdownView = BreakdownView & BreakdownAttribution;

// Published means its publication time has come; staff may schedule one ahead.
const published = () => ({ publishedAt: { lte: new Date() } });

type SummaryRow = Breakdown & { figure: Figure; _count: { values: number } };
const summaryInclude = { figure: true, _count: { select: { values: true } } } as const;

function toSummary(b: SummaryRow, locale: Locale): BreakdownSummary {
  const ar = locale === 'ar';
  return {
    id: b.id,
    title: ar ? b.titleAr : b.titleEn,
    dimension: b.dimension as BreakdownDimension,
    figure: { slug: b.figure.slug, label: ar ? b.figure.labelAr : b.figure.labelEn, unit: b.figure.unit as Unit, measure: b.figure.measure as Measure },
    publishedAt: b.publishedAt,
    valueCount: b._count.values,
  };
}

/** Every published breakdown, newest first. */
export const listBreakdowns = cache(async (locale: Locale): Promise<BreakdownSummary[]> => {
  const rows = await prisma.breakdown.findMany({ where: published(), include: summaryInclude, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }] });
  return rows.map((b) => toSummary(b, locale));
});

export async function listBreakdownIds(): Promise<number[]> {
  return (await prisma.breakdown.findMany({ where: published(), select: { id: true } })).map((b) => b.id);
}

export async function listBreakdownsForFigure(locale: Locale, slug: string): Promise<BreakdownSummary[]> {
  const rows = await prisma.breakdown.findMany({ where: { ...published(), figure: { slug } }, include: summaryInclude, orderBy: { id: 'asc' } });
  return rows.map((b) => toSummary(b, locale));
}

/** One breakdown with every value, small counts of people already disclosed as "fewer than N". */
export const getBreakdown = cache(async (locale: Locale, id: number): Promise<SourcedBreakdownView | null> => {
  const b = await prisma.breakdown.findFirst({
    where: { id, ...published() },
    include: { ...summaryInclude, source: { include: sourceInclude }, values: { include: { governorate: true } } },
  });
  if (!b) return null;
  const unit = b.figure.unit as Unit;
  const rows = b.values
    .map((v) => ({
      governorate: v.governorate ? toGovernorateView(v.governorate, locale) : null,
      periodStart: v.periodStart,
      periodEnd: v.periodEnd,
      value: disclose(v.value, unit),
    }))
    .sort((x, y) => (x.governorate?.name ?? '').localeCompare(y.governorate?.name ?? '', locale) || (x.periodStart?.getTime() ?? 0) - (y.periodStart?.getTime() ?? 0));
  return {
    ...toSummary(b, locale),
    // Its own source or none ("source not recorded"): a breakdown is never credited to its figure's source.
    source: b.source ? toSourceRef(b.source, locale) : null,
    quote: b.quote,
    locator: b.locator,
    asOf: b.asOf,
    asOfPrecision: (b.asOfPrecision as DatePrecision | null) ?? null,
    periodStart: b.periodStart,
    rows,
  };
});

/** The published breakdowns that have a value for this governorate, with that value disclosed. */
export const listGovernorateBreakdowns = cache(async (locale: Locale, code: string): Promise<GovernorateBreakdownEntry[]> => {
  const values = await prisma.breakdownValue.findMany({
    where: { governorate: { code }, breakdown: published() },
    include: { breakdown: { include: summaryInclude } },
    orderBy: [{ breakdownId: 'asc' }, { periodStart: 'desc' }],
  });
  const seen = new Set<number>();
  return values.flatMap((v) => {
    // A breakdown by period shows its latest period here; its page has the rest.
    if (seen.has(v.breakdownId)) return [];
    seen.add(v.breakdownId);
    return [{ breakdown: toSummary(v.breakdown, locale), value: disclose(v.value, v.breakdown.figure.unit as Unit) }];
  });
});
