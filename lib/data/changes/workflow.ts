import 'server-only';
import { prisma } from '../../db';
import { recordAuditEvent, type Actor, type AuditAction } from '../audit-log';
import type { ChangeStatus, EntityType } from '../../validation/change';
import type { PublicChange } from '../revalidate';
import { ChangeStateError, NothingChangedError, RecordNotFoundError, StaleDraftError, StaleRecordError } from './errors';
import { changeHandlers } from './handlers';
import { NEW_RECORD, type Content, type RecordState, type Tx } from './types';

export interface DraftInput {
  content: Content;
  reason: string;
  /** The record version the person's form was loaded at. */
  baseToken: string | null;
}

const editable: ChangeStatus[] = ['draft', 'rejected'];
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

/** Starts a change from a staff form; nothing public changes until a publisher publishes it. */
export async function startChange(actor: Actor, entityType: EntityType, slug: string, input: DraftInput): Promise<number> {
  return prisma.$transaction(async (tx) => {
    const current = await currentRecord(tx, entityType, slug, input.baseToken);
    if (entityType !== 'breakdown' && JSON.stringify(current.content) === JSON.stringify(input.content)) throw new NothingChangedError();
    const row = await tx.changeRequest.create({
      data: {
        entityType, entitySlug: slug, payload: JSON.stringify(input.content), base: current.content ? JSON.stringify(current.content) : null,
        baseToken: current.token, reason: input.reason, authorId: actor.id!,
      },
    });
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
    const current = await currentRecord(tx, row.entityType as EntityType, row.entitySlug, input.baseToken);
    const rebased = current.token !== row.baseToken;
    await bump(tx, id, expectedRevision, {
      payload: JSON.stringify(input.content), reason: input.reason, status: 'draft',
      ...(rebased ? { base: current.content ? JSON.stringify(current.content) : null, baseToken: current.token } : {}),
    });
    await recordAuditEvent(tx, actor, {
      action: 'change.update', entityType: row.entityType, entityKey: row.entitySlug, changeRequestId: id,
      before: { ...parse(row.payload), reason: row.reason }, after: { ...input.content, reason: input.reason },
    });
  });
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

/** Sends a change back with a note; it stays internal. */
export async function rejectChange(actor: Actor, id: number, expectedRevision: number, note: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const row = await lockedChange(tx, id, expectedRevision, ['in_review']);
    await bump(tx, id, expectedRevision, { status: 'rejected', reviewNote: note, reviewerId: actor.id, decidedAt: new Date() });
    await recordAuditEvent(tx, actor, { action: 'change.reject', entityType: row.entityType, entityKey: row.entitySlug, changeRequestId: id, before: { status: row.status }, after: { status: 'rejected', note } });
  });
}

/**
 * Publishes a change in ONE transaction: the record (a new figure version), its public changelog entry,
 * the change's status and the audit event; any failure leaves all of them as they were.
 */
export async function publishChange(actor: Actor, id: number, expectedRevision: number): Promise<PublicChange> {
  return prisma.$transaction(async (tx) => {
    const row = await lockedChange(tx, id, expectedRevision, ['in_review']);
    const handler = changeHandlers[row.entityType as EntityType];
    const result = await handler.publish(tx, row.entitySlug, parse(row.payload)!, row.reason, row.baseToken, {});
    await bump(tx, id, expectedRevision, { status: 'published', reviewerId: actor.id, decidedAt: new Date() });
    await recordAuditEvent(tx, actor, {
      action: 'change.publish', entityType: row.entityType, entityKey: row.entitySlug, changeRequestId: id,
      before: result.before, after: { ...result.after, reason: row.reason },
    });
    return result.publicChange;
  });
}
