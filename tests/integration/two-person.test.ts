import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Actor } from '@/lib/data/audit-log';
import { createActors, testActor } from '../support/actors';

// Runs on the project's engine (setup.ts made this file's database): the two-person rule, "publish alone" and one
// open change per record, including two people starting a change at the same moment.
const { prisma } = await import('@/lib/db');
const wf = await import('@/lib/data/changes/workflow');
const { OwnChangeError, OpenChangeError, StaleRecordError } = await import('@/lib/data/changes/errors');
const { getChange, getRecordState } = await import('@/lib/data/changes/queries');
const { getSetting, updateSettings } = await import('@/lib/data/settings');
const { listChangelogRecords } = await import('@/lib/data/dataset');

const actor = testActor;
const editor = actor('editor', 'editor');
const publisher = actor('publisher', 'publisher');
const publisher2 = actor('publisher2', 'publisher');
const admin = actor('admin', 'admin');

beforeAll(async () => {
  await createActors(prisma, [editor, publisher, publisher2, admin]);
});
afterAll(() => prisma.$disconnect());

async function figureDraft(slug: string, changes: Record<string, unknown>, reason = 'Clearer wording') {
  const state = (await getRecordState('figure', slug))!;
  return { content: { ...state.content, ...changes }, reason, baseToken: state.token };
}

async function submitted(author: Actor, slug: string, changes: Record<string, unknown>) {
  const id = await wf.startChange(author, 'figure', slug, await figureDraft(slug, changes));
  await wf.stepChange(author, id, 1, 'submit');
  return id;
}

const statusOf = async (id: number) => (await prisma.changeRequest.findUniqueOrThrow({ where: { id } })).status;
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

describe(`the two-person rule (${inject('engine')})`, () => {
  it('refuses the author publishing their own change, and sending it back; someone else publishes it', async () => {
    const id = await submitted(publisher, 'citizens-reached', { labelEn: 'Citizens the alliance says it reached' });
    const entries = await prisma.changelogEntry.count();
    const own = await refusal(wf.publishChange(publisher, id, 2));
    expect(own).toBeInstanceOf(OwnChangeError);
    expect((own as InstanceType<typeof OwnChangeError>).step).toBe('publish');
    expect(await refusal(wf.rejectChange(publisher, id, 2, 'not mine to judge'))).toBeInstanceOf(OwnChangeError);
    expect([await statusOf(id), await prisma.changelogEntry.count()]).toEqual(['in_review', entries]);

    await wf.publishChange(publisher2, id, 2);
    const entry = await prisma.changelogEntry.findFirstOrThrow({ where: { entitySlug: 'citizens-reached' }, orderBy: { id: 'desc' } });
    expect([entry.reason, entry.publishedAlone]).toEqual(['Clearer wording', false]);
    const row = await prisma.changeRequest.findUniqueOrThrow({ where: { id } });
    expect([row.status, row.authorId, row.reviewerId]).toEqual(['published', publisher.id, publisher2.id]);
  });

  it('makes whoever edits a draft a co-author who cannot publish it; a third person can', async () => {
    const id = await wf.startChange(editor, 'figure', 'database-citizens', await figureDraft('database-citizens', { labelEn: 'Draft by the editor' }));
    // A publisher withdraws nothing here: they simply rewrite the editor's draft, then submit it.
    await wf.saveChange(publisher, 'figure', id, 1, await figureDraft('database-citizens', { labelEn: 'Rewritten by the publisher' }));
    await wf.saveChange(publisher, 'figure', id, 2, await figureDraft('database-citizens', { labelEn: 'Rewritten twice' }));
    await wf.stepChange(editor, id, 3, 'submit');
    const contributors = await prisma.changeContributor.findMany({ where: { changeRequestId: id }, orderBy: { firstAt: 'asc' } });
    expect(contributors.map((c) => c.userId).sort()).toEqual([editor.id, publisher.id].sort());
    expect((await getChange('en', id))!.contributors.map((c) => c.email)).toEqual(['editor@test', 'publisher@test']);

    expect(await refusal(wf.publishChange(publisher, id, 4))).toBeInstanceOf(OwnChangeError);
    expect(await statusOf(id)).toBe('in_review');
    await wf.publishChange(admin, id, 4);
    expect((await prisma.figure.findUniqueOrThrow({ where: { slug: 'database-citizens' } })).labelEn).toBe('Rewritten twice');
  });

  it('with "publish alone" on, lets the author publish, says so on the public entry, and audits the setting', async () => {
    expect(await getSetting('publishAlone')).toBe(false);
    await updateSettings(admin, { publishAlone: true });
    const event = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'settings.update' }, orderBy: { id: 'desc' } });
    expect([event.actorEmail, event.actorRole, JSON.parse(event.before!), JSON.parse(event.after!)]).toEqual(['admin@test', 'admin', { publishAlone: false }, { publishAlone: true }]);
    // Saving the same value again changes nothing and records nothing.
    expect(await updateSettings(admin, { publishAlone: true })).toEqual({ changed: false });
    expect(await prisma.auditEvent.count({ where: { action: 'settings.update' } })).toBe(1);

    const mine = await submitted(publisher, 'relief-caravans-allocation', { labelEn: 'Published alone' });
    await wf.publishChange(publisher, mine, 2);
    const theirs = await submitted(editor, 'relief-caravans-targeted-beneficiaries', { labelEn: 'Reviewed by someone else' });
    await wf.publishChange(publisher, theirs, 2);
    const { items } = await listChangelogRecords({ skip: 0, take: 2 });
    expect(items.map((e) => [e.entitySlug, e.publishedAlone])).toEqual([['relief-caravans-targeted-beneficiaries', false], ['relief-caravans-allocation', true]]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { changeRequestId: mine, action: 'change.publish' } });
    expect(JSON.parse(audit.after!).publishedAlone).toBe(true);

    await updateSettings(admin, { publishAlone: false });
    const again = await submitted(publisher, 'relief-caravans-allocation', { labelEn: 'Alone no more' });
    expect(await refusal(wf.publishChange(publisher, again, 2))).toBeInstanceOf(OwnChangeError);
    await wf.stepChange(publisher, again, 2, 'withdraw');
    await wf.stepChange(publisher, again, 3, 'discard');
  });
});

describe(`one open change per record (${inject('engine')})`, () => {
  it('refuses a second change while one is open, naming the open one; once it is published, a new one starts', async () => {
    const first = await wf.startChange(editor, 'figure', 'citizens-reached', await figureDraft('citizens-reached', { labelEn: 'First' }));
    const changes = await prisma.changeRequest.count();
    const second = await refusal(wf.startChange(publisher, 'figure', 'citizens-reached', await figureDraft('citizens-reached', { labelEn: 'Second' })));
    expect(second).toBeInstanceOf(OpenChangeError);
    expect((second as InstanceType<typeof OpenChangeError>).changeId).toBe(first);
    expect(await prisma.changeRequest.count()).toBe(changes);
    // Sent back is still open.
    await wf.stepChange(editor, first, 1, 'submit');
    await wf.rejectChange(publisher, first, 2, 'Which report?');
    expect(await refusal(wf.startChange(publisher, 'figure', 'citizens-reached', await figureDraft('citizens-reached', { labelEn: 'Second' })))).toBeInstanceOf(OpenChangeError);
    await wf.stepChange(editor, first, 3, 'discard');
    const third = await wf.startChange(publisher, 'figure', 'citizens-reached', await figureDraft('citizens-reached', { labelEn: 'Third' }));
    await wf.stepChange(publisher, third, 1, 'discard');
  });

  it('lets exactly one of two changes started at the same moment through', async () => {
    const draft = await figureDraft('citizens-reached', { labelEn: 'Raced' });
    for (let round = 0; round < 3; round++) {
      const results = await Promise.allSettled([wf.startChange(editor, 'figure', 'citizens-reached', draft), wf.startChange(publisher, 'figure', 'citizens-reached', draft)]);
      const ok = results.filter((r) => r.status === 'fulfilled');
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(ok).toHaveLength(1);
      expect(refused).toHaveLength(1);
      expect(refused[0].reason).toBeInstanceOf(OpenChangeError);
      const open = await prisma.changeRequest.findMany({ where: { entitySlug: 'citizens-reached', status: { in: wf.openStatuses } } });
      expect(open.map((c) => c.id)).toEqual([(ok[0] as PromiseFulfilledResult<number>).value]);
      expect((refused[0].reason as InstanceType<typeof OpenChangeError>).changeId).toBe(open[0].id);
      await wf.stepChange(editor, open[0].id, 1, 'discard');
    }
  });
});

describe(`a change whose record moved on (${inject('engine')})`, () => {
  it('shows the base, the record now and the change; bringing it up to date keeps its edits and a reviewer publishes it', async () => {
    const slug = 'database-citizens';
    const id = await submitted(editor, slug, { labelEn: 'Label from the draft' });
    // Meanwhile a new value is published for the figure: its version, which a change to its meaning starts from, moves on.
    const { publishValue } = await import('../support/publish');
    await publishValue(process.env.DATABASE_URL!, slug, '31000000', 'A new report');

    const before = await prisma.changelogEntry.count();
    expect(await refusal(wf.publishChange(publisher, id, 2))).toBeInstanceOf(StaleRecordError);
    expect(await prisma.changelogEntry.count()).toBe(before);
    const detail = (await getChange('en', id))!;
    expect(detail.recordMoved).toBe(true);
    expect(detail.threeWay.map((f) => [f.field, f.base === f.now, f.change, f.conflict])).toEqual([['labelEn', true, 'Label from the draft', false]]);

    // The publisher brings it up to date without becoming a co-author, then publishes it.
    expect(await wf.rebaseChange(publisher, id, 2)).toEqual({ sentBack: false });
    expect(await prisma.changeContributor.count({ where: { changeRequestId: id, userId: publisher.id! } })).toBe(0);
    expect((await prisma.auditEvent.findFirstOrThrow({ where: { changeRequestId: id }, orderBy: { id: 'desc' } })).action).toBe('change.rebase');
    await wf.publishChange(publisher, id, 3);
    expect((await prisma.figure.findUniqueOrThrow({ where: { slug } })).labelEn).toBe('Label from the draft');
  });

  it('sends a change back to draft when the same field changed on both sides', () => {
    const base = { labelEn: 'A', labelAr: 'أ', unit: 'citizens' };
    const now = { labelEn: 'B', labelAr: 'ب', unit: 'citizens' };
    expect(wf.replayOwnEdits('figure', base, now, { labelEn: 'C', labelAr: 'أ', unit: 'citizens' })).toEqual({ next: { labelEn: 'C', labelAr: 'ب', unit: 'citizens' }, conflicts: ['labelEn'] });
    expect(wf.replayOwnEdits('figure', base, now, { labelEn: 'A', labelAr: 'أ', unit: 'families' })).toEqual({ next: { labelEn: 'B', labelAr: 'ب', unit: 'families' }, conflicts: [] });
  });
});
