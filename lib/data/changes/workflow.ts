import 'server-only';
import { prisma } from '../../db';
import { lockUntilCommit } from '../locks';
import { recordAuditEvent, type Actor, type AuditAction } from '../audit-log';
import type { ChangeStatus, EntityType } from '../../validation/change';
import type { PublicChange } from '../revalidate';
import { getSetting } from '../settings';
import { diffContent } from './diff';
import { ChangeStateError, NothingChangedError, OpenChangeError, OwnChangeError, RecordNotFoundError, StaleDraftError, StaleRecordError } from './errors';
import { changeHandlers } from './handlers';
import { isRetirable, publishRetirement, refuseIfRetired } from './retire';
import { NEW_RECORD, type Content, type RecordState, type Tx } from './types';

export interface DraftInput {
  content: Content;
  reason: string;
  /** The record version the person's form was loaded at. */
  baseToken: string | null;
  /** A new record's slug, which its author may change until it is published. */
  key?: string;
}

const editable: ChangeStatus[] = ['draft', 'rejected'];
/** A change that may still be published: a record has at most one at a time. */
export const openStatuses: ChangeStatus[] = ['draft', 'in_review', 'rejected'];
const parse = (s: string | null): Content | null => (s ? (JSON.parse(s) as Content) : null);

/**
 * The record as published now; a form loaded at an older version is refused with what it is now. A change that
 * creates a record (token "new") starts from nothing, and is refused once the record exists.
 */
async function currentRecord(tx: Tx, entityType: EntityType, slug: string, baseToken: string | null): Promise<RecordState | { content: null; token: string }> {
  const current = await changeHandlers[entityType].load(tx, slug);
  if (baseToken === NEW_RECORD) {
    if (current) throw new StaleRecordError(current);
    return { content: null, token: NEW_RECORD };
  }
  if (!current) throw new RecordNotFoundError(`${entityType}:${slug}`);
  if (current.token !== baseToken) throw new StaleRecordError(current);
  return current;
}

/** PostgreSQL's serialization failure (40001), as Prisma or its driver adapter reports it. */
/** Everyone who wrote or edited a change; none of them may review it. */
async function addContributor(tx: Tx, changeRequestId: number, userId: string): Promise<void> {
  await tx.changeContributor.upsert({ where: { changeRequestId_userId: { changeRequestId, userId } }, create: { changeRequestId, userId }, update: {} });
}

async function isContributor(tx: Tx, change: { id: number; authorId: string }, userId: string | null): Promise<boolean> {
  if (!userId) return false;
  if (change.authorId === userId) return true;
  return !!(await tx.changeContributor.findUnique({ where: { changeRequestId_userId: { changeRequestId: change.id, userId } }, select: { userId: true } }));
}

/**
 * Starts a change from a staff form; nothing public changes until someone else publishes it. A record has one open
 * change at a time: a second is refused with the open one's id (checked under a lock on the record, so two people
 * starting at once cannot both succeed).
 */
export async function startChange(actor: Actor, entityType: EntityType, slug: string, input: DraftInput): Promise<number> {
  return prisma.$transaction(async (tx) => {
    await lockUntilCommit(tx, `change:${entityType}:${slug}`);
    const open = await tx.changeRequest.findFirst({ where: { entityType, entitySlug: slug, status: { in: openStatuses } }, orderBy: { id: 'asc' }, select: { id: true } });
    if (open) throw new OpenChangeError(open.id);
    await refuseIfRetired(tx, entityType, slug);
    const current = await currentRecord(tx, entityType, slug, input.baseToken);
    if (entityType !== 'breakdown' && JSON.stringify(current.content) === JSON.stringify(input.content)) throw new NothingChangedError();
    const row = await tx.changeRequest.create({
      data: {
        entityType, entitySlug: slug, payload: JSON.stringify(input.content), base: current.content ? JSON.stringify(current.content) : null,
        baseToken: current.token, reason: input.reason, authorId: actor.id!,
      },
    });
    await addContributor(tx, row.id, actor.id!);
    await recordAuditEvent(tx, actor, { action: 'change.create', entityType, entityKey: slug, changeRequestId: row.id, after: { ...input.content, reason: input.reason } });
    return row.id;
  });
}

async function lockedChange(tx: Tx, id: number, expectedRevision: number, allowed: readonly ChangeStatus[]) {
  const row = await tx.changeRequest.findUnique({ where: { id } });
  if (!row) throw new RecordNotFoundError(`change:${id}`);
  if (row.revision !== expectedRevision) {
    throw new StaleDraftError({ payload: parse(row.payload)!, reason: row.reason, revision: row.revision, status: row.status });
  }
  if (!allowed.includes(row.status as ChangeStatus)) throw new ChangeStateError(row.status);
  return row;
}

/** Moves a change on only if it is still at the revision the person saw. */
async function bump(tx: Tx, id: number, expectedRevision: number, data: Record<string, unknown>) {
  const updated = await tx.changeRequest.updateMany({ where: { id, revision: expectedRevision }, data: { ...data, revision: { increment: 1 } } });
  if (updated.count === 0) {
    const now = await tx.changeRequest.findUniqueOrThrow({ where: { id } });
    throw new StaleDraftError({ payload: parse(now.payload)!, reason: now.reason, revision: now.revision, status: now.status });
  }
}

/** Saves an edited draft (a rejected change goes back to draft). */
export async function saveChange(actor: Actor, entityType: EntityType, id: number, expectedRevision: number, input: DraftInput): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const row = await lockedChange(tx, id, expectedRevision, editable);
    if (row.entityType !== entityType) throw new RecordNotFoundError(`change:${id}`);
    // A retirement's reasons are not a record's content: it is discarded and proposed again rather than edited here.
    if (row.action === 'retire') throw new ChangeStateError(row.status);
    await refuseIfRetired(tx, entityType, row.entitySlug);
    const slug = await keptOrMovedSlug(tx, row, input.key);
    const current = await currentRecord(tx, row.entityType as EntityType, slug, input.baseToken);
    const rebased = current.token !== row.baseToken;
    await bump(tx, id, expectedRevision, {
      payload: JSON.stringify(input.content), reason: input.reason, status: 'draft', entitySlug: slug,
      ...(rebased ? { base: current.content ? JSON.stringify(current.content) : null, baseToken: current.token } : {}),
    });
    await addContributor(tx, id, actor.id!);
    await recordAuditEvent(tx, actor, {
      action: 'change.update', entityType: row.entityType, entityKey: row.entitySlug, changeRequestId: id,
      before: { ...parse(row.payload), reason: row.reason }, after: { ...input.content, reason: input.reason },
    });
  });
}

/**
 * The slug a saved draft goes on: a new record's author may change it until it is published (checked free under a lock
 * on the new slug); an existing record's slug never changes.
 */
async function keptOrMovedSlug(tx: Tx, row: { id: number; entityType: string; entitySlug: string; baseToken: string | null }, key: string | undefined): Promise<string> {
  if (!key || key === row.entitySlug) return row.entitySlug;
  if (row.baseToken !== NEW_RECORD) throw new RecordNotFoundError(`${row.entityType}:${key}`);
  await lockUntilCommit(tx, `change:${row.entityType}:${key}`);
  const open = await tx.changeRequest.findFirst({ where: { entityType: row.entityType, entitySlug: key, status: { in: openStatuses }, id: { not: row.id } }, select: { id: true } });
  if (open) throw new OpenChangeError(open.id);
  return key;
}

const steps = {
  submit: { from: ['draft'], to: 'in_review', audit: 'change.submit' },
  withdraw: { from: ['in_review'], to: 'draft', audit: 'change.withdraw' },
  discard: { from: ['draft', 'rejected'], to: 'discarded', audit: 'change.discard' },
} as const satisfies Record<string, { from: ChangeStatus[]; to: ChangeStatus; audit: AuditAction }>;
export type ChangeStep = keyof typeof steps;

/** Submit for review, withdraw from review, or discard a draft. */
export async function stepChange(actor: Actor, id: number, expectedRevision: number, step: ChangeStep): Promise<void> {
  const { from, to, audit } = steps[step];
  await prisma.$transaction(async (tx) => {
    const row = await lockedChange(tx, id, expectedRevision, from);
    await bump(tx, id, expectedRevision, { status: to, ...(step === 'submit' ? { submittedAt: new Date() } : {}) });
    await recordAuditEvent(tx, actor, { action: audit, entityType: row.entityType, entityKey: row.entitySlug, changeRequestId: id, before: { status: row.status }, after: { status: to } });
  });
}

/**
 * Sends a change back with a note; it stays internal. The note is a second person's review, so someone who wrote or
 * edited the change cannot send it back, even under "publish alone" (they withdraw it to draft instead).
 */
export async function rejectChange(actor: Actor, id: number, expectedRevision: number, note: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const row = await lockedChange(tx, id, expectedRevision, ['in_review']);
    if (await isContributor(tx, row, actor.id)) throw new OwnChangeError('reject');
    await bump(tx, id, expectedRevision, { status: 'rejected', reviewNote: note, reviewerId: actor.id, decidedAt: new Date() });
    await recordAuditEvent(tx, actor, { action: 'change.reject', entityType: row.entityType, entityKey: row.entitySlug, changeRequestId: id, before: { status: row.status }, after: { status: 'rejected', note } });
  });
}

/**
 * Publishes a change in ONE transaction: the record (a new figure version), its public changelog entry,
 * the change's status and the audit event; any failure leaves all of them as they were. Only someone who neither
 * wrote nor edited the change may publish it, unless an admin turned on "publish alone": then the public entry
 * says it was published without a second person's review.
 */
export async function publishChange(actor: Actor, id: number, expectedRevision: number): Promise<PublicChange> {
  return prisma.$transaction(async (tx) => {
    const row = await lockedChange(tx, id, expectedRevision, ['in_review']);
    const publishedAlone = await isContributor(tx, row, actor.id);
    if (publishedAlone && !(await getSetting('publishAlone', tx))) throw new OwnChangeError('publish');
    const type = row.entityType as EntityType;
    await refuseIfRetired(tx, type, row.entitySlug);
    const result = row.action === 'retire' && isRetirable(type)
      ? await publishRetirement(tx, type, row.entitySlug, parse(row.payload), row.reason, { publishedAlone })
      : await changeHandlers[type].publish(tx, row.entitySlug, parse(row.payload)!, row.reason, row.baseToken, { publishedAlone });
    await bump(tx, id, expectedRevision, { status: 'published', reviewerId: actor.id, decidedAt: new Date() });
    await recordAuditEvent(tx, actor, {
      action: 'change.publish', entityType: row.entityType, entityKey: row.entitySlug, changeRequestId: id,
      before: result.before, after: { ...result.after, reason: row.reason, ...(publishedAlone ? { publishedAlone } : {}) },
    });
    return result.publicChange;
  });
}

/**
 * Brings a change up to date with the record as published now: the change's own edits (the fields where it differs
 * from the base it started from) are replayed onto the current record. Nothing new is written by the person doing
 * it, so they do not become a contributor and a reviewer may then publish. When a field was changed both by the
 * change and by what was published since, the change goes back to draft for its author to look at.
 */
export async function rebaseChange(actor: Actor, id: number, expectedRevision: number): Promise<{ sentBack: boolean }> {
  return prisma.$transaction(async (tx) => {
    const row = await lockedChange(tx, id, expectedRevision, openStatuses);
    const type = row.entityType as EntityType;
    if (row.action === 'retire') throw new ChangeStateError(row.status);
    const current = row.baseToken === NEW_RECORD ? null : await changeHandlers[type].load(tx, row.entitySlug);
    if (!current) throw new ChangeStateError(row.status);
    if (current.token === row.baseToken) throw new NothingChangedError();
    const payload = parse(row.payload)!;
    const base = parse(row.base);
    const { next, conflicts } = replayOwnEdits(type, base, current.content, payload);
    const sentBack = conflicts.length > 0 && row.status !== 'draft';
    await bump(tx, id, expectedRevision, {
      payload: JSON.stringify(next), base: type === 'breakdown' ? row.base : JSON.stringify(current.content), baseToken: current.token,
      ...(sentBack ? { status: 'draft' } : {}),
    });
    await recordAuditEvent(tx, actor, {
      action: 'change.rebase', entityType: row.entityType, entityKey: row.entitySlug, changeRequestId: id,
      before: { baseToken: row.baseToken, status: row.status }, after: { baseToken: current.token, status: sentBack ? 'draft' : row.status, conflicts },
    });
    return { sentBack };
  });
}

/** The change's own edits on top of the record now, and the fields both sides changed differently. */
export function replayOwnEdits(type: EntityType, base: Content | null, now: Content, payload: Content): { next: Content; conflicts: string[] } {
  // A breakdown replaces the whole table: there is nothing to replay field by field.
  if (type === 'breakdown' || !base) return { next: payload, conflicts: [] };
  const own = diffContent(base, payload).map((c) => c.field);
  const moved = new Set(diffContent(base, now).map((c) => c.field));
  const next = { ...now, ...Object.fromEntries(own.map((f) => [f, payload[f]])) };
  const conflicts = own.filter((f) => moved.has(f) && diffContent(now, payload, [f]).length > 0);
  return { next, conflicts };
}
