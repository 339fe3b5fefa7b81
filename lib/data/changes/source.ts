import { writeChangelogEntry } from '../changelog-entries';
import { sourceContentSchema, sourceFields, type SourceContent } from '../../records/source';
import { contentFromRow, rowFromContent } from '../../records/rows';
import { NothingChangedError, RecordNotFoundError, StaleRecordError } from './errors';
import { diffContent } from './diff';
import { NEW_RECORD, type ChangeHandler, type Tx } from './types';

async function loadSource(db: Tx, slug: string) {
  const s = await db.source.findUnique({ where: { slug }, include: { archive: { select: { sha256: true } } } });
  if (!s) return null;
  const content = contentFromRow<SourceContent>(sourceFields, s, {}, { archiveSha256: s.archive?.sha256 ?? null });
  return { row: s, state: { content, token: s.updatedAt.toISOString() } };
}

async function sourceData(tx: Tx, next: SourceContent) {
  const { archiveSha256 } = next;
  const archive = archiveSha256 ? await tx.sourceArchive.findUnique({ where: { sha256: archiveSha256 }, select: { id: true } }) : null;
  if (archiveSha256 && !archive) throw new RecordNotFoundError(`archive:${archiveSha256}`);
  return { ...(rowFromContent(sourceFields, next) as Omit<SourceContent, 'archiveSha256' | 'publishedOn' | 'accessedOn'>), archiveId: archive?.id ?? null };
}

export const sourceHandler: ChangeHandler = {
  type: 'source',
  async load(db, slug) {
    return (await loadSource(db, slug))?.state ?? null;
  },
  /** Creates the source (token "new") or updates it if nobody published since the change started. */
  async publish(tx, slug, content, reason, baseToken, meta) {
    const found = await loadSource(tx, slug);
    const next = sourceContentSchema.parse(content);
    const now = new Date();
    if (baseToken === NEW_RECORD) {
      if (found) throw new StaleRecordError(found.state);
      await tx.source.create({ data: { ...(await sourceData(tx, next)), slug, createdAt: now, updatedAt: now } });
      const changes = diffContent(null, next);
      await writeChangelogEntry(tx, { entityType: 'source', entitySlug: slug, action: 'create', changes: JSON.stringify(changes), reason, publishedAt: now }, meta);
      return { before: {}, after: next, publicChange: { type: 'source', slug } };
    }
    if (!found) throw new RecordNotFoundError(slug);
    const { row, state } = found;
    if (state.token !== baseToken) throw new StaleRecordError(state);
    const changes = diffContent(state.content, next);
    if (changes.length === 0) throw new NothingChangedError();
    const updated = await tx.source.updateMany({ where: { id: row.id, updatedAt: row.updatedAt }, data: { ...(await sourceData(tx, next)), updatedAt: now } });
    if (updated.count === 0) throw new StaleRecordError(state);
    await writeChangelogEntry(tx, { entityType: 'source', entitySlug: slug, changes: JSON.stringify(changes), reason, publishedAt: now }, meta);
    return { before: state.content, after: next, publicChange: { type: 'source', slug } };
  },
};
