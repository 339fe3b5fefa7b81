import 'server-only';
import { prisma } from '../db';
import { type Locale, localized } from '../i18n/locales';
import { figureContentSchema } from '../records/figure';
import { initiativeContentSchema } from '../records/initiative';
import { observationContentSchema, parseObservationKey } from '../records/observation';
import { sourceContentSchema } from '../records/source';
import { dayToDate } from './changes/diff';
import type { Content } from './changes/types';
import { headlineOf } from './figure-versions';
import { deriveFrom, listFigures, type DerivedView } from './figures';
import { getInitiativeBySlug } from './initiatives';
import { archiveSelect, figureInclude, sourceInclude, toFigureView, toObservationView, toSourceRef, type FigureRow, type ObservationRow } from './mappers';
import type { FigureView, InitiativeView, SourceRef } from './types';

/** A figure page exactly as it would read once the change is published. */
export interface FigurePreview {
  figure: FigureView;
  derived: DerivedView[];
}

/** Calculated figures that use this figure, from the same-date observations of the figures as they would be. */
async function derivedWith(locale: Locale, figure: FigureView): Promise<DerivedView[]> {
  const views = new Map((await listFigures(locale)).map((f) => [f.slug, f]));
  views.set(figure.slug, figure);
  return deriveFrom(views, figure.slug);
}

/** A change to what a figure means: the same observations under the new label, definition, unit or scope. */
export async function previewFigure(locale: Locale, slug: string, content: Content): Promise<FigurePreview | null> {
  const row = await prisma.figure.findUnique({ where: { slug }, include: figureInclude });
  const parsed = figureContentSchema.safeParse(content);
  if (!row || !parsed.success) return null;
  const { governorateCode, ...fields } = parsed.data;
  const governorate = governorateCode ? await prisma.governorate.findUnique({ where: { code: governorateCode } }) : null;
  const figure = toFigureView({ ...row, ...fields, governorate, governorateId: governorate?.id ?? null, version: row.version + 1, updatedAt: new Date() }, locale);
  return { figure, derived: await derivedWith(locale, figure) };
}

export interface ObservationPreview extends FigurePreview {
  /** Whether the figure will also lead with this value once published (it leads with the newest date). */
  isHeadline: boolean;
}

/** A new or corrected observation, shown as the figure's headline with its own source, quote and date. */
export async function previewObservation(locale: Locale, key: string, content: Content): Promise<ObservationPreview | null> {
  const { figureSlug, number } = parseObservationKey(key);
  const [row, parsed] = [await prisma.figure.findUnique({ where: { slug: figureSlug }, include: figureInclude }), observationContentSchema.safeParse(content)];
  if (!row || !parsed.success) return null;
  const c = parsed.data;
  const source = await prisma.source.findUnique({ where: { slug: c.sourceSlug }, include: sourceInclude });
  const existing = number === null ? null : row.observations.find((o) => o.number === number);
  if (!source || (number !== null && !existing)) return null;
  const now = new Date();
  const proposed: ObservationRow = {
    id: existing?.id ?? 0, figureId: row.id, number: existing?.number ?? Math.max(0, ...row.observations.map((o) => o.number)) + 1,
    revision: (existing?.revision ?? 0) + 1, value: c.value, asOf: dayToDate(c.asOf)!, asOfPrecision: c.asOfPrecision, periodStart: dayToDate(c.periodStart),
    sourceId: source.id, source, quote: c.quote, quoteTranslation: c.quoteTranslation, locator: c.locator, valueNote: c.valueNote,
    publishedAt: now, createdAt: existing?.createdAt ?? now, updatedAt: now,
  };
  const observations = [...row.observations.filter((o) => o.number !== proposed.number), proposed].sort((a, b) => +a.asOf - +b.asOf || a.number - b.number);
  const next: FigureRow = { ...row, observations, version: row.version + 1, updatedAt: now };
  const figure = toFigureView(next, locale, toObservationView(proposed, locale));
  return { figure, derived: await derivedWith(locale, figure), isHeadline: headlineOf(observations)?.number === proposed.number };
}

export async function previewInitiative(locale: Locale, slug: string, content: Content): Promise<InitiativeView | null> {
  const current = await getInitiativeBySlug(locale, slug);
  if (!current) return null;
  const c = initiativeContentSchema.parse(content);
  const source = await prisma.source.findUnique({ where: { slug: c.sourceSlug }, include: sourceInclude });
  return {
    ...current,
    name: localized(c, 'name', locale),
    summary: localized(c, 'summary', locale),
    body: localized(c, 'body', locale),
    kind: c.kind,
    status: c.status,
    startDate: dayToDate(c.startDate),
    startPrecision: c.startPrecision,
    quote: c.quote,
    quoteTranslation: c.quoteTranslation,
    source: source ? toSourceRef(source, locale) : current.source,
  };
}

/** A source as it will read: an edit of a published one, or a new one (token "new") not yet in the database. */
export async function previewSource(locale: Locale, slug: string, content: Content): Promise<SourceRef | null> {
  const parsed = sourceContentSchema.safeParse(content);
  if (!parsed.success) return null;
  const { archiveSha256, publishedOn, accessedOn, ...fields } = parsed.data;
  const [row, archive] = await Promise.all([
    prisma.source.findUnique({ where: { slug } }),
    archiveSha256 ? prisma.sourceArchive.findUnique({ where: { sha256: archiveSha256 }, select: { id: true, ...archiveSelect } }) : null,
  ]);
  const now = new Date();
  const base = row ?? { id: 0, slug, createdAt: now, updatedAt: now, retiredAt: null, retiredReasonAr: null, retiredReasonEn: null };
  return toSourceRef({ ...base, ...fields, publishedOn: dayToDate(publishedOn), accessedOn: dayToDate(accessedOn), archiveId: archive?.id ?? null, archive }, locale);
}
