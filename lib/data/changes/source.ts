import { sourceContentSchema, type SourceContent } from '../../validation/source';
import { NothingChangedError, RecordNotFoundError, StaleRecordError } from './errors';
import { dayToDate, diffContent, isoDay } from './diff';
import type { ChangeHandler, Tx } from './types';

async function loadSource(db: Tx, slug: string) {
  const s = await db.source.findUnique({ where: { slug } });
  if (!s) return null;
  const content: SourceContent = {
    publisherAr: s.publisherAr, publisherEn: s.publisherEn, titleAr: s.titleAr, titleEn: s.titleEn,
    originAr: s.originAr, originEn: s.originEn, language: s.language as SourceContent['language'],
    publishedOn: isoDay(s.publishedOn), publishedPrecision: s.publishedPrecision as SourceContent['publishedPrecision'],
    url: s.url, quote: s.quote, quoteTranslation: s.quoteTranslation, accessedOn: isoDay(s.accessedOn),
  };
  return { row: s, state: { content, token: s.updatedAt.toISOString() } };
}

export const sourceHandler: ChangeHandler = {
  type: 'source',
  async load(db, slug) {
    return (await loadSource(db, slug))?.state ?? null;
  },
  async publish(tx, slug, content, reason, baseToken) {
    const found = await loadSource(tx, slug);
    if (!found) throw new RecordNotFoundError(slug);
    const { row, state } = found;
    if (state.token !== baseToken) throw new StaleRecordError(state);
    const next = sourceContentSchema.parse(content);
    const changes = diffContent(state.content, next);
    if (changes.length === 0) throw new NothingChangedError();
    const now = new Date();
    const updated = await tx.source.updateMany({
      where: { id: row.id, updatedAt: row.updatedAt },
      data: { ...next, publishedOn: dayToDate(next.publishedOn), accessedOn: dayToDate(next.accessedOn), updatedAt: now },
    });
    if (updated.count === 0) throw new StaleRecordError(state);
    await tx.changelogEntry.create({ data: { entityType: 'source', entitySlug: slug, changes: JSON.stringify(changes), reason, publishedAt: now } });
    return { before: state.content, after: next, publicChange: { type: 'source', slug } };
  },
};
