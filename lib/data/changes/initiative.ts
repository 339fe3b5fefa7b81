import { writeChangelogEntry } from '../changelog-entries';
import { initiativeContentSchema, initiativeFields, type InitiativeContent } from '../../records/initiative';
import { contentFromRow, rowFromContent } from '../../records/rows';
import { NothingChangedError, RecordNotFoundError, SourceNotPublishedError, StaleRecordError } from './errors';
import { diffContent } from './diff';
import { NEW_RECORD, type ChangeHandler, type Tx } from './types';

async function loadInitiative(db: Tx, slug: string) {
  const i = await db.initiative.findUnique({ where: { slug }, include: { source: true, figures: { select: { slug: true } } } });
  if (!i) return null;
  const content = contentFromRow<InitiativeContent>(initiativeFields, i, { sourceSlug: i.source.slug });
  return { row: i, state: { content, token: i.updatedAt.toISOString() } };
}

/** The initiative's own columns and its source, as a row writes them. */
async function initiativeData(tx: Tx, next: InitiativeContent) {
  const source = await tx.source.findUnique({ where: { slug: next.sourceSlug }, select: { id: true } });
  if (!source) throw new SourceNotPublishedError(next.sourceSlug);
  return { ...rowFromContent(initiativeFields, next), sourceId: source.id } as Omit<InitiativeContent, 'sourceSlug' | 'startDate'> & { startDate: Date | null; sourceId: number };
}

export const initiativeHandler: ChangeHandler = {
  type: 'initiative',
  async load(db, slug) {
    return (await loadInitiative(db, slug))?.state ?? null;
  },
  /** Creates the initiative (token "new") or updates it if nobody published since `baseToken`; adds its changelog entry. */
  async publish(tx, slug, content, reason, baseToken, meta) {
    const found = await loadInitiative(tx, slug);
    const next = initiativeContentSchema.parse(content);
    const now = new Date();
    if (baseToken === NEW_RECORD) {
      if (found) throw new StaleRecordError(found.state);
      // A new initiative is listed after those already published.
      const last = await tx.initiative.aggregate({ _max: { sortOrder: true } });
      await tx.initiative.create({ data: { ...(await initiativeData(tx, next)), slug, sortOrder: (last._max.sortOrder ?? 0) + 1, createdAt: now, updatedAt: now } });
      await writeChangelogEntry(tx, { entityType: 'initiative', entitySlug: slug, action: 'create', changes: JSON.stringify(diffContent(null, next)), reason, publishedAt: now }, meta);
      return { before: {}, after: next, publicChange: { type: 'initiative', slug, figureSlugs: [] } };
    }
    if (!found) throw new RecordNotFoundError(slug);
    const { row, state } = found;
    if (state.token !== baseToken) throw new StaleRecordError(state);
    const changes = diffContent(state.content, next);
    if (changes.length === 0) throw new NothingChangedError();
    const updated = await tx.initiative.updateMany({ where: { id: row.id, updatedAt: row.updatedAt }, data: { ...(await initiativeData(tx, next)), updatedAt: now } });
    if (updated.count === 0) throw new StaleRecordError(state);
    await writeChangelogEntry(tx, { entityType: 'initiative', entitySlug: slug, changes: JSON.stringify(changes), reason, publishedAt: now }, meta);
    return { before: state.content, after: next, publicChange: { type: 'initiative', slug, figureSlugs: row.figures.map((f) => f.slug) } };
  },
};
