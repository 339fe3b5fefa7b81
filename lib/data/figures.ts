import 'server-only';
import { cache } from 'react';
import { prisma } from '../db';
import { computeDerived, derivedDefinitions, type DerivedValue } from '../derived';
import type { DatePrecision } from '../format';
import type { Locale } from '../i18n/locales';
import { figureInclude, sourceInclude, toFigureView, toObservationView } from './mappers';
import { listed } from './retired';
import type { FigureView, ObservationView } from './types';

/** The figures lists and headline sections show: retired ones leave. */
export const listFigures = cache(async (locale: Locale): Promise<FigureView[]> => {
  const rows = await prisma.figure.findMany({ where: listed, include: figureInclude, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  return rows.map((r) => toFigureView(r, locale));
});

/** Every figure, retired ones too: for naming what the changelog speaks of. */
export const listAllFigures = cache(async (locale: Locale): Promise<FigureView[]> => {
  const rows = await prisma.figure.findMany({ include: figureInclude, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  return rows.map((r) => toFigureView(r, locale));
});

export const getFigureBySlug = cache(async (locale: Locale, slug: string): Promise<FigureView | null> => {
  const row = await prisma.figure.findUnique({ where: { slug }, include: figureInclude });
  return row ? toFigureView(row, locale) : null;
});

/** Every figure's slug, retired ones too: their pages keep resolving. */
export async function listFigureSlugs(): Promise<string[]> {
  const rows = await prisma.figure.findMany({ select: { slug: true } });
  return rows.map((r) => r.slug);
}

/** Derived figures with the stored figures and the same-date observations they are calculated from. */
export interface DerivedView extends DerivedValue {
  numeratorFigure: FigureView;
  denominatorFigure: FigureView;
  numeratorObservation: ObservationView;
  denominatorObservation: ObservationView;
  /** The date both inputs describe: a ratio of values of different dates is never computed. */
  asOf: Date;
  asOfPrecision: DatePrecision;
}

const dayOf = (o: ObservationView) => o.asOf.toISOString().slice(0, 10);

/** The newest pair of observations, one per figure, that describe the same date; null when there is none. */
export function sameDatePair(a: FigureView, b: FigureView): [ObservationView, ObservationView] | null {
  const byDay = new Map(b.observations.map((o) => [dayOf(o), o]));
  const pairs = a.observations.filter((o) => byDay.has(dayOf(o)));
  const last = pairs.at(-1);
  return last ? [last, byDay.get(dayOf(last))!] : null;
}

/** Every calculated figure the given figures allow, each from the newest pair of same-date observations. */
export function deriveFrom(views: ReadonlyMap<string, FigureView>, only?: string): DerivedView[] {
  return derivedDefinitions
    .filter((d) => !only || d.numerator === only || d.denominator === only)
    .flatMap((d) => {
      const [n, den] = [views.get(d.numerator), views.get(d.denominator)];
      const pair = n && den ? sameDatePair(n, den) : null;
      if (!n || !den || !pair) return [];
      const computed = computeDerived(new Map([[d.numerator, pair[0].value], [d.denominator, pair[1].value]])).find((c) => c.slug === d.slug);
      return computed
        ? [{ ...computed, numeratorFigure: n, denominatorFigure: den, numeratorObservation: pair[0], denominatorObservation: pair[1], asOf: pair[0].asOf, asOfPrecision: pair[0].asOfPrecision }]
        : [];
    });
}

export async function listDerivedFigures(locale: Locale): Promise<DerivedView[]> {
  return deriveFrom(new Map((await listFigures(locale)).map((f) => [f.slug, f])));
}

/**
 * A figure as it was at one version: its meaning and the observation it showed then, from the version's snapshot,
 * shaped like the live figure so the same views draw it.
 */
export async function getFigureAtVersion(locale: Locale, slug: string, version: number): Promise<FigureView | null> {
  const rev = await prisma.figureRevision.findFirst({
    where: { figure: { slug }, version },
    include: { figure: { include: figureInclude }, source: { include: sourceInclude } },
  });
  if (!rev) return null;
  const governorate = rev.governorateId ? await prisma.governorate.findUnique({ where: { id: rev.governorateId } }) : null;
  const observation = rev.observationId ? await prisma.observation.findUnique({ where: { id: rev.observationId }, select: { number: true, createdAt: true } }) : null;
  const shown = toObservationView(
    {
      id: rev.observationId ?? 0, figureId: rev.figureId, number: observation?.number ?? 1, revision: rev.observationRevision ?? rev.version,
      value: rev.value, asOf: rev.asOf, asOfPrecision: rev.asOfPrecision, periodStart: null, sourceId: rev.sourceId, source: rev.source,
      quote: rev.quote, quoteTranslation: rev.quoteTranslation, locator: rev.locator, valueNote: rev.valueNote,
      publishedAt: rev.publishedAt, createdAt: observation?.createdAt ?? rev.createdAt, updatedAt: rev.publishedAt,
    },
    locale,
  );
  const { figure } = rev;
  // A version shows what it showed then: its one observation, not ones added or corrected later.
  const view = toFigureView(
    {
      ...figure,
      labelAr: rev.labelAr, labelEn: rev.labelEn, definitionAr: rev.definitionAr, definitionEn: rev.definitionEn,
      unit: rev.unit, measure: rev.measure, scope: rev.scope, governorateId: rev.governorateId, governorate, notStated: rev.notStated,
      version: rev.version, updatedAt: rev.publishedAt,
    },
    locale,
    shown,
  );
  return { ...view, observations: [shown] };
}
