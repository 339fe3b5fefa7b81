import { writeChangelogEntry } from '../changelog-entries';
import { initiativeContentSchema, type InitiativeContent } from '../../validation/initiative';
import { NothingChangedError, RecordNotFoundError, StaleRecordError } from './errors';
import { dayToDate, diffContent, isoDay } from './diff';
import type { ChangeHandler, Tx } from './types';

async function loadInitiative(db: Tx, slug: string) {
  const i = await db.initiative.findUnique({ where: { slug }, include: { source: true, figures: { select: { slug: true } } } });
  if (!i) return null;
  const content: InitiativeContent = {
    nameAr: i.nameAr, nameEn: i.nameEn, summaryAr: i.summaryAr, summaryEn: i.summaryEn, bodyAr: i.bodyAr, bodyEn: i.bodyEn,
    kind: i.kind as InitiativeContent['kind'], status: i.status as InitiativeContent['status'],
    startDate: isoDay(i.startDate), startPrecision: i.startPrecision as InitiativeContent['startPrecision'],
    sourceSlug: i.source.slug, quote: i.quote, quoteTranslation: i.quoteTranslation,
  };
  return { row: i, state: { content, token: i.updatedAt.toISOString() } };
}

export const initiativeHandler: ChangeHandler = {
  type: 'initiative',
  async load(db, slug) {
    return (await loadInitiative(db, slug))?.state ?? null;
  },
  /** Updates the initiative only if nobody published since `baseToken`, and adds its changelog entry. */
  async publish(tx, slug, content, reason, baseToken, meta) {
    const found = await loadInitiative(tx, slug);
    if (!found) throw new RecordNotFoundError(slug);
    const { row, state } = found;
    if (state.token !== baseToken) throw new StaleRecordError(state);
    const next = initiativeContentSchema.parse(content);
    const changes = diffContent(state.content, next);
    if (changes.length === 0) throw new NothingChangedError();
    const source = await tx.source.findUniqueOrThrow({ where: { slug: next.sourceSlug } });
    const { sourceSlug: _s, startDate, ...fields } = next;
    const now = new Date();
    const updated = await tx.initiative.updateMany({
      where: { id: row.id, updatedAt: row.updatedAt },
      data: { ...fields, startDate: dayToDate(startDate), sourceId: source.id, updatedAt: now },
    });
    if (updated.count === 0) throw new StaleRecordError(state);
    await writeChangelogEntry(tx, { entityType: 'initiative', entitySlug: slug, changes: JSON.stringify(changes), reason, publishedAt: now }, meta);
    return { before: state.content, after: next, publicChange: { type: 'initiative', slug, figureSlugs: row.figures.map((f) => f.slug) } };
  },
};
