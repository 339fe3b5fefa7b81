import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../support/database';
import { databaseDigest } from '../support/db-hash';
import type { Actor } from '@/lib/data/audit-log';

// Its own database: these tests publish, and the shared one must keep the founding values.
const db = createTestDatabase('workflow');
process.env.DATABASE_URL = db.url;
const { prisma } = await import('@/lib/db');
const wf = await import('@/lib/data/changes/workflow');
const { StaleRecordError, StaleDraftError, ChangeStateError, NothingChangedError } = await import('@/lib/data/changes/errors');
const { getRecordState } = await import('@/lib/data/changes/queries');

const editor: Actor = { id: 'u-editor', email: 'editor@test', role: 'editor', ip: '127.0.0.1' };
const editor2: Actor = { id: 'u-editor2', email: 'editor2@test', role: 'editor', ip: '127.0.0.1' };
const publisher: Actor = { id: 'u-publisher', email: 'publisher@test', role: 'publisher', ip: '127.0.0.1' };
const digest = () => databaseDigest(db.file);

beforeAll(async () => {
  for (const a of [editor, editor2, publisher]) await prisma.user.create({ data: { id: a.id!, email: a.email!, name: a.email!, role: a.role! } });
});
afterAll(async () => {
  await prisma.$disconnect();
  fs.rmSync(db.dir, { recursive: true, force: true });
});

async function figureDraft(slug: string, changes: Record<string, unknown>) {
  const state = (await getRecordState('figure', slug))!;
  return { content: { ...state.content, ...changes }, reason: 'Corrected by the alliance report', baseToken: state.token };
}

async function submitted(actor: Actor, type: 'figure' | 'initiative' | 'source', slug: string, draft: { content: Record<string, unknown>; reason: string; baseToken: string | null }) {
  const id = await wf.startChange(actor, type, slug, draft);
  await wf.stepChange(actor, id, 1, 'submit');
  return id;
}

describe('review and publish', () => {
  it('publishes a figure in one go: new version, public changelog entry, audit event with roles and before/after', async () => {
    const changelogBefore = await prisma.changelogEntry.count();
    const id = await submitted(editor, 'figure', 'citizens-reached', await figureDraft('citizens-reached', { value: '31000000' }));
    expect(await prisma.changelogEntry.count()).toBe(changelogBefore);
    const change = await wf.publishChange(publisher, id, 2);
    expect(change).toEqual({ type: 'figure', slug: 'citizens-reached', initiativeSlug: 'neediest-citizens-database' });

    const figure = await prisma.figure.findUniqueOrThrow({ where: { slug: 'citizens-reached' } });
    expect([figure.version, figure.value]).toEqual([2, '31000000']);
    const entry = await prisma.changelogEntry.findFirstOrThrow({ where: { entitySlug: 'citizens-reached', version: 2 } });
    expect(JSON.parse(entry.changes)).toEqual([{ field: 'value', from: '30000000', to: '31000000' }]);
    expect(entry.reason).toBe('Corrected by the alliance report');
    const events = await prisma.auditEvent.findMany({ where: { changeRequestId: id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.action, e.actorEmail, e.actorRole])).toEqual([
      ['change.create', 'editor@test', 'editor'], ['change.submit', 'editor@test', 'editor'], ['change.publish', 'publisher@test', 'publisher'],
    ]);
    expect(JSON.parse(events[2].before!).value).toBe('30000000');
    expect(JSON.parse(events[2].after!).value).toBe('31000000');
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id } })).status).toBe('published');
  });

  it('keeps drafts and rejected changes internal', async () => {
    const before = await prisma.changelogEntry.count();
    const id = await submitted(editor, 'figure', 'database-citizens', await figureDraft('database-citizens', { value: '1' }));
    await wf.rejectChange(publisher, id, 2, 'Which report says this?');
    const row = await prisma.changeRequest.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.reviewNote]).toEqual(['rejected', 'Which report says this?']);
    expect(await prisma.changelogEntry.count()).toBe(before);
    expect((await prisma.figure.findUniqueOrThrow({ where: { slug: 'database-citizens' } })).value).toBe('37400000');
  });

  it('refuses to publish a change nobody submitted, or one that changes nothing', async () => {
    const id = await wf.startChange(editor, 'figure', 'database-citizens', await figureDraft('database-citizens', { value: '2' }));
    await expect(wf.publishChange(publisher, id, 1)).rejects.toBeInstanceOf(ChangeStateError);
    await expect(wf.startChange(editor, 'figure', 'database-citizens', await figureDraft('database-citizens', {}))).rejects.toBeInstanceOf(NothingChangedError);
  });

  it('writes nothing at all when any part of a publish fails', async () => {
    const id = await submitted(editor, 'figure', 'relief-caravans-allocation', await figureDraft('relief-caravans-allocation', { value: '2100000000' }));
    // Make the very last write of the transaction (the audit event) fail.
    await prisma.$executeRawUnsafe(`CREATE TRIGGER fail_publish BEFORE INSERT ON "AuditEvent" WHEN NEW.action = 'change.publish' BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    try {
      const before = digest();
      await expect(wf.publishChange(publisher, id, 2)).rejects.toThrow();
      expect(digest()).toBe(before);
    } finally {
      await prisma.$executeRawUnsafe('DROP TRIGGER fail_publish');
    }
    await wf.publishChange(publisher, id, 2);
    expect((await prisma.figure.findUniqueOrThrow({ where: { slug: 'relief-caravans-allocation' } })).value).toBe('2100000000');
  });
});

describe('no lost updates', () => {
  it('refuses a second editor who started from the version before, and says what it is now', async () => {
    const mine = await figureDraft('relief-caravans-targeted-beneficiaries', { value: '260000' });
    const theirs = await figureDraft('relief-caravans-targeted-beneficiaries', { value: '255000' });
    await wf.publishChange(publisher, await submitted(editor2, 'figure', 'relief-caravans-targeted-beneficiaries', theirs), 2);
    const before = digest();
    const refusal = await wf.startChange(editor, 'figure', 'relief-caravans-targeted-beneficiaries', mine).catch((e) => e);
    expect(refusal).toBeInstanceOf(StaleRecordError);
    expect(refusal.current.content.value).toBe('255000');
    expect(refusal.current.token).toBe('2');
    expect(digest()).toBe(before);
    // Having looked, the editor saves on top of the current version.
    await wf.startChange(editor, 'figure', 'relief-caravans-targeted-beneficiaries', { ...mine, baseToken: refusal.current.token });
  });

  it('refuses the second of two saves of one draft', async () => {
    const id = await wf.startChange(editor, 'figure', 'database-citizens', await figureDraft('database-citizens', { value: '37500000' }));
    const draft = await figureDraft('database-citizens', { value: '37600000' });
    await wf.saveChange(editor, 'figure', id, 1, { ...draft, reason: 'first' });
    const before = digest();
    const refusal = await wf.saveChange(editor2, 'figure', id, 1, { ...draft, reason: 'second' }).catch((e) => e);
    expect(refusal).toBeInstanceOf(StaleDraftError);
    expect(refusal.current).toMatchObject({ revision: 2, reason: 'first', status: 'draft' });
    expect(digest()).toBe(before);
  });

  it('refuses to publish a change whose record was published since it was started', async () => {
    const a = await submitted(editor, 'figure', 'citizens-reached', await figureDraft('citizens-reached', { value: '32000000' }));
    const b = await submitted(editor2, 'figure', 'citizens-reached', await figureDraft('citizens-reached', { value: '33000000' }));
    await wf.publishChange(publisher, a, 2);
    const before = digest();
    await expect(wf.publishChange(publisher, b, 2)).rejects.toBeInstanceOf(StaleRecordError);
    expect(digest()).toBe(before);
    expect((await prisma.figure.findUniqueOrThrow({ where: { slug: 'citizens-reached' } })).value).toBe('32000000');
  });

  it('applies the same checks to initiatives and sources (by last update time)', async () => {
    for (const [type, slug, field] of [['initiative', 'cash-support', 'summaryEn'], ['source', 'ecss-study-article-2023', 'titleEn']] as const) {
      const state = (await getRecordState(type, slug))!;
      const a = await submitted(editor, type, slug, { content: { ...state.content, [field]: 'First edit' }, reason: 'r', baseToken: state.token });
      const b = await submitted(editor2, type, slug, { content: { ...state.content, [field]: 'Second edit' }, reason: 'r', baseToken: state.token });
      expect(await wf.publishChange(publisher, a, 2)).toMatchObject({ type, slug });
      await expect(wf.publishChange(publisher, b, 2)).rejects.toBeInstanceOf(StaleRecordError);
      expect((await getRecordState(type, slug))!.content[field]).toBe('First edit');
      const entry = await prisma.changelogEntry.findFirstOrThrow({ where: { entityType: type, entitySlug: slug }, orderBy: { id: 'desc' } });
      expect(JSON.parse(entry.changes)).toEqual([{ field, from: state.content[field], to: 'First edit' }]);
    }
  });
});

describe('breakdowns and the audit log', () => {
  it('publishes an imported breakdown with its values and a changelog entry', async () => {
    const rows = [{ governorateCode: 'EG-C', periodStart: null, periodEnd: null, value: '100' }, { governorateCode: 'EG-GZ', periodStart: null, periodEnd: null, value: '80' }];
    const id = await wf.startChange(editor, 'breakdown', 'database-citizens', { content: { titleAr: 'حسب المحافظة', titleEn: 'By governorate', dimension: 'governorate', rows }, reason: 'r', baseToken: '0' });
    await wf.stepChange(editor, id, 1, 'submit');
    expect(await wf.publishChange(publisher, id, 2)).toEqual({ type: 'breakdown', figureSlug: 'database-citizens' });
    const breakdown = await prisma.breakdown.findFirstOrThrow({ include: { values: { include: { governorate: true }, orderBy: { id: 'asc' } } } });
    expect(breakdown.values.map((v) => [v.governorate?.code, v.value])).toEqual([['EG-C', '100'], ['EG-GZ', '80']]);
    expect(await prisma.changelogEntry.count({ where: { entityType: 'breakdown' } })).toBe(1);
  });

  it('cannot be changed or emptied, even with raw SQL', async () => {
    const event = await prisma.auditEvent.findFirstOrThrow();
    const count = await prisma.auditEvent.count();
    await expect(prisma.auditEvent.update({ where: { id: event.id }, data: { actorEmail: 'someone-else' } })).rejects.toThrow();
    await expect(prisma.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow();
    await expect(prisma.$executeRawUnsafe('DELETE FROM "AuditEvent"')).rejects.toThrow();
    expect(await prisma.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toEqual(event);
    expect(await prisma.auditEvent.count()).toBe(count);
  });
});
