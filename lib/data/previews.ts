import 'server-only';
import { prisma } from '../db';
import { computeDerived } from '../derived';
import type { Locale } from '../i18n/locales';
import { figureContentSchema } from '../validation/figure';
import { initiativeContentSchema } from '../validation/initiative';
import { sourceContentSchema } from '../validation/source';
import { dayToDate } from './changes/diff';
import type { Content } from './changes/types';
import { listFigures, type DerivedView } from './figures';
import { getInitiativeBySlug } from './initiatives';
import { figureInclude, toFigureView, toSourceRef } from './mappers';
import type { FigureView, InitiativeView, SourceRef } from './types';

/** A figure page exactly as it would read once the change is published. */
export interface FigurePreview {
  figure: FigureView;
  derived: DerivedView[];
}

export async function previewFigure(locale: Locale, slug: string, content: Content, reason: string): Promise<FigurePreview | null> {
  const row = await prisma.figure.findUnique({ where: { slug }, include: figureInclude });
  if (!row) return null;
  const c = figureContentSchema.parse(content);
  const [source, governorate] = await Promise.all([
    prisma.source.findUnique({ where: { slug: c.sourceSlug } }),
    c.governorateCode ? prisma.governorate.findUnique({ where: { code: c.governorateCode } }) : null,
  ]);
  const { sourceSlug: _s, governorateCode: _g, ...fields } = c;
  const now = new Date();
  const next = { ...row, ...fields, asOf: dayToDate(c.asOf)!, source: source ?? row.source, governorate, version: row.version + 1, updatedAt: now };
  const figure = toFigureView(next, locale);
  const others = await listFigures(locale);
  const views = new Map<string, FigureView>(others.map((f) => [f.slug, f]));
  views.set(slug, figure);
  const derived = computeDerived(new Map([...views].map(([s, f]) => [s, f.value])))
    .filter((d) => d.numerator === slug || d.denominator === slug)
    .map((d) => ({ ...d, numeratorFigure: views.get(d.numerator)!, denominatorFigure: views.get(d.denominator)! }));
  return { figure, derived };
}

export async function previewInitiative(locale: Locale, slug: string, content: Content): Promise<InitiativeView | null> {
  const current = await getInitiativeBySlug(locale, slug);
  if (!current) return null;
  const c = initiativeContentSchema.parse(content);
  const source = await prisma.source.findUnique({ where: { slug: c.sourceSlug } });
  const ar = locale === 'ar';
  return {
    ...current,
    name: ar ? c.nameAr : c.nameEn,
    summary: ar ? c.summaryAr : c.summaryEn,
    body: ar ? c.bodyAr : c.bodyEn,
    kind: c.kind,
    status: c.status,
    startDate: dayToDate(c.startDate),
    startPrecision: c.startPrecision,
    quote: c.quote,
    quoteTranslation: c.quoteTranslation,
    source: source ? toSourceRef(source, locale) : current.source,
  };
}

export async function previewSource(locale: Locale, slug: string, content: Content): Promise<SourceRef | null> {
  const row = await prisma.source.findUnique({ where: { slug } });
  if (!row) return null;
  const c = sourceContentSchema.parse(content);
  return toSourceRef({ ...row, ...c, publishedOn: dayToDate(c.publishedOn), accessedOn: dayToDate(c.accessedOn) }, locale);
}
