import 'server-only';
import { prisma } from '../db';
import { siteUrl } from '../site';
import type { DatePrecision } from '../format';
import type {
  BreakdownRecord, ChangelogRecord, FigureRecord, FigureVersionRecord, GovernorateRecord, InitiativeRecord, SourceRecord,
} from '../api/schemas';
import type { Figure, FigureRevision, Governorate, Initiative, Source } from '../generated/prisma/client';

/** The public dataset, bilingual and exact: what the API, downloads and data package serve. */
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const bi = (ar: string, en: string) => ({ ar, en });

export const figureUrl = (slug: string, locale = 'ar') => `${siteUrl()}/${locale}/figures/${slug}`;
export const versionUrl = (slug: string, version: number, locale = 'ar') => `${figureUrl(slug, locale)}/v/${version}`;

function toSource(s: Source): SourceRecord {
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
  };
}

type FigureRow = Figure & { source: Source; governorate: Governorate | null; initiative: Initiative | null };

function toFigure(f: FigureRow): FigureRecord {
  return {
    slug: f.slug,
    label: bi(f.labelAr, f.labelEn),
    definition: bi(f.definitionAr, f.definitionEn),
    unit: f.unit as FigureRecord['unit'],
    measure: f.measure as FigureRecord['measure'],
    value: f.value,
    asOf: day(f.asOf)!,
    asOfPrecision: f.asOfPrecision as DatePrecision,
    scope: f.scope as FigureRecord['scope'],
    governorate: f.governorate?.code ?? null,
    initiative: f.initiative?.slug ?? null,
    source: f.source.slug,
    quote: f.quote,
    quoteTranslation: f.quoteTranslation,
    version: f.version,
    publishedAt: f.publishedAt.toISOString(),
    url: figureUrl(f.slug),
    versionUrl: versionUrl(f.slug, f.version),
  };
}

const figureInclude = { source: true, governorate: true, initiative: true } as const;

export async function listFigureRecords(): Promise<FigureRecord[]> {
  const rows = await prisma.figure.findMany({ include: figureInclude, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] });
  return rows.map(toFigure);
}

export async function getFigureRecord(slug: string): Promise<FigureRecord | null> {
  const row = await prisma.figure.findUnique({ where: { slug }, include: figureInclude });
  return row ? toFigure(row) : null;
}

type RevisionRow = FigureRevision & { figure: Figure; source: Source };

function toVersion(r: RevisionRow, governorates: Map<number, string>): FigureVersionRecord {
  return {
    slug: r.figure.slug,
    label: bi(r.labelAr, r.labelEn),
    definition: bi(r.definitionAr, r.definitionEn),
    unit: r.unit as FigureRecord['unit'],
    measure: r.measure as FigureRecord['measure'],
    value: r.value,
    asOf: day(r.asOf)!,
    asOfPrecision: r.asOfPrecision as DatePrecision,
    scope: r.scope as FigureRecord['scope'],
    governorate: r.governorateId ? governorates.get(r.governorateId) ?? null : null,
    source: r.source.slug,
    quote: r.quote,
    quoteTranslation: r.quoteTranslation,
    version: r.version,
    publishedAt: r.publishedAt.toISOString(),
    reason: r.reason,
    latestVersion: r.figure.version,
    url: figureUrl(r.figure.slug),
    versionUrl: versionUrl(r.figure.slug, r.version),
  };
}

async function governorateCodes(): Promise<Map<number, string>> {
  return new Map((await prisma.governorate.findMany({ select: { id: true, code: true } })).map((g) => [g.id, g.code]));
}

/** Every version of a figure, oldest first; null when the figure does not exist. */
export async function listFigureVersionRecords(slug: string): Promise<FigureVersionRecord[] | null> {
  const figure = await prisma.figure.findUnique({ where: { slug }, select: { id: true } });
  if (!figure) return null;
  const [rows, govs] = await Promise.all([
    prisma.figureRevision.findMany({ where: { figureId: figure.id }, include: { figure: true, source: true }, orderBy: { version: 'asc' } }),
    governorateCodes(),
  ]);
  return rows.map((r) => toVersion(r, govs));
}

export async function getFigureVersionRecord(slug: string, version: number): Promise<FigureVersionRecord | null> {
  const row = await prisma.figureRevision.findFirst({ where: { figure: { slug }, version }, include: { figure: true, source: true } });
  return row ? toVersion(row, await governorateCodes()) : null;
}

export async function listAllVersionKeys(): Promise<{ slug: string; version: number }[]> {
  const rows = await prisma.figureRevision.findMany({ select: { version: true, figure: { select: { slug: true } } } });
  return rows.map((r) => ({ slug: r.figure.slug, version: r.version }));
}

export async function listSourceRecords(): Promise<SourceRecord[]> {
  return (await prisma.source.findMany({ orderBy: { id: 'asc' } })).map(toSource);
}

export async function getSourceRecord(slug: string): Promise<SourceRecord | null> {
  const row = await prisma.source.findUnique({ where: { slug } });
  return row ? toSource(row) : null;
}

export async function listInitiativeRecords(): Promise<InitiativeRecord[]> {
  const rows = await prisma.initiative.findMany({
    include: { source: true, figures: { select: { slug: true }, orderBy: { sortOrder: 'asc' } } },
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
  });
  return rows.map((i) => ({
    slug: i.slug,
    name: bi(i.nameAr, i.nameEn),
    summary: bi(i.summaryAr, i.summaryEn),
    body: bi(i.bodyAr, i.bodyEn),
    kind: i.kind as InitiativeRecord['kind'],
    startDate: day(i.startDate),
    startPrecision: (i.startPrecision as DatePrecision | null) ?? null,
    status: i.status as InitiativeRecord['status'],
    source: i.source.slug,
    quote: i.quote,
    figures: i.figures.map((f) => f.slug),
    url: `${siteUrl()}/ar/initiatives/${i.slug}`,
  }));
}

export async function listGovernorateRecords(): Promise<GovernorateRecord[]> {
  const rows = await prisma.governorate.findMany({ orderBy: [{ tileRow: 'asc' }, { tileCol: 'asc' }] });
  return rows.map((g) => ({ code: g.code, name: bi(g.nameAr, g.nameEn), tileRow: g.tileRow, tileCol: g.tileCol }));
}

export async function listBreakdownRecords(figureSlug?: string): Promise<BreakdownRecord[]> {
  const rows = await prisma.breakdown.findMany({
    where: figureSlug ? { figure: { slug: figureSlug } } : undefined,
    include: { figure: { select: { slug: true } }, values: { include: { governorate: true }, orderBy: { id: 'asc' } } },
    orderBy: { id: 'asc' },
  });
  return rows.map((b) => ({
    id: b.id,
    figure: b.figure.slug,
    dimension: b.dimension,
    title: bi(b.titleAr, b.titleEn),
    values: b.values.map((v) => ({ governorate: v.governorate?.code ?? null, periodStart: day(v.periodStart), periodEnd: day(v.periodEnd), value: v.value })),
  }));
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
    changes: JSON.parse(e.changes) as ChangelogRecord['changes'],
    reason: e.reason,
    publishedAt: e.publishedAt.toISOString(),
    url: e.entityType === 'figure' && e.version ? versionUrl(e.entitySlug, e.version) : null,
  }));
  return { items, total };
}
