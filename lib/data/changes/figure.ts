import { NoChangeError, StaleVersionError, publishFigureVersion } from '../figure-versions';
import { figureContentSchema, type FigureContent } from '../../validation/figure';
import { NothingChangedError, RecordNotFoundError, StaleRecordError } from './errors';
import { isoDay } from './diff';
import type { ChangeHandler, Tx } from './types';

/** A figure's editable content, shaped like its staff form. */
export async function loadFigureContent(db: Tx, slug: string) {
  const f = await db.figure.findUnique({ where: { slug }, include: { source: true, governorate: true, initiative: true } });
  if (!f) return null;
  const content: FigureContent = {
    labelAr: f.labelAr, labelEn: f.labelEn, definitionAr: f.definitionAr, definitionEn: f.definitionEn,
    unit: f.unit as FigureContent['unit'], measure: f.measure as FigureContent['measure'], value: f.value,
    asOf: isoDay(f.asOf)!, asOfPrecision: f.asOfPrecision as FigureContent['asOfPrecision'],
    scope: f.scope as FigureContent['scope'], governorateCode: f.governorate?.code ?? null, sourceSlug: f.source.slug,
    quote: f.quote, quoteTranslation: f.quoteTranslation,
  };
  return { content, token: String(f.version), initiativeSlug: f.initiative?.slug ?? null };
}

export const figureHandler: ChangeHandler = {
  type: 'figure',
  async load(db, slug) {
    const state = await loadFigureContent(db, slug);
    return state && { content: state.content, token: state.token };
  },
  /** A new immutable version, its changelog entry, through the one publishing function figures have. */
  async publish(tx, slug, content, reason, baseToken) {
    const before = await loadFigureContent(tx, slug);
    if (!before) throw new RecordNotFoundError(slug);
    if (before.token !== baseToken) throw new StaleRecordError(before);
    try {
      const parsed = figureContentSchema.parse(content);
      await publishFigureVersion(tx, slug, { ...parsed, reason, expectedVersion: Number(baseToken) });
    } catch (error) {
      if (error instanceof NoChangeError) throw new NothingChangedError();
      if (error instanceof StaleVersionError) throw new StaleRecordError(before);
      throw error;
    }
    const after = (await loadFigureContent(tx, slug))!;
    return { before: before.content, after: after.content, publicChange: { type: 'figure', slug, initiativeSlug: after.initiativeSlug } };
  },
};
