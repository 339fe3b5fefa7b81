/**
 * The founding figures as the pages see them (FigureView and the calculated figures), built from prisma/seed-data.ts
 * without a database, so the claim check's corpus runs in the unit project and in `npm run bench:claims`.
 */
import { computeDerived, derivedDefinitions } from '../../lib/derived';
import type { DerivedView } from '../../lib/data/figures';
import type { FigureView, ObservationView, SourceRef } from '../../lib/data/types';
import type { ClaimData } from '../../lib/claims/check';
import { localized, localizedOrOther, type Locale } from '../../lib/i18n/locales';
import type { Measure, NotStatedKind, Unit } from '../../lib/vocabulary';
import { figureAsOf, figures, initiatives, source } from '../../prisma/seed-data';

function sourceRef(locale: Locale, quote: string, quoteTranslation: string | null): SourceRef {
  return {
    slug: source.slug, kind: 'news-report', publisher: localized(source, 'publisher', locale), title: localized(source, 'title', locale),
    workTitle: null, author: localized(source, 'author', locale), archive: null, origin: localized(source, 'origin', locale),
    language: 'ar', publishedOn: source.publishedOn, publishedPrecision: 'approximate', url: null, quote, quoteTranslation, accessedOn: null,
  };
}

type NotStatedRow = { kind: NotStatedKind; noteAr?: string | null; noteEn?: string | null };

export function foundingFigures(locale: Locale): FigureView[] {
  return figures.map((f) => {
    const initiative = initiatives.find((i) => i.slug === f.initiative) ?? null;
    const observation: ObservationView = {
      number: 1, revision: 1, value: f.value, asOf: figureAsOf.asOf, asOfPrecision: figureAsOf.asOfPrecision, periodStart: null,
      quote: f.quote, quoteTranslation: f.quoteTranslation, locator: null, valueNote: null, quoteStatesValue: true,
      source: sourceRef(locale, f.quote, f.quoteTranslation), publishedAt: figureAsOf.asOf,
    };
    const notStated = ('notStated' in f ? (f.notStated as readonly NotStatedRow[]) : []).map((n) => ({
      kind: n.kind, note: localizedOrOther(n, 'note', locale) ?? null,
    }));
    return {
      slug: f.slug, label: localized(f, 'label', locale), definition: localized(f, 'definition', locale),
      unit: f.unit as Unit, measure: f.measure as Measure, value: f.value, asOf: observation.asOf, asOfPrecision: observation.asOfPrecision,
      scope: 'national', governorate: null, quote: f.quote, quoteTranslation: f.quoteTranslation, source: observation.source, observation,
      observations: [observation], notStated,
      initiative: initiative ? { slug: initiative.slug, name: localized(initiative, 'name', locale) } : null,
      version: 1, updatedAt: figureAsOf.asOf,
    };
  });
}

/** The calculated figures, as lib/data/figures.ts derives them from same-date observations. */
export function foundingDerived(views: FigureView[]): DerivedView[] {
  const bySlug = new Map(views.map((v) => [v.slug, v]));
  return derivedDefinitions.flatMap((d) => {
    const [n, den] = [bySlug.get(d.numerator), bySlug.get(d.denominator)];
    if (!n || !den) return [];
    const computed = computeDerived(new Map([[d.numerator, n.value], [d.denominator, den.value]])).find((c) => c.slug === d.slug);
    return computed
      ? [{ ...computed, numeratorFigure: n, denominatorFigure: den, numeratorObservation: n.observation, denominatorObservation: den.observation, asOf: n.asOf, asOfPrecision: n.asOfPrecision }]
      : [];
  });
}

export function foundingClaimData(locale: Locale): ClaimData {
  const views = foundingFigures(locale);
  return { figures: views, derived: foundingDerived(views) };
}
