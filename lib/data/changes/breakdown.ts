import { writeChangelogEntry } from '../changelog-entries';
import { z } from 'zod';
import { datePrecisionSchema, decimalSchema, slugSchema } from '../../vocabulary';
import { isoDateSchema } from '../../validation/date';
import { NothingChangedError, RecordNotFoundError, StaleRecordError } from './errors';
import { dayToDate, isoDay } from './diff';
import type { ChangeHandler, Tx } from './types';

const optional = (max: number) => z.string().min(1).max(max).nullable();

/** A checked import, as kept in a draft until it is published: who states the values, where, for when, and the rows. */
export const breakdownContentSchema = z
  .object({
    titleAr: z.string().min(1).max(200),
    titleEn: z.string().min(1).max(200),
    sourceSlug: slugSchema,
    quote: optional(4000),
    locator: optional(300),
    asOf: isoDateSchema,
    asOfPrecision: datePrecisionSchema,
    periodStart: isoDateSchema.nullable(),
    dimension: z.enum(['governorate', 'period', 'governorate-period']),
    rows: z
      .array(z.object({ governorateCode: z.string().nullable(), periodStart: isoDateSchema.nullable(), periodEnd: isoDateSchema.nullable(), value: decimalSchema }))
      .min(1),
  })
  .refine((c) => c.quote || c.locator, { path: ['quote'], message: 'quoteOrLocator' });
export type BreakdownContent = z.infer<typeof breakdownContentSchema>;
/** Breakdowns imported before they named their source have none of these. */
type PublishedBreakdown = Omit<BreakdownContent, 'sourceSlug' | 'asOf' | 'asOfPrecision'> & { sourceSlug: string | null; asOf: string | null; asOfPrecision: string | null };

/** The newest published breakdown of a figure; its id is the token a new import starts from. */
async function loadBreakdown(db: Tx, figureSlug: string) {
  const figure = await db.figure.findUnique({ where: { slug: figureSlug }, select: { id: true, initiative: { select: { slug: true } } } });
  if (!figure) return null;
  const latest = await db.breakdown.findFirst({
    where: { figureId: figure.id },
    orderBy: { id: 'desc' },
    include: { source: { select: { slug: true } }, values: { include: { governorate: true }, orderBy: { id: 'asc' } } },
  });
  const content: PublishedBreakdown | { rows: [] } = latest
    ? {
        titleAr: latest.titleAr, titleEn: latest.titleEn, sourceSlug: latest.source?.slug ?? null, quote: latest.quote, locator: latest.locator,
        asOf: isoDay(latest.asOf), asOfPrecision: latest.asOfPrecision, periodStart: isoDay(latest.periodStart), dimension: latest.dimension as BreakdownContent['dimension'],
        rows: latest.values.map((v) => ({ governorateCode: v.governorate?.code ?? null, periodStart: isoDay(v.periodStart), periodEnd: isoDay(v.periodEnd), value: v.value })),
      }
    : { rows: [] };
  return { figureId: figure.id, state: { content, token: String(latest?.id ?? 0) } };
}

export const breakdownHandler: ChangeHandler = {
  type: 'breakdown',
  async load(db, figureSlug) {
    return (await loadBreakdown(db, figureSlug))?.state ?? null;
  },
  /** Adds the breakdown as the figure's newest (earlier ones stay on record) and its changelog entry. */
  async publish(tx, figureSlug, content, reason, baseToken, meta) {
    const found = await loadBreakdown(tx, figureSlug);
    if (!found) throw new RecordNotFoundError(figureSlug);
    if (found.state.token !== baseToken) throw new StaleRecordError(found.state);
    // A draft from before breakdowns named their source is refused, never credited to the figure's source.
    const parsed = breakdownContentSchema.safeParse(content);
    if (!parsed.success) throw new RecordNotFoundError(`source:${String(content.sourceSlug ?? '')}`);
    const next = parsed.data;
    if (JSON.stringify(next) === JSON.stringify(found.state.content)) throw new NothingChangedError();
    const source = await tx.source.findUnique({ where: { slug: next.sourceSlug }, select: { id: true } });
    if (!source) throw new RecordNotFoundError(`source:${next.sourceSlug}`);
    const governorates = new Map((await tx.governorate.findMany()).map((g) => [g.code, g.id]));
    const now = new Date();
    await tx.breakdown.create({
      data: {
        figureId: found.figureId, dimension: next.dimension, titleAr: next.titleAr, titleEn: next.titleEn, publishedAt: now,
        sourceId: source.id, quote: next.quote, locator: next.locator, asOf: dayToDate(next.asOf), asOfPrecision: next.asOfPrecision, periodStart: dayToDate(next.periodStart),
        values: {
          create: next.rows.map((r) => ({
            governorateId: r.governorateCode ? governorates.get(r.governorateCode)! : null,
            periodStart: dayToDate(r.periodStart), periodEnd: dayToDate(r.periodEnd), value: r.value,
          })),
        },
      },
    });
    const changes = [{ field: 'breakdown', from: String(found.state.content.rows.length), to: String(next.rows.length) }];
    await writeChangelogEntry(tx, { entityType: 'breakdown', entitySlug: figureSlug, changes: JSON.stringify(changes), reason, publishedAt: now }, meta);
    return { before: found.state.content, after: next, publicChange: { type: 'breakdown', figureSlug } };
  },
};
