import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import type { Actor } from '@/lib/data/audit-log';
import type { Staff } from '@/lib/auth/session';
import { locales } from '@/lib/i18n/locales';

// Retire, never delete, on the project's engine (setup.ts made this file's database): a retirement goes through the
// same review as any change, lists drop the record, its own pages and API paths keep it with the notice, the changelog
// and the public history say so, and nothing can change it afterwards.
const session = vi.hoisted(() => ({ staff: null as Staff | null }));
vi.mock('@/lib/auth/session', () => ({
  getStaff: async () => session.staff,
  requireStaff: async () => session.staff,
  actorOf: async (s: Staff | null) => ({ id: s?.id ?? null, email: s?.email ?? null, role: s?.role ?? null, ip: '127.0.0.1' }),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));

const { prisma } = await import('@/lib/db');
const wf = await import('@/lib/data/changes/workflow');
const { startRetirement } = await import('@/lib/data/changes/retire');
const { OwnChangeError, OpenChangeError, RetiredRecordError } = await import('@/lib/data/changes/errors');
const { getChange, getRecordState } = await import('@/lib/data/changes/queries');
const { updateSettings } = await import('@/lib/data/settings');
const figures = await import('@/lib/data/figures');
const { getInitiativeBySlug, listInitiatives } = await import('@/lib/data/initiatives');
const { listSources } = await import('@/lib/data/sources');
const dataset = await import('@/lib/data/dataset');
const { collectSearchRecords } = await import('@/lib/data/search-records');
const { describeEntry } = await import('@/lib/changelog-text');
const { retireRecordAction } = await import('@/app/[locale]/admin/(staff)/retire/actions');
const { figureRecord, figureVersionRecord, initiativeRecord } = await import('@/lib/api/schemas');

const actor = (name: string, role: string): Actor => ({ id: `u-${name}`, email: `${name}@test`, role, ip: '127.0.0.1' });
const editor = actor('editor', 'editor');
const publisher = actor('publisher', 'publisher');
const admin = actor('admin', 'admin');
const staffOf = (a: Actor): Staff => ({ id: a.id!, email: a.email!, name: a.email!, role: a.role! as Staff['role'] });

beforeAll(async () => {
  for (const a of [editor, publisher, admin]) await prisma.user.create({ data: { id: a.id!, email: a.email!, name: a.email!, role: a.role! } });
});
afterAll(() => prisma.$disconnect());

const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);
const reasons = { retiredReasonAr: 'تبيّن أنه يكرر رقمًا آخر منشورًا', retiredReasonEn: 'It turned out to repeat another published figure' };
const FIGURE = 'relief-caravans-targeted-beneficiaries';
const INITIATIVE = 'relief-and-social-caravans';

async function proposeAndSubmit(author: Actor, type: 'figure' | 'initiative' | 'source', slug: string) {
  const id = await startRetirement(author, type, slug, reasons);
  await wf.stepChange(author, id, 1, 'submit');
  return id;
}

describe(`retiring a figure (${inject('engine')})`, () => {
  it('goes through review: the admin who proposed it cannot publish it alone; another publisher does', async () => {
    const entries = await prisma.changelogEntry.count();
    const id = await proposeAndSubmit(admin, 'figure', FIGURE);
    const change = (await getChange('en', id))!;
    expect(change.action).toBe('retire');
    expect(change.changes.map((c) => [c.field, c.to])).toEqual([['retiredReasonAr', reasons.retiredReasonAr], ['retiredReasonEn', reasons.retiredReasonEn]]);
    // Nothing public moves before it is published.
    expect((await figures.listFigures('en')).map((f) => f.slug)).toContain(FIGURE);

    expect(await refusal(wf.publishChange(admin, id, 2))).toBeInstanceOf(OwnChangeError);
    expect(await prisma.changelogEntry.count()).toBe(entries);
    expect((await prisma.figure.findUniqueOrThrow({ where: { slug: FIGURE } })).retiredAt).toBeNull();

    const published = await wf.publishChange(publisher, id, 2);
    expect(published).toEqual({ type: 'figure', slug: FIGURE, initiativeSlug: INITIATIVE });
    const row = await prisma.figure.findUniqueOrThrow({ where: { slug: FIGURE } });
    expect(row.retiredAt).not.toBeNull();
    expect([row.retiredReasonAr, row.retiredReasonEn]).toEqual([reasons.retiredReasonAr, reasons.retiredReasonEn]);

    const entry = await prisma.changelogEntry.findFirstOrThrow({ where: { entitySlug: FIGURE }, orderBy: { id: 'desc' } });
    expect([entry.entityType, entry.action, entry.reason, entry.publishedAlone]).toEqual(['figure', 'retire', reasons.retiredReasonAr, false]);
    expect(await prisma.historyLink.count({ where: { entryId: entry.id } })).toBe(1);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'change.publish', changeRequestId: id } });
    expect([audit.actorEmail, JSON.parse(audit.after!).retiredReasonEn]).toEqual(['publisher@test', reasons.retiredReasonEn]);
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id } })).reviewerId).toBe(publisher.id);
  });

  it('drops it from every list: figures, its initiative, the home data, search, the API lists and downloads', async () => {
    for (const locale of locales) {
      expect((await figures.listFigures(locale)).map((f) => f.slug)).not.toContain(FIGURE);
      expect((await getInitiativeBySlug(locale, INITIATIVE))!.figures.map((f) => f.slug)).not.toContain(FIGURE);
      expect((await listInitiatives(locale)).flatMap((i) => i.figures.map((f) => f.slug))).not.toContain(FIGURE);
    }
    expect((await dataset.listFigureRecords()).map((f) => f.slug)).not.toContain(FIGURE);
    const page = await dataset.pageFigureRecords({ skip: 0, take: 100 });
    expect([page.items.map((f) => f.slug).includes(FIGURE), page.total]).toEqual([false, page.items.length]);
    expect((await dataset.listInitiativeRecords()).find((i) => i.slug === INITIATIVE)!.figures).not.toContain(FIGURE);
    expect((await collectSearchRecords()).map((r) => r.document.id)).not.toContain(`figure:${FIGURE}`);
    // The changelog still names it, and its page is still prerendered.
    expect((await figures.listAllFigures('en')).map((f) => f.slug)).toContain(FIGURE);
    expect(await figures.listFigureSlugs()).toContain(FIGURE);
  });

  it('keeps its page, versions and API paths, each with when and why in the reader\'s language', async () => {
    const [ar, en] = [await figures.getFigureBySlug('ar', FIGURE), await figures.getFigureBySlug('en', FIGURE)];
    expect([ar!.retired!.reason, en!.retired!.reason]).toEqual([reasons.retiredReasonAr, reasons.retiredReasonEn]);
    expect((await figures.getFigureAtVersion('en', FIGURE, 1))!.retired!.reason).toBe(reasons.retiredReasonEn);
    const record = (await dataset.getFigureRecord(FIGURE))!;
    expect(record.retiredAt).toBe(ar!.retired!.at.toISOString());
    expect(record.retiredReason).toEqual({ ar: reasons.retiredReasonAr, en: reasons.retiredReasonEn });
    const version = (await dataset.getFigureVersionRecord(FIGURE, 1))!;
    expect(version.retiredReason).toEqual(record.retiredReason);
    // Both still read as the published API shapes say.
    figureRecord.parse(record);
    figureVersionRecord.parse(version);
    // A figure still listed says it is current.
    expect((await dataset.getFigureRecord('citizens-reached'))!.retiredAt).toBeNull();
  });

  it('says so in the public changelog, in each language', async () => {
    const { items } = await dataset.listChangelogRecords({ skip: 0, take: 5, figure: FIGURE });
    const entry = items.find((e) => e.action === 'retire')!;
    const words = { sentences: { retired: ({ reason }: { reason: string }) => `Retired: ${reason}` }, field: (f: string) => f } as never;
    expect(describeEntry(entry, { unit: 'people' }, 'en', words).headline!('latn')).toBe(`Retired: ${reasons.retiredReasonEn}`);
    expect(describeEntry(entry, { unit: 'people' }, 'ar', words).headline!('latn')).toBe(`Retired: ${reasons.retiredReasonAr}`);
  });

  it('refuses any further change: an edit, a new value, a second retirement', async () => {
    const state = (await getRecordState('figure', FIGURE))!;
    const edit = { content: { ...state.content, labelEn: 'Edited after retiring' }, reason: 'Later', baseToken: state.token };
    expect(await refusal(wf.startChange(editor, 'figure', FIGURE, edit))).toBeInstanceOf(RetiredRecordError);
    expect(await refusal(wf.startChange(editor, 'observation', `${FIGURE}/new`, { content: {}, reason: 'A new value', baseToken: 'new' }))).toBeInstanceOf(RetiredRecordError);
    expect(await refusal(startRetirement(editor, 'figure', FIGURE, reasons))).toBeInstanceOf(RetiredRecordError);
    expect(await prisma.changeRequest.count({ where: { entitySlug: { startsWith: FIGURE }, status: 'draft' } })).toBe(0);
  });
});

describe(`retiring an initiative and a source (${inject('engine')})`, () => {
  it('refuses a retirement while the record has another open change', async () => {
    const state = (await getRecordState('initiative', 'food-support'))!;
    const open = await wf.startChange(editor, 'initiative', 'food-support', { content: { ...state.content, summaryEn: 'Open edit' }, reason: 'Wording', baseToken: state.token });
    const refused = await refusal(startRetirement(editor, 'initiative', 'food-support', reasons));
    expect(refused).toBeInstanceOf(OpenChangeError);
    expect((refused as InstanceType<typeof OpenChangeError>).changeId).toBe(open);
  });

  it('under "publish alone", lets the admin publish their own retirement and says so on the entry', async () => {
    await updateSettings(admin, { publishAlone: true });
    try {
      const id = await proposeAndSubmit(admin, 'initiative', 'school-supplies');
      await wf.publishChange(admin, id, 2);
    } finally {
      await updateSettings(admin, { publishAlone: false });
    }
    const entry = await prisma.changelogEntry.findFirstOrThrow({ where: { entitySlug: 'school-supplies' }, orderBy: { id: 'desc' } });
    expect([entry.action, entry.publishedAlone]).toEqual(['retire', true]);
    expect((await listInitiatives('ar')).map((i) => i.slug)).not.toContain('school-supplies');
    expect((await dataset.pageInitiativeRecords({ skip: 0, take: 50 })).items.map((i) => i.slug)).not.toContain('school-supplies');
    expect((await getInitiativeBySlug('ar', 'school-supplies'))!.retired!.reason).toBe(reasons.retiredReasonAr);
    expect(initiativeRecord.parse(await dataset.getInitiativeRecord('school-supplies')).retiredReason!.en).toBe(reasons.retiredReasonEn);
  });

  it('drops a retired source from the lists while the figures citing it still show it in full', async () => {
    const id = await proposeAndSubmit(editor, 'source', 'ecss-study-article-2023');
    await wf.publishChange(publisher, id, 2);
    expect((await listSources('en')).map((s) => s.slug)).not.toContain('ecss-study-article-2023');
    expect((await dataset.listSourceRecords()).map((s) => s.slug)).not.toContain('ecss-study-article-2023');
    expect((await dataset.getSourceRecord('ecss-study-article-2023'))!.retiredReason!.ar).toBe(reasons.retiredReasonAr);
    const citing = (await figures.listFigures('en')).filter((f) => f.observations.some((o) => o.source.slug === 'ecss-study-article-2023'));
    expect(citing.length).toBeGreaterThan(0);
    expect(citing[0].observations.find((o) => o.source.slug === 'ecss-study-article-2023')!.source.title).not.toBe('');
  });
});

describe(`the staff form (${inject('engine')})`, () => {
  const form = (values: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(values)) data.set(k, v);
    return data;
  };
  const idle = { status: 'idle' } as const;
  const base = { locale: 'en', entityType: 'figure', slug: 'database-citizens', ...reasons, confirm: 'retire' };

  it('refuses without the confirming tick or a reason in each language, and saves nothing', async () => {
    session.staff = staffOf(editor);
    const before = await prisma.changeRequest.count();
    const { confirm: _c, ...unconfirmed } = base;
    expect(await retireRecordAction(idle, form(unconfirmed))).toMatchObject({ status: 'invalid', fieldErrors: { confirm: { key: 'choose' } } });
    expect(await retireRecordAction(idle, form({ ...base, retiredReasonEn: '  ' }))).toMatchObject({ status: 'invalid', fieldErrors: { retiredReasonEn: { key: 'required' } } });
    session.staff = null;
    expect(await retireRecordAction(idle, form(base))).toEqual({ status: 'error', error: 'unauthenticated' });
    expect(await prisma.changeRequest.count()).toBe(before);
  });

  it('answers a retired record with a clear refusal, and opens a draft for a current one', async () => {
    session.staff = staffOf(editor);
    expect(await retireRecordAction(idle, form({ ...base, slug: FIGURE }))).toEqual({ status: 'error', error: 'retired' });
    const digest = await retireRecordAction(idle, form(base)).catch((e: Error & { digest?: string }) => e.digest);
    const row = await prisma.changeRequest.findFirstOrThrow({ where: { entitySlug: 'database-citizens', action: 'retire' } });
    expect([row.status, row.authorId]).toEqual(['draft', editor.id]);
    expect(String(digest)).toContain(`/en/admin/changes/${row.id}`);
    // Its reasons are not edited as a record's content: the draft is discarded and proposed again instead.
    const saved = await refusal(wf.saveChange(editor, 'figure', row.id, 1, { content: {}, reason: 'x', baseToken: null }));
    expect(saved?.constructor.name).toBe('ChangeStateError');
  });
});
