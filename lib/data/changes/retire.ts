import 'server-only';
import { prisma } from '../../db';
import { recordAuditEvent, type Actor } from '../audit-log';
import { writeChangelogEntry, type PublishMeta } from '../changelog-entries';
import { lockUntilCommit } from '../locks';
import type { PublicChange } from '../revalidate';
import type { EntityType } from '../../validation/change';
import { retirableTypes, retireContentSchema, type RetirableType, type RetireContent } from '../../validation/retire';
import { OpenChangeError, RecordNotFoundError, RetiredRecordError } from './errors';
import type { FieldChange, PublishResult, Tx } from './types';

/**
 * Retire, never delete: a retirement is a change like any other (draft → review → publish, two people), whose payload
 * is the public reason in each language. Publishing it stamps the record with when and why; the record's pages,
 * versions, embeds and API paths keep resolving with that notice, and lists leave it out (lib/data/retired.ts).
 */

/** A change's action: `edit` carries the record's new content, `retire` the reasons (ChangeRequest.action). */
export type ChangeAction = 'edit' | 'retire';

interface Retirable {
  id: number;
  retiredAt: Date | null;
  /** The version token an edit would start from (a figure's version, others' last update). */
  token: string;
  publicChange: PublicChange;
}

const retirement = { id: true, retiredAt: true } as const;

async function loadRetirable(db: Tx, type: RetirableType, slug: string): Promise<Retirable | null> {
  if (type === 'figure') {
    const f = await db.figure.findUnique({ where: { slug }, select: { ...retirement, version: true, initiative: { select: { slug: true } } } });
    return f && { id: f.id, retiredAt: f.retiredAt, token: String(f.version), publicChange: { type: 'figure', slug, initiativeSlug: f.initiative?.slug ?? null } };
  }
  if (type === 'initiative') {
    const i = await db.initiative.findUnique({ where: { slug }, select: { ...retirement, updatedAt: true, figures: { select: { slug: true } } } });
    return i && { id: i.id, retiredAt: i.retiredAt, token: i.updatedAt.toISOString(), publicChange: { type: 'initiative', slug, figureSlugs: i.figures.map((f) => f.slug) } };
  }
  const s = await db.source.findUnique({ where: { slug }, select: { ...retirement, updatedAt: true } });
  return s && { id: s.id, retiredAt: s.retiredAt, token: s.updatedAt.toISOString(), publicChange: { type: 'source', slug } };
}

export function isRetirable(type: string): type is RetirableType {
  return (retirableTypes as readonly string[]).includes(type);
}

/** The retirable record a change is about: the record itself, or the figure an observation or breakdown belongs to. */
function ownerOf(entityType: EntityType, slug: string): { type: RetirableType; slug: string } | null {
  if (entityType === 'observation' || entityType === 'breakdown') return { type: 'figure', slug: slug.split('/')[0] };
  return isRetirable(entityType) ? { type: entityType, slug } : null;
}

/** Refuses any change to a retired record (or to a value or breakdown of a retired figure): it stays as retired. */
export async function refuseIfRetired(db: Tx, entityType: EntityType, slug: string): Promise<void> {
  const owner = ownerOf(entityType, slug);
  const found = owner ? await loadRetirable(db, owner.type, owner.slug) : null;
  if (found?.retiredAt) throw new RetiredRecordError(found.retiredAt);
}

/**
 * Proposes retiring a record: a change in draft, which someone else reviews and publishes (unless "publish alone" is
 * on). Refused while the record has another open change, and for a record already retired.
 */
export async function startRetirement(actor: Actor, type: RetirableType, slug: string, input: RetireContent): Promise<number> {
  const content = retireContentSchema.parse(input);
  return prisma.$transaction(async (tx) => {
    await lockUntilCommit(tx, `change:${type}:${slug}`);
    const open = await tx.changeRequest.findFirst({ where: { entityType: type, entitySlug: slug, status: { in: ['draft', 'in_review', 'rejected'] } }, orderBy: { id: 'asc' }, select: { id: true } });
    if (open) throw new OpenChangeError(open.id);
    const record = await loadRetirable(tx, type, slug);
    if (!record) throw new RecordNotFoundError(`${type}:${slug}`);
    if (record.retiredAt) throw new RetiredRecordError(record.retiredAt);
    const row = await tx.changeRequest.create({
      data: {
        entityType: type, entitySlug: slug, action: 'retire', payload: JSON.stringify(content), base: null, baseToken: record.token,
        // The changelog's "why" is the reason in the portal's first language; the entry's changes carry both.
        reason: content.retiredReasonAr, authorId: actor.id!,
      },
    });
    await tx.changeContributor.create({ data: { changeRequestId: row.id, userId: actor.id! } });
    await recordAuditEvent(tx, actor, { action: 'change.create', entityType: type, entityKey: slug, changeRequestId: row.id, after: { action: 'retire', ...content } });
    return row.id;
  });
}

/** What a retirement changes, as its changelog entry and the change page show it. */
export function retirementChanges(content: RetireContent): FieldChange[] {
  return [
    { field: 'retiredReasonAr', from: null, to: content.retiredReasonAr },
    { field: 'retiredReasonEn', from: null, to: content.retiredReasonEn },
  ];
}

/**
 * Publishes a retirement inside publishChange's transaction: stamps the record (only if nobody retired it first),
 * writes its changelog entry (action `retire`, chained to the public history) and nothing else.
 */
export async function publishRetirement(tx: Tx, type: RetirableType, slug: string, payload: unknown, reason: string, meta: PublishMeta): Promise<PublishResult> {
  const record = await loadRetirable(tx, type, slug);
  if (!record) throw new RecordNotFoundError(`${type}:${slug}`);
  if (record.retiredAt) throw new RetiredRecordError(record.retiredAt);
  const content = retireContentSchema.parse(payload);
  const now = new Date();
  const data = { retiredAt: now, ...content, updatedAt: now };
  const where = { id: record.id, retiredAt: null };
  const updated =
    type === 'figure' ? await tx.figure.updateMany({ where, data })
    : type === 'initiative' ? await tx.initiative.updateMany({ where, data })
    : await tx.source.updateMany({ where, data });
  if (updated.count === 0) throw new RecordNotFoundError(`${type}:${slug}`);
  await writeChangelogEntry(tx, { entityType: type, entitySlug: slug, action: 'retire', changes: JSON.stringify(retirementChanges(content)), reason, publishedAt: now }, meta);
  return { before: { retiredAt: null }, after: { retiredAt: now.toISOString(), ...content }, publicChange: record.publicChange };
}

/** When and why a record was retired (both languages), or null while it is current; for its staff page. */
export async function getRetirementState(type: RetirableType, slug: string) {
  const where = { where: { slug }, select: { retiredAt: true, retiredReasonAr: true, retiredReasonEn: true } } as const;
  const row = type === 'figure' ? await prisma.figure.findUnique(where) : type === 'initiative' ? await prisma.initiative.findUnique(where) : await prisma.source.findUnique(where);
  return row?.retiredAt ? row : null;
}
