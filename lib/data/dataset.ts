import 'server-only';
import { apiValuesOf } from '../records/api';
import { initiativeFields } from '../records/initiative';
import { prisma } from '../db';
import { siteUrl } from '../site';
import type { DatePrecision } from '../format';
import { quoteStatesValue } from '../numbers/parse';
import { disclose } from '../small-count';
import type { SourceKind, Unit } from '../vocabulary';
import type {
  BreakdownRecord, ChangelogRecord, CitationRecord, FigureRecord, FigureVersionRecord, GovernorateRecord, InitiativeRecord, ObservationDetailRecord,
  ObservationRecord, ObservationRevisionRecord, SourceRecord,
} from '../api/schemas';
import type { Figure, FigureRevision, Observation, Prisma } from '../generated/prisma/client';
import { parseNotStated } from '../validation/not-stated';
import { headlineOf } from './figure-versions';
import { archivePath, figureInclude, sourceInclude, type FigureRow, type SourceRow } from './mappers';
import { listed, retirementRecord } from './retired';
import { readableChangelog } from './changelog-api';

/** The public dataset, bilingual and exact: what the API, downloads and data package serve. */
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const bi = (ar: string, en: string) => ({ ar, en });
// A work title or author may be given in one language only; neither is null, never an empty pair.
const partial = (ar: string | null, en: string | null) => (ar || en ? { ar: ar || null, en: en || null } : null);

export const figureUrl = (slug: string, locale = 'ar') => `${siteUrl()}/${locale}/figures/${slug}`;
export const versionUrl = (slug: string, version: number, locale = 'ar') => `${figureUrl(slug, locale)}/v/${version}`;
export const observationUrl = (slug: string, number: number, locale = 'ar') => `${figureUrl(slug, locale)}#observation-${number}`;
const archiveUrl = (s: SourceRow) => (s.archive ? `${siteUrl()}${archivePath(s.slug, s.archive.sha256)}` : null);

function toSource(s: SourceRow): SourceRecord {
  return {
    slug: s.slug,
    publisher: bi(s.publisherAr, s.publisherEn),
    title: bi(s.titleAr, s.titleEn),
    origin: s.originAr && s.originEn ? bi(s.originAr, s.originEn) : null,
    language: s.language,
    publishedOn: day(s.publishedOn),
    publishedPrecision: s.publishedPrecision as DatePrecision,
    url: s.url,
    quote: s.quote,
    quoteTranslation: s.quoteTranslation,
    kind: s.kind as SourceKind,
    workTitle: partial(s.workTitleAr, s.workTitleEn),
    author: partial(s.authorAr, s.authorEn),
    archive: s.archive
      ? { url: archiveUrl(s)!, sha256: s.archive.sha256, byteSize: s.archive.byteSize, mediaType: s.archive.mediaType, fileName: s.archive.fileName }
      : null,
    ...retirementRecord(s),
  };
}

function toCitation(s: SourceRow): CitationRecord {
  const { publisher, title, workTitle, author, origin, publishedOn, publishedPrecision, url, kind } = toSource(s);
  return { kind, publisher, title, workTitle, author, origin, publishedOn, publishedPrecision, url, archiveUrl: archiveUrl(s) };
}

/** What an observation and each of its revisions hold alike. */
type ObservationContent = Pick<Observation, 'revision' | 'value' | 'asOf' | 'asOfPrecision' | 'periodStart' | 'quote' | 'quoteTranslation' | 'locator' | 'valueNote' | 'publishedAt'>
  & { source: SourceRow };

function observationContent(o: ObservationContent): Omit<ObservationRevisionRecord, 'reason'> {
  return {
    revision: o.revision,
    value: o.value,
    asOf: day(o.asOf)!,
    asOfPrecision: o.asOfPrecision as DatePrecision,
    periodStart: day(o.periodStart),
    quote: o.quote,
    quoteTranslation: o.quoteTranslation,
    locator: o.locator,
    valueNote: o.valueNote,
    // Checked when read, so values published before the rule existed are flagged too.
    quoteStatesValue: quoteStatesValue(o.quote, o.value),
    source: o.source.slug,
    citation: toCitation(o.source),
    publishedAt: o.publishedAt.toISOString(),
  };
}

function toObservation(figureSlug: string, number: number, o: ObservationContent): ObservationRecord {
  return { figure: figureSlug, number, ...observationContent(o), permalink: observationUrl(figureSlug, number) };
}

type Meaning = Pick<Figure, 'labelAr' | 'labelEn' | 'definitionAr' | 'definitionEn' | 'unit' | 'measure' | 'scope'>;
type Shown = Pick<Observation, 'value' | 'asOf' | 'asOfPrecision' | 'quote' | 'quoteTranslation'> & { source: SourceRow };

/** What a figure means and the one observation its flat fields show (a figure's headline, or a version's snapshot). */
function meaningAndValue(m: Meaning, o: Shown) {
  return {
    label: bi(m.labelAr, m.labelEn),
    definition: bi(m.definitionAr, m.definitionEn),
    unit: m.unit as FigureRecord['unit'],
    measure: m.measure as FigureRecord['measure'],
    scope: m.scope as FigureRecord['scope'],
    value: o.value,
    asOf: day(o.asOf)!,
    asOfPrecision: o.asOfPrecision as DatePrecision,
    source: o.source.slug,
    quote: o.quote,
    quoteTranslation: o.quoteTranslation,
  };
}

/** A figure's meaning with its headline observation flattened, so old clients read a value beside the source that states it. */
function toFigure(f: FigureRow): FigureRecord | null {
  const head = headlineOf(f.observations);
  if (!head) return null;
  return {
    slug: f.slug,
    ...meaningAndValue(f, head),
    governorate: f.governorate?.code ?? null,
    initiative: f.initiative?.slug ?? null,
    version: f.version,
    publishedAt: f.publishedAt.toISOString(),
    url: figureUrl(f.slug),
    versionUrl: versionUrl(f.slug, f.version),
    observation: head.number,
    observations: f.observations.map((o) => toObservation(f.slug, o.number, o)),
    notStated: parseNotStated(f.notStated).map(({ kind, noteAr, noteEn }) => ({ kind, noteAr, noteEn })),
    ...retirementRecord(f),
  };
}

const figureOrder = [{ sortOrder: 'asc' }, { id: 'asc' }] as const satisfies Prisma.FigureOrderByWithRelationInput[];

/** The figures the list endpoints and downloads serve: retired ones leave (getFigureRecord still finds them). */
export async function listFigureRecords(): Promise<FigureRecord[]> {
  const rows = await prisma.figure.findMany({ where: listed, include: figureInclude, orderBy: [...figureOrder] });
  return rows.flatMap((f) => toFigure(f) ?? []);
}

/** One page of figures, paged in the database; a figure without any observation is not public (as in the full list). */
export async function pageFigureRecords(opts: { skip: number; take: number }): Promise<Page<FigureRecord>> {
  const where = { ...listed, observations: { some: {} } };
  const [rows, total] = await Promise.all([
    prisma.figure.findMany({ where, include: figureInclude, orderBy: [...figureOrder], skip: opts.skip, take: opts.take }),
    prisma.figure.count({ where }),
  ]);
  return { items: rows.flatMap((f) => toFigure(f) ?? []), total };
}

export async function getFigureRecord(slug: string): Promise<FigureRecord | null> {
  const row = await prisma.figure.findUnique({ where: { slug }, include: figureInclude });
  return row ? toFigure(row) : null;
}

/** Every observation of a figure, oldest date first; null when the figure does not exist. */
export async function listObservationRecords(slug: string): Promise<ObservationRecord[] | null> {
  return (await getFigureRecord(slug))?.observations ?? null;
}

/** One observation as it stands, with every revision on the record. */
export async function getObservationRecord(slug: string, number: number): Promise<ObservationDetailRecord | null> {
  const row = await prisma.observation.findFirst({
    where: { figure: { slug }, number },
    include: { source: { include: sourceInclude }, revisions: { include: { source: { include: sourceInclude } }, orderBy: { revision: 'asc' } } },
  });
  if (!row) return null;
  return { ...toObservation(slug, row.number, row), revisions: row.revisions.map((r) => ({ ...observationContent(r), reason: r.reason })) };
}

type RevisionRow = FigureRevision & { figure: Figure; source: SourceRow };
const revisionInclude = { figure: true, source: { include: sourceInclude } } as const;

/** The observation each version showed: its number, and its period and publication from that revision's record. */
async function shownObservations(rows: RevisionRow[]) {
  const ids = [...new Set(rows.flatMap((r) => (r.observationId ? [r.observationId] : [])))];
  const [observations, revisions] = await Promise.all([
    prisma.observation.findMany({ where: { id: { in: ids } }, select: { id: true, number: true } }),
    prisma.observationRevision.findMany({ where: { observationId: { in: ids } }, select: { observationId: true, revision: true, periodStart: true, publishedAt: true } }),
  ]);
  const numbers = new Map(observations.map((o) => [o.id, o.number]));
  const byRevision = new Map(revisions.map((r) => [`${r.observationId}:${r.revision}`, r]));
  return (r: RevisionRow) => ({
    number: r.observationId ? numbers.get(r.observationId) ?? null : null,
    revision: byRevision.get(`${r.observationId}:${r.observationRevision}`) ?? null,
  });
}

async function toVersions(rows: RevisionRow[]): Promise<FigureVersionRecord[]> {
  const [govs, shown] = await Promise.all([governorateCodes(), shownObservations(rows)]);
  return rows.map((r) => {
    const { number, revision } = shown(r);
    // The version's own snapshot is what it showed; the revision record adds the period it kept apart.
    const snapshot = {
      ...r, revision: r.observationRevision ?? r.version, periodStart: revision?.periodStart ?? null, publishedAt: revision?.publishedAt ?? r.publishedAt,
    };
    return {
      slug: r.figure.slug,
      ...meaningAndValue(r, r),
      governorate: r.governorateId ? govs.get(r.governorateId) ?? null : null,
      version: r.version,
      publishedAt: r.publishedAt.toISOString(),
      reason: r.reason,
      latestVersion: r.figure.version,
      url: figureUrl(r.figure.slug),
      versionUrl: versionUrl(r.figure.slug, r.version),
      observation: number,
      observationRevision: r.observationRevision,
      observations: number ? [toObservation(r.figure.slug, number, snapshot)] : [],
      // Every version of a retired figure says so: the figure as a whole is retired, not one value.
      ...retirementRecord(r.figure),
    };
  });
}

async function governorateCodes(): Promise<Map<number, string>> {
  return new Map((await prisma.governorate.findMany({ select: { id: true, code: true } })).map((g) => [g.id, g.code]));
}

/** Every version of a figure, oldest first; null when the figure does not exist. */
export async function listFigureVersionRecords(slug: string): Promise<FigureVersionRecord[] | null> {
  const figure = await prisma.figure.findUnique({ where: { slug }, select: { id: true } });
  if (!figure) return null;
  return toVersions(await prisma.figureRevision.findMany({ where: { figureId: figure.id }, include: revisionInclude, orderBy: { version: 'asc' } }));
}

/** One page of a figure's versions, oldest first, paged in the database; null when the figure does not exist. */
export async function pageFigureVersionRecords(slug: string, opts: { skip: number; take: number }): Promise<Page<FigureVersionRecord> | null> {
  const figure = await prisma.figure.findUnique({ where: { slug }, select: { id: true } });
  if (!figure) return null;
  const where = { figureId: figure.id };
  const [rows, total] = await Promise.all([
    prisma.figureRevision.findMany({ where, include: revisionInclude, orderBy: { version: 'asc' }, skip: opts.skip, take: opts.take }),
    prisma.figureRevision.count({ where }),
  ]);
  return { items: await toVersions(rows), total };
}

export async function getFigureVersionRecord(slug: string, version: number): Promise<FigureVersionRecord | null> {
  const row = await prisma.figureRevision.findFirst({ where: { figure: { slug }, version }, include: revisionInclude });
  return row ? (await toVersions([row]))[0] : null;
}

export async function listAllVersionKeys(): Promise<{ slug: string; version: number }[]> {
  const rows = await prisma.figureRevision.findMany({ select: { version: true, figure: { select: { slug: true } } } });
  return rows.map((r) => ({ slug: r.figure.slug, version: r.version }));
}

/** The sources the list endpoint and downloads serve; `withRetired` for looking up what a figure cites. */
export async function listSourceRecords(opts: { withRetired?: boolean } = {}): Promise<SourceRecord[]> {
  return (await prisma.source.findMany({ where: opts.withRetired ? {} : listed, include: sourceInclude, orderBy: { id: 'asc' } })).map(toSource);
}

export async function pageSourceRecords(opts: { skip: number; take: number }): Promise<Page<SourceRecord>> {
  const [rows, total] = await Promise.all([
    prisma.source.findMany({ where: listed, include: sourceInclude, orderBy: { id: 'asc' }, skip: opts.skip, take: opts.take }),
    prisma.source.count({ where: listed }),
  ]);
  return { items: rows.map(toSource), total };
}

export async function getSourceRecord(slug: string): Promise<SourceRecord | null> {
  const row = await prisma.source.findUnique({ where: { slug }, include: sourceInclude });
  return row ? toSource(row) : null;
}

const initiativeQuery = {
  include: { source: true, figures: { where: listed, select: { slug: true }, orderBy: { sortOrder: 'asc' } } },
  orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
} as const satisfies Prisma.InitiativeFindManyArgs;

export async function listInitiativeRecords(): Promise<InitiativeRecord[]> {
  return (await prisma.initiative.findMany({ ...initiativeQuery, where: listed })).map(toInitiative);
}

export async function pageInitiativeRecords(opts: { skip: number; take: number }): Promise<Page<InitiativeRecord>> {
  const [rows, total] = await Promise.all([
    prisma.initiative.findMany({ ...initiativeQuery, where: listed, skip: opts.skip, take: opts.take }),
    prisma.initiative.count({ where: listed }),
  ]);
  return { items: rows.map(toInitiative), total };
}

/** One initiative by slug, retired or not (its API path keeps resolving). */
export async function getInitiativeRecord(slug: string): Promise<InitiativeRecord | null> {
  const row = await prisma.initiative.findUnique({ where: { slug }, include: initiativeQuery.include });
  return row ? toInitiative(row) : null;
}

type InitiativeRow = Prisma.InitiativeGetPayload<typeof initiativeQuery>;
function toInitiative(i: InitiativeRow): InitiativeRecord {
  return {
    slug: i.slug,
    ...(apiValuesOf(initiativeFields, i, { sourceSlug: i.source.slug }) as Omit<InitiativeRecord, 'slug' | 'figures' | 'url' | 'retiredAt' | 'retiredReason'>),
    figures: i.figures.map((f) => f.slug),
    url: `${siteUrl()}/ar/initiatives/${i.slug}`,
    ...retirementRecord(i),
  };
}

export async function listGovernorateRecords(): Promise<GovernorateRecord[]> {
  const rows = await prisma.governorate.findMany({ orderBy: [{ tileRow: 'asc' }, { tileCol: 'asc' }] });
  return rows.map((g) => ({ code: g.code, name: bi(g.nameAr, g.nameEn), tileRow: g.tileRow, tileCol: g.tileCol }));
}

const breakdownInclude = {
  figure: { select: { slug: true, unit: true } }, source: { select: { slug: true } }, values: { include: { governorate: true }, orderBy: { id: 'asc' } },
} as const satisfies Prisma.BreakdownInclude;
// A retired figure's breakdowns leave the full list; asked for by the figure's slug, they are still served.
const breakdownWhere = (figureSlug?: string) => (figureSlug ? { figure: { slug: figureSlug } } : { figure: listed });

export async function listBreakdownRecords(figureSlug?: string): Promise<BreakdownRecord[]> {
  const rows = await prisma.breakdown.findMany({ where: breakdownWhere(figureSlug), include: breakdownInclude, orderBy: { id: 'asc' } });
  return rows.map(toBreakdownRecord);
}

/** One page of breakdowns with their values, paged in the database: only that page's values are read. */
export async function pageBreakdownRecords(opts: { skip: number; take: number; figure?: string }): Promise<Page<BreakdownRecord>> {
  const where = breakdownWhere(opts.figure);
  const [rows, total] = await Promise.all([
    prisma.breakdown.findMany({ where, include: breakdownInclude, orderBy: { id: 'asc' }, skip: opts.skip, take: opts.take }),
    prisma.breakdown.count({ where }),
  ]);
  return { items: rows.map(toBreakdownRecord), total };
}

function toBreakdownRecord(b: Prisma.BreakdownGetPayload<{ include: typeof breakdownInclude }>): BreakdownRecord {
  return {
    id: b.id,
    figure: b.figure.slug,
    dimension: b.dimension,
    title: bi(b.titleAr, b.titleEn),
    // A breakdown names its own source or none: it is never credited to its figure's.
    source: b.source?.slug ?? null,
    quote: b.quote,
    locator: b.locator,
    asOf: day(b.asOf),
    asOfPrecision: (b.asOfPrecision as DatePrecision | null) ?? null,
    periodStart: day(b.periodStart),
    values: b.values.map((v) => {
      // The small-count rule applies before anything leaves lib/data (see lib/small-count.ts).
      const d = disclose(v.value, b.figure.unit as Unit);
      return {
        governorate: v.governorate?.code ?? null,
        periodStart: day(v.periodStart),
        periodEnd: day(v.periodEnd),
        value: d.kind === 'exact' ? d.value : null,
        fewerThan: d.kind === 'fewer-than' ? d.threshold : null,
      };
    }),
  };
}

export interface Page<T> {
  items: T[];
  total: number;
}

/** Published changes, newest first; optionally for one figure. */
export async function listChangelogRecords(opts: { skip: number; take: number; figure?: string }): Promise<Page<ChangelogRecord>> {
  const where = opts.figure ? { entityType: 'figure', entitySlug: opts.figure } : {};
  const [rows, total] = await Promise.all([
    prisma.changelogEntry.findMany({ where, orderBy: [{ publishedAt: 'desc' }, { id: 'desc' }], skip: opts.skip, take: opts.take }),
    prisma.changelogEntry.count({ where }),
  ]);
  const items = rows.map((e) => ({
    id: e.id,
    entityType: e.entityType,
    entitySlug: e.entitySlug,
    version: e.version,
    action: e.action as ChangelogRecord['action'],
    observationNumber: e.observationNumber,
    publishedAlone: e.publishedAlone,
    changes: JSON.parse(e.changes) as ChangelogRecord['changes'],
    reason: e.reason,
    publishedAt: e.publishedAt.toISOString(),
    observationUrl: e.entityType === 'figure' && e.observationNumber ? observationUrl(e.entitySlug, e.observationNumber) : null,
  }));
  return { items: await readableChangelog(items), total };
}
