import { figureFields } from '../records/figure';
import { observationFields } from '../records/observation';
import { viewOf } from '../records/view';
import { type Locale, localized, localizedOrOther } from '../i18n/locales';
import type { DatePrecision } from '../format';
import { quoteStatesValue } from '../numbers/parse';
import { headlineOf } from './figure-versions';
import { parseNotStated } from '../validation/not-stated';
import { retirementOf } from './retired';
import type { FigureView, GovernorateView, ObservationView, SourceArchiveRef, SourceRef } from './types';
import type { SourceKind } from '../vocabulary';
import type { Figure, Governorate, Initiative, Observation, Prisma, Source, SourceArchive } from '../generated/prisma/client';

/** An archive's public facts; its bytes are only read by the download route. */
export const archiveSelect = { sha256: true, fileName: true, mediaType: true, byteSize: true } satisfies Prisma.SourceArchiveSelect;
type ArchiveFacts = Pick<SourceArchive, keyof typeof archiveSelect>;
export type SourceRow = Source & { archive?: ArchiveFacts | null };
export const sourceInclude = { archive: { select: archiveSelect } } satisfies Prisma.SourceInclude;

export function archivePath(sourceSlug: string, sha256: string): string {
  return `/api/v1/sources/${sourceSlug}/archive/${sha256}`;
}

function toArchiveRef(slug: string, a: ArchiveFacts | null | undefined): SourceArchiveRef | null {
  return a ? { sha256: a.sha256, fileName: a.fileName, mediaType: a.mediaType, byteSize: a.byteSize, path: archivePath(slug, a.sha256) } : null;
}

export function toSourceRef(s: SourceRow, locale: Locale): SourceRef {
  return {
    slug: s.slug,
    kind: s.kind as SourceKind,
    publisher: localized(s, 'publisher', locale),
    title: localized(s, 'title', locale),
    workTitle: localized(s, 'workTitle', locale),
    author: localized(s, 'author', locale),
    archive: toArchiveRef(s.slug, s.archive),
    origin: localized(s, 'origin', locale),
    language: s.language as SourceRef['language'],
    publishedOn: s.publishedOn,
    publishedPrecision: s.publishedPrecision as DatePrecision,
    url: s.url,
    quote: s.quote,
    quoteTranslation: s.quoteTranslation,
    accessedOn: s.accessedOn,
    retired: retirementOf(s, locale),
  };
}

export type ObservationRow = Observation & { source: SourceRow };
export type FigureRow = Figure & { governorate: Governorate | null; initiative: Initiative | null; observations: ObservationRow[] };

export const figureInclude = {
  governorate: true,
  initiative: true,
  observations: { include: { source: { include: sourceInclude } }, orderBy: [{ asOf: 'asc' }, { number: 'asc' }] },
} satisfies Prisma.FigureInclude;

export function toObservationView(o: ObservationRow, locale: Locale): ObservationView {
  return {
    number: o.number, revision: o.revision, ...viewOf(observationFields, o, locale),
    quoteStatesValue: quoteStatesValue(o.quote, o.value), source: toSourceRef(o.source, locale), publishedAt: o.publishedAt,
  };
}

/** `headline` overrides which observation the flat fields show (a version page shows the one it snapshotted). */
export function toFigureView(f: FigureRow, locale: Locale, headline?: ObservationView): FigureView {
  const observations = f.observations.map((o) => toObservationView(o, locale));
  const head = headline ?? headlineOf(observations);
  if (!head) throw new Error(`Figure ${f.slug} has no observation`);
  return {
    slug: f.slug,
    ...viewOf(figureFields, f, locale),
    value: head.value,
    asOf: head.asOf,
    asOfPrecision: head.asOfPrecision,
    scope: f.scope,
    governorate: f.governorate ? { code: f.governorate.code, name: localized(f.governorate, 'name', locale) } : null,
    quote: head.quote,
    quoteTranslation: head.quoteTranslation,
    source: head.source,
    observation: head,
    observations,
    notStated: parseNotStated(f.notStated).map((n) => ({ kind: n.kind, note: localizedOrOther(n, 'note', locale) })),
    initiative: f.initiative ? { slug: f.initiative.slug, name: localized(f.initiative, 'name', locale) } : null,
    version: f.version,
    updatedAt: f.updatedAt,
    retired: retirementOf(f, locale),
  };
}

export function toGovernorateView(g: Governorate, locale: Locale): GovernorateView {
  return { code: g.code, name: localized(g, 'name', locale), tileRow: g.tileRow, tileCol: g.tileCol };
}
