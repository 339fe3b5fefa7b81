import { NoChangeError, StaleVersionError, bumpFigureVersion, recordFigureVersion } from '../figure-versions';
import { figureContentSchema, type FigureContent } from '../../validation/figure';
import { parseNotStated } from '../../validation/not-stated';
import { NothingChangedError, RecordNotFoundError, StaleRecordError } from './errors';
import { diffContent } from './diff';
import type { ChangeHandler, Tx } from './types';

/** What a figure means, shaped like its staff form; its values are observations (./observation.ts). */
export async function loadFigureContent(db: Tx, slug: string) {
  const f = await db.figure.findUnique({ where: { slug }, include: { governorate: true, initiative: true } });
  if (!f) return null;
  const content: FigureContent = {
    labelAr: f.labelAr, labelEn: f.labelEn, definitionAr: f.definitionAr, definitionEn: f.definitionEn,
    unit: f.unit as FigureContent['unit'], measure: f.measure as FigureContent['measure'],
    scope: f.scope as FigureContent['scope'], governorateCode: f.governorate?.code ?? null,
    // Re-written in canonical form, so a list saved unchanged is never shown as a change.
    notStated: JSON.stringify(parseNotStated(f.notStated)),
  };
  return { id: f.id, content, token: String(f.version), initiativeSlug: f.initiative?.slug ?? null };
}

export const figureHandler: ChangeHandler = {
  type: 'figure',
  async load(db, slug) {
    const state = await loadFigureContent(db, slug);
    return state && { content: state.content, token: state.token };
  },
  /** A new immutable version with the figure's new meaning, and its changelog entry. */
  async publish(tx, slug, content, reason, baseToken, meta) {
    const before = await loadFigureContent(tx, slug);
    if (!before) throw new RecordNotFoundError(slug);
    if (before.token !== baseToken) throw new StaleRecordError(before);
    const next = figureContentSchema.parse(content);
    const changes = diffContent(before.content, next);
    if (changes.length === 0) throw new NothingChangedError();
    const { governorateCode, ...fields } = next;
    const governorate = governorateCode ? await tx.governorate.findUniqueOrThrow({ where: { code: governorateCode } }) : null;
    try {
      await bumpFigureVersion(tx, before.id, Number(baseToken), { ...fields, governorate: governorate ? { connect: { id: governorate.id } } : { disconnect: true } });
    } catch (error) {
      if (error instanceof StaleVersionError) throw new StaleRecordError(before);
      if (error instanceof NoChangeError) throw new NothingChangedError();
      throw error;
    }
    await recordFigureVersion(tx, before.id, reason, changes.map((c) => (c.field === 'governorateCode' ? { ...c, field: 'governorate' } : c)), undefined, meta);
    return { before: before.content, after: next, publicChange: { type: 'figure', slug, initiativeSlug: before.initiativeSlug } };
  },
};
