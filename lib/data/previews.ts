import 'server-only';
import { prisma } from '../db';
import type { Locale } from '../i18n/locales';
import { figureContentSchema, splitNewFigure } from '../records/figure';
import { initiativeContentSchema, initiativeFields } from '../records/initiative';
import { observationContentSchema, observationFields, parseObservationKey } from '../records/observation';
import { rowFromContent } from '../records/rows';
import { viewOf } from '../records/view';
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

/**
 * A change to what a figure means: the same observations under the new label, definition, unit or scope. A new figure
 * (no published row yet) shows with its first value, its source and its initiative, as version 1.
 */
export async function previewFigure(locale: Locale, slug: string, content: Content): Promise<FigurePreview | null> {
  const row = await prisma.figure.findUnique({ where: { slug }, include: figureInclude });
  if (!row) return previewNewFigure(locale, slug, content);
  const parsed = figureContentSchema.safeParse(content);
  if (!parsed.success) return null;
  const { governorateCode, ...fields } = parsed.data;
  const governorate = governorateCode ? await prisma.governorate.findUnique({ where: { code: governorateCode } }) : null;
  const figure = toFigureView({ ...row, ...fields, governorate, governorateId: governorate?.id ?? null, version: row.version + 1, updatedAt: new Date() }, locale);
  return { figure, derived: await derivedWith(locale, figure) };
}

async function previewNewFigure(locale: Locale, slug: string, content: Content): Promise<FigurePreview | null> {
  let parts;
  try {
    parts = splitNewFigure(content);
  } catch {
    return null;
  }
  const { figure: f, first, initiativeSlug } = parts;
  const [source, governorate, initiative] = await Promise.all([
    prisma.source.findUnique({ where: { slug: first.sourceSlug }, include: sourceInclude }),
    f.governorateCode ? prisma.governorate.findUnique({ where: { code: f.governorateCode } }) : null,
    initiativeSlug ? prisma.initiative.findUnique({ where: { slug: initiativeSlug } }) : null,
  ]);
  if (!source) return null;
  const now = new Date();
  const { governorateCode: _g, ...fields } = f;
  const observation: ObservationRow = {
    id: 0, figureId: 0, number: 1, revision: 1, ...(rowFromContent(observationFields, first) as Pick<ObservationRow, 'value' | 'asOf' | 'asOfPrecision' | 'periodStart' | 'quote' | 'quoteTranslation' | 'locator' | 'valueNote'>),
    sourceId: source.id, source, publishedAt: now, createdAt: now, updatedAt: now,
  };
  const row: FigureRow = {
    id: 0, slug, ...fields, governorateId: governorate?.id ?? null, governorate, initiativeId: initiative?.id ?? null, initiative, sortOrder: 0,
    version: 1, publishedAt: now, createdAt: now, updatedAt: now, retiredAt: null, retiredReasonAr: null, retiredReasonEn: null, observations: [observation],
  };
  const figure = toFigureView(row, locale);
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

/** An initiative page as it will read: an edit of a published one, or a new one (not yet in the database). */
export async function previewInitiative(locale: Locale, slug: string, content: Content): Promise<InitiativeView | null> {
  const parsed = initiativeContentSchema.safeParse(content);
  if (!parsed.success) return null;
  const [current, source] = await Promise.all([
    getInitiativeBySlug(locale, slug),
    prisma.source.findUnique({ where: { slug: parsed.data.sourceSlug }, include: sourceInclude }),
  ]);
  if (!source) return null;
  return {
    slug,
    ...viewOf(initiativeFields, rowFromContent(initiativeFields, parsed.data), locale),
    source: toSourceRef(source, locale),
    figures: current?.figures ?? [],
    retired: current?.retired ?? null,
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
