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
const { StaleRecordError, StaleDraftError, ChangeStateError, NothingChangedError, RecordNotFoundError, OpenChangeError } = await import('@/lib/data/changes/errors');
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

const { getFigureBySlug } = await import('@/lib/data/figures');

/** A change to what a figure means, from the figure as published now. */
async function figureDraft(slug: string, changes: Record<string, unknown>) {
  const state = (await getRecordState('figure', slug))!;
  return { content: { ...state.content, ...changes }, reason: 'Clearer wording', baseToken: state.token };
}

/** A correction of observation `<figure>/<n>`, from it as published now. */
async function correction(key: string, changes: Record<string, unknown>, reason = 'Corrected as the source states it') {
  const state = (await getRecordState('observation', key))!;
  return { content: { ...state.content, ...changes }, reason, baseToken: state.token };
}

async function submitted(actor: Actor, type: 'figure' | 'observation' | 'initiative' | 'source', slug: string, draft: { content: Record<string, unknown>; reason: string; baseToken: string | null }) {
  const id = await wf.startChange(actor, type, slug, draft);
  await wf.stepChange(actor, id, 1, 'submit');
  return id;
}

const annualReport = {
  kind: 'annual-report', publisherAr: 'التحالف الوطني للعمل الأهلي التنموي', publisherEn: 'National Alliance for Civil Development Work',
  titleAr: 'التقرير السنوي 2024', titleEn: 'Annual report 2024', workTitleAr: null, workTitleEn: null, authorAr: 'التحالف الوطني', authorEn: 'The National Alliance',
  originAr: null, originEn: null, language: 'ar', publishedOn: '2025-02-01', publishedPrecision: 'month', url: null,
  quote: 'وصل التحالف خلال عام 2024 إلى 31 مليون مواطن من الأكثر احتياجًا', quoteTranslation: null, accessedOn: null, archiveSha256: null,
};

describe('review and publish', () => {
  it('publishes what a figure means in one go: new version, public changelog entry, audit event with roles and before/after', async () => {
    const changelogBefore = await prisma.changelogEntry.count();
    const id = await submitted(editor, 'figure', 'citizens-reached', await figureDraft('citizens-reached', { labelEn: 'Citizens the alliance says it reached' }));
    expect(await prisma.changelogEntry.count()).toBe(changelogBefore);
    const change = await wf.publishChange(publisher, id, 2);
    expect(change).toEqual({ type: 'figure', slug: 'citizens-reached', initiativeSlug: 'neediest-citizens-database' });

    const figure = await prisma.figure.findUniqueOrThrow({ where: { slug: 'citizens-reached' } });
    expect([figure.version, figure.labelEn]).toEqual([2, 'Citizens the alliance says it reached']);
    const entry = await prisma.changelogEntry.findFirstOrThrow({ where: { entitySlug: 'citizens-reached', version: 2 } });
    expect(JSON.parse(entry.changes)).toEqual([{ field: 'labelEn', from: 'Citizens the alliance reached', to: 'Citizens the alliance says it reached' }]);
    expect([entry.reason, entry.action]).toEqual(['Clearer wording', 'update']);
    const events = await prisma.auditEvent.findMany({ where: { changeRequestId: id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.action, e.actorEmail, e.actorRole])).toEqual([
      ['change.create', 'editor@test', 'editor'], ['change.submit', 'editor@test', 'editor'], ['change.publish', 'publisher@test', 'publisher'],
    ]);
    expect(JSON.parse(events[2].before!).labelEn).toBe('Citizens the alliance reached');
    expect(JSON.parse(events[2].after!).labelEn).toBe('Citizens the alliance says it reached');
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id } })).status).toBe('published');
  });

  it('adds a new value from a new source as a new observation: the old one stays as it was, the new one becomes the headline', async () => {
    await wf.publishChange(publisher, await submitted(editor, 'source', 'alliance-annual-report-2024', { content: annualReport, reason: 'The 2024 annual report', baseToken: 'new' }), 2);
    const old = await prisma.observation.findFirstOrThrow({ where: { figure: { slug: 'citizens-reached' }, number: 1 } });
    const { version } = await prisma.figure.findUniqueOrThrow({ where: { slug: 'citizens-reached' } });
    const content = {
      value: '31000000', asOf: '2024-12-31', asOfPrecision: 'year', periodStart: '2024-01-01', sourceSlug: 'alliance-annual-report-2024',
      quote: annualReport.quote, quoteTranslation: null, locator: 'صفحة 4', valueNote: null,
    };
    const id = await submitted(editor, 'observation', 'citizens-reached/new', { content, reason: 'The alliance’s 2024 annual report', baseToken: 'new' });
    expect(await wf.publishChange(publisher, id, 2)).toEqual({ type: 'figure', slug: 'citizens-reached', initiativeSlug: 'neediest-citizens-database' });

    expect(await prisma.observation.findUniqueOrThrow({ where: { id: old.id } })).toEqual(old);
    const figure = (await getFigureBySlug('en', 'citizens-reached'))!;
    expect(figure.observations.map((o) => [o.number, o.value, o.source.slug])).toEqual([[1, '30000000', 'ecss-study-article-2023'], [2, '31000000', 'alliance-annual-report-2024']]);
    expect([figure.observation.number, figure.value, figure.source.slug, figure.quote, figure.version]).toEqual([2, '31000000', 'alliance-annual-report-2024', annualReport.quote, version + 1]);
    const entry = await prisma.changelogEntry.findFirstOrThrow({ where: { entityType: 'figure', entitySlug: 'citizens-reached' }, orderBy: { id: 'desc' } });
    expect([entry.action, entry.observationNumber, entry.version]).toEqual(['observation-add', 2, version + 1]);
  });

  it('corrects an observation as a new revision of the same one, keeping the old revision and the public reason', async () => {
    const before = await prisma.observation.findFirstOrThrow({ where: { figure: { slug: 'database-citizens' }, number: 1 } });
    const id = await submitted(editor, 'observation', 'database-citizens/1', await correction('database-citizens/1', { asOfPrecision: 'month', locator: 'الفقرة الثالثة' }, 'The article is dated January 2023'));
    await wf.publishChange(publisher, id, 2);
    const after = await prisma.observation.findUniqueOrThrow({ where: { id: before.id } });
    expect([after.number, after.revision, after.value, after.asOfPrecision, after.locator]).toEqual([1, before.revision + 1, before.value, 'month', 'الفقرة الثالثة']);
    const revisions = await prisma.observationRevision.findMany({ where: { observationId: before.id }, orderBy: { revision: 'asc' } });
    expect(revisions.map((r) => [r.revision, r.asOfPrecision, r.locator])).toEqual([[before.revision, before.asOfPrecision, before.locator], [before.revision + 1, 'month', 'الفقرة الثالثة']]);
    expect(revisions.at(-1)!.reason).toBe('The article is dated January 2023');
    const entry = await prisma.changelogEntry.findFirstOrThrow({ where: { entitySlug: 'database-citizens' }, orderBy: { id: 'desc' } });
    expect([entry.action, entry.observationNumber]).toEqual(['observation-correct', 1]);
  });

  it('keeps drafts and rejected changes internal', async () => {
    const before = await prisma.changelogEntry.count();
    const id = await submitted(editor, 'figure', 'database-citizens', await figureDraft('database-citizens', { labelEn: 'Rejected label' }));
    await wf.rejectChange(publisher, id, 2, 'Which report says this?');
    const row = await prisma.changeRequest.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.reviewNote]).toEqual(['rejected', 'Which report says this?']);
    expect(await prisma.changelogEntry.count()).toBe(before);
    expect((await prisma.figure.findUniqueOrThrow({ where: { slug: 'database-citizens' } })).labelEn).toBe('Citizens in the database of the neediest');
    await wf.stepChange(editor, id, 3, 'discard');
  });

  it('refuses to publish a change nobody submitted, or one that changes nothing', async () => {
    const id = await wf.startChange(editor, 'figure', 'database-citizens', await figureDraft('database-citizens', { labelEn: 'Unsubmitted' }));
    await expect(wf.publishChange(publisher, id, 1)).rejects.toBeInstanceOf(ChangeStateError);
    await wf.stepChange(editor, id, 1, 'discard');
    await expect(wf.startChange(editor, 'figure', 'database-citizens', await figureDraft('database-citizens', {}))).rejects.toBeInstanceOf(NothingChangedError);
    await expect(wf.startChange(editor, 'observation', 'database-citizens/1', await correction('database-citizens/1', {}))).rejects.toBeInstanceOf(NothingChangedError);
  });

  it('writes nothing at all when any part of a publish fails', async () => {
    const id = await submitted(editor, 'observation', 'relief-caravans-allocation/1', await correction('relief-caravans-allocation/1', { locator: 'الفقرة الخامسة' }));
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
    expect((await prisma.observation.findFirstOrThrow({ where: { figure: { slug: 'relief-caravans-allocation' }, number: 1 } })).locator).toBe('الفقرة الخامسة');
  });
});

describe('no lost updates', () => {
  it('refuses a second editor who corrected from the revision before, and says what it is now', async () => {
    const key = 'relief-caravans-targeted-beneficiaries/1';
    const mine = await correction(key, { locator: 'الفقرة الرابعة' });
    const theirs = await correction(key, { locator: 'الفقرة الخامسة' });
    await wf.publishChange(publisher, await submitted(editor2, 'observation', key, theirs), 2);
    const before = digest();
    const refusal = await wf.startChange(editor, 'observation', key, mine).catch((e) => e);
    expect(refusal).toBeInstanceOf(StaleRecordError);
    expect(refusal.current.content.locator).toBe('الفقرة الخامسة');
    expect(refusal.current.token).toBe(String(Number(mine.baseToken) + 1));
    expect(digest()).toBe(before);
    // Having looked, the editor saves on top of the current revision.
    await wf.startChange(editor, 'observation', key, { ...mine, baseToken: refusal.current.token });
  });

  it('refuses the second of two saves of one draft', async () => {
    const id = await wf.startChange(editor, 'figure', 'database-citizens', await figureDraft('database-citizens', { labelEn: 'First' }));
    const draft = await figureDraft('database-citizens', { labelEn: 'Second' });
    await wf.saveChange(editor, 'figure', id, 1, { ...draft, reason: 'first' });
    const before = digest();
    const refusal = await wf.saveChange(editor2, 'figure', id, 1, { ...draft, reason: 'second' }).catch((e) => e);
    expect(refusal).toBeInstanceOf(StaleDraftError);
    expect(refusal.current).toMatchObject({ revision: 2, reason: 'first', status: 'draft' });
    expect(digest()).toBe(before);
  });

  it('refuses to publish a change whose record was published since it was started', async () => {
    const a = await submitted(editor, 'figure', 'citizens-reached', await figureDraft('citizens-reached', { labelEn: 'Label A' }));
    // A new value for the same figure is published meanwhile: the figure's version moves on.
    const value = {
      value: '31500000', asOf: '2025-06-30', asOfPrecision: 'month', periodStart: null, sourceSlug: 'alliance-annual-report-2024',
      quote: annualReport.quote, quoteTranslation: null, locator: 'p. 5', valueNote: 'Mid-year figure from the same report',
    };
    await wf.publishChange(publisher, await submitted(editor2, 'observation', 'citizens-reached/new', { content: value, reason: 'Mid-year', baseToken: 'new' }), 2);
    const before = digest();
    await expect(wf.publishChange(publisher, a, 2)).rejects.toBeInstanceOf(StaleRecordError);
    expect(digest()).toBe(before);
    expect((await prisma.figure.findUniqueOrThrow({ where: { slug: 'citizens-reached' } })).labelEn).toBe('Citizens the alliance says it reached');
    await wf.stepChange(editor, a, 2, 'withdraw');
    await wf.stepChange(editor, a, 3, 'discard');
  });

  it('refuses to create a source twice on one slug', async () => {
    const first = await submitted(editor, 'source', 'caravan-records-2024', { content: { ...annualReport, titleEn: 'Caravan records' }, reason: 'r', baseToken: 'new' });
    const second = { content: { ...annualReport, titleEn: 'Caravan records (2)' }, reason: 'r', baseToken: 'new' };
    const before = digest();
    // While the first is open, a second one is refused and names it; once it is published, the slug is taken.
    await expect(wf.startChange(editor2, 'source', 'caravan-records-2024', second)).rejects.toEqual(new OpenChangeError(first));
    expect(digest()).toBe(before);
    await wf.publishChange(publisher, first, 2);
    await expect(wf.startChange(editor2, 'source', 'caravan-records-2024', second)).rejects.toBeInstanceOf(StaleRecordError);
  });

  it('applies the same checks to initiatives and sources (by last update time)', async () => {
    for (const [type, slug, field] of [['initiative', 'cash-support', 'summaryEn'], ['source', 'ecss-study-article-2023', 'titleEn']] as const) {
      const state = (await getRecordState(type, slug))!;
      const a = await submitted(editor, type, slug, { content: { ...state.content, [field]: 'First edit' }, reason: 'r', baseToken: state.token });
      const b = { content: { ...state.content, [field]: 'Second edit' }, reason: 'r', baseToken: state.token };
      await expect(wf.startChange(editor2, type, slug, b)).rejects.toBeInstanceOf(OpenChangeError);
      expect(await wf.publishChange(publisher, a, 2)).toMatchObject({ type, slug });
      await expect(wf.startChange(editor2, type, slug, b)).rejects.toBeInstanceOf(StaleRecordError);
      expect((await getRecordState(type, slug))!.content[field]).toBe('First edit');
      const entry = await prisma.changelogEntry.findFirstOrThrow({ where: { entityType: type, entitySlug: slug }, orderBy: { id: 'desc' } });
      expect(JSON.parse(entry.changes)).toEqual([{ field, from: state.content[field], to: 'First edit' }]);
    }
  });
});

describe('breakdowns and the audit log', () => {
  it('publishes an imported breakdown with its own source, place in it, period, values and a changelog entry', async () => {
    const rows = [{ governorateCode: 'EG-C', periodStart: null, periodEnd: null, value: '100' }, { governorateCode: 'EG-GZ', periodStart: null, periodEnd: null, value: '80' }];
    const provenance = { sourceSlug: 'alliance-annual-report-2024', quote: null, locator: 'جدول 3، صفحة 12', asOf: '2024-12-31', asOfPrecision: 'year', periodStart: '2024-01-01' };
    const content = { titleAr: 'حسب المحافظة', titleEn: 'By governorate', ...provenance, dimension: 'governorate', rows };
    const id = await wf.startChange(editor, 'breakdown', 'database-citizens', { content, reason: 'r', baseToken: '0' });
    await wf.stepChange(editor, id, 1, 'submit');
    expect(await wf.publishChange(publisher, id, 2)).toEqual({ type: 'breakdown', figureSlug: 'database-citizens' });
    const breakdown = await prisma.breakdown.findFirstOrThrow({ include: { source: true, values: { include: { governorate: true }, orderBy: { id: 'asc' } } } });
    expect(breakdown.values.map((v) => [v.governorate?.code, v.value])).toEqual([['EG-C', '100'], ['EG-GZ', '80']]);
    expect([breakdown.source?.slug, breakdown.quote, breakdown.locator, breakdown.asOf?.toISOString().slice(0, 10), breakdown.asOfPrecision, breakdown.periodStart?.toISOString().slice(0, 10)])
      .toEqual(['alliance-annual-report-2024', null, 'جدول 3، صفحة 12', '2024-12-31', 'year', '2024-01-01']);
    // Without a source the draft can be kept but never published.
    const orphan = await wf.startChange(editor, 'breakdown', 'database-citizens', { content: { ...content, sourceSlug: null }, reason: 'r', baseToken: String(breakdown.id) });
    await wf.stepChange(editor, orphan, 1, 'submit');
    const before = digest();
    await expect(wf.publishChange(publisher, orphan, 2)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect(digest()).toBe(before);
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

describe('a value drafted beside its new source', () => {
  it('waits for the source: publishing the value first is refused and changes nothing; after the source, it publishes', async () => {
    const { SourceNotPublishedError } = await import('@/lib/data/changes/errors');
    const { sourceExistsOrPending } = await import('@/lib/data/staff-records');
    const slug = 'annual-report-2025-pending';
    const sourceId = await submitted(editor, 'source', slug, { content: { ...annualReport, titleEn: 'Annual report 2025' }, reason: 'New source', baseToken: 'new' });
    expect(await sourceExistsOrPending(slug)).toBe(true);
    const value = {
      value: '32000000', asOf: '2025-12-31', asOfPrecision: 'year', periodStart: null, sourceSlug: slug,
      quote: 'وصل التحالف خلال عام 2025 إلى 32 مليون مواطن', quoteTranslation: null, locator: 'p. 3', valueNote: null,
    };
    const valueId = await submitted(editor, 'observation', 'database-citizens/new', { content: value, reason: 'Annual report 2025', baseToken: 'new' });
    const before = digest();
    await expect(wf.publishChange(publisher, valueId, 2)).rejects.toBeInstanceOf(SourceNotPublishedError);
    expect(digest()).toBe(before);
    await wf.publishChange(publisher, sourceId, 2);
    await wf.publishChange(publisher, valueId, 2);
    const figure = (await getFigureBySlug('en', 'database-citizens'))!;
    expect([figure.value, figure.source.slug]).toEqual(['32000000', slug]);
  });
});
