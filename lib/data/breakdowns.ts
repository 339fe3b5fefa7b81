import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import type { DatePrecision } from '../format';
import { type Locale, localized } from '../i18n/locales';
import { disclose } from '../small-count';
import type { BreakdownDimension, Measure, Unit } from '../vocabulary';
import type { Breakdown, Figure } from '../generated/prisma/client';
import { sourceInclude, toGovernorateView, toSourceRef } from './mappers';
import { listed } from './retired';
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

type SummaryRow = Breakdown & { figure: Figure };
const summaryInclude = { figure: true } as const;

/**
 * How many values each breakdown has, read through the (breakdownId, …) index for these breakdowns only: a relation
 * count in the include would aggregate every value of every breakdown, and grows with all that was ever published.
 */
async function valueCounts(ids: number[]): Promise<Map<number, number>> {
  if (ids.length === 0) return new Map();
  const groups = await prisma.breakdownValue.groupBy({ by: ['breakdownId'], where: { breakdownId: { in: ids } }, _count: { _all: true } });
  return new Map(groups.map((g) => [g.breakdownId, g._count._all]));
}

async function toSummaries(rows: SummaryRow[], locale: Locale): Promise<BreakdownSummary[]> {
  const counts = await valueCounts([...new Set(rows.map((b) => b.id))]);
  return rows.map((b) => toSummary(b, counts.get(b.id) ?? 0, locale));
}

function toSummary(b: SummaryRow, valueCount: number, locale: Locale): BreakdownSummary {
  return {
    id: b.id,
    title: localized(b, 'title', locale),
    dimension: b.dimension as BreakdownDimension,
    figure: { slug: b.figure.slug, label: localized(b.figure, 'label', locale), unit: b.figure.unit as Unit, measure: b.figure.measure as Measure },
    publishedAt: b.publishedAt,
    valueCount,
  };
}

/** Every published breakdown, newest first. */
export const listBreakdowns = cache(async (locale: Locale): Promise<BreakdownSummary[]> => {
  // A retired figure's breakdowns leave the lists with it; their pages stay.
  const rows = await prisma.breakdown.findMany({ where: { ...published(), figure: listed }, include: summaryInclude, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }] });
  return toSummaries(rows, locale);
});

export async function listBreakdownIds(): Promise<number[]> {
  return (await prisma.breakdown.findMany({ where: published(), select: { id: true } })).map((b) => b.id);
}

export async function listBreakdownsForFigure(locale: Locale, slug: string): Promise<BreakdownSummary[]> {
  const rows = await prisma.breakdown.findMany({ where: { ...published(), figure: { slug } }, include: summaryInclude, orderBy: { id: 'asc' } });
  return toSummaries(rows, locale);
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
    ...toSummary(b, b.values.length, locale),
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
    where: { governorate: { code }, breakdown: { ...published(), figure: listed } },
    include: { breakdown: { include: summaryInclude } },
    orderBy: [{ breakdownId: 'asc' }, { periodStart: 'desc' }],
  });
  // A breakdown by period shows its latest period here; its page has the rest.
  const latest = values.filter((v, i) => i === 0 || values[i - 1].breakdownId !== v.breakdownId);
  const summaries = await toSummaries(latest.map((v) => v.breakdown), locale);
  return latest.map((v, i) => ({ breakdown: summaries[i], value: disclose(v.value, v.breakdown.figure.unit as Unit) }));
});
