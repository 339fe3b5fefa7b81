import type { PublishMeta } from '../changelog-entries';
import { NoChangeError, StaleVersionError, addObservation, bumpFigureVersion, recordFigureVersion } from '../figure-versions';
import { figureContentSchema, figureFields, splitNewFigure, type FigureContent } from '../../records/figure';
import { contentFromRow } from '../../records/rows';
import { parseNotStated } from '../../validation/not-stated';
import { NothingChangedError, RecordNotFoundError, SourceNotPublishedError, StaleRecordError } from './errors';
import { diffContent } from './diff';
import { NEW_RECORD, type ChangeHandler, type Content, type PublishResult, type Tx } from './types';

/** What a figure means, shaped like its staff form; its values are observations (./observation.ts). */
export async function loadFigureContent(db: Tx, slug: string) {
  const f = await db.figure.findUnique({ where: { slug }, include: { governorate: true, initiative: true } });
  if (!f) return null;
  // The list is re-written in canonical form, so a list saved unchanged is never shown as a change.
  const content = contentFromRow<FigureContent>(figureFields, f, { governorateCode: f.governorate?.code ?? null }, { notStated: JSON.stringify(parseNotStated(f.notStated)) });
  return { id: f.id, content, token: String(f.version), initiativeSlug: f.initiative?.slug ?? null };
}

/** Creates a figure at version 1 with its first observation, listed after the figures already published. */
async function createFigure(tx: Tx, slug: string, content: Content, reason: string, meta: PublishMeta): Promise<PublishResult> {
  const found = await loadFigureContent(tx, slug);
  if (found) throw new StaleRecordError(found);
  const { figure, first, initiativeSlug } = splitNewFigure(content);
  if (!(await tx.source.findUnique({ where: { slug: first.sourceSlug }, select: { id: true } }))) throw new SourceNotPublishedError(first.sourceSlug);
  const { governorateCode, ...fields } = figure;
  const [governorate, initiative, last] = await Promise.all([
    governorateCode ? tx.governorate.findUniqueOrThrow({ where: { code: governorateCode }, select: { id: true } }) : null,
    initiativeSlug ? tx.initiative.findUnique({ where: { slug: initiativeSlug }, select: { id: true, retiredAt: true } }) : null,
    tx.figure.aggregate({ _max: { sortOrder: true } }),
  ]);
  if (initiativeSlug && (!initiative || initiative.retiredAt)) throw new RecordNotFoundError(initiativeSlug);
  const now = new Date();
  const created = await tx.figure.create({
    data: { ...fields, slug, version: 1, governorateId: governorate?.id ?? null, initiativeId: initiative?.id ?? null, sortOrder: (last._max.sortOrder ?? 0) + 1, publishedAt: now, createdAt: now, updatedAt: now },
  });
  await addObservation(tx, created.id, first, reason, { firstVersion: true, now, ...meta });
  return { before: {}, after: content, publicChange: { type: 'figure', slug, initiativeSlug } };
}

export const figureHandler: ChangeHandler = {
  type: 'figure',
  async load(db, slug) {
    const state = await loadFigureContent(db, slug);
    return state && { content: state.content, token: state.token };
  },
  /** A new figure with its first value (token "new"), or a new immutable version with its new meaning; each with its changelog entry. */
  async publish(tx, slug, content, reason, baseToken, meta) {
    if (baseToken === NEW_RECORD) return createFigure(tx, slug, content, reason, meta);
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
