import crypto from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTestDatabase } from '../support/database';
import { databaseDigest } from '../support/db-hash';
import type { Staff } from '@/lib/auth/session';

// Who is signed in is decided per test; everything else (schemas, workflow, database) is real.
const session = vi.hoisted(() => ({ staff: null as Staff | null }));
vi.mock('@/lib/auth/session', () => ({
  getStaff: async () => session.staff,
  requireStaff: async () => session.staff,
  actorOf: async (s: Staff | null) => ({ id: s?.id ?? null, email: s?.email ?? null, role: s?.role ?? null, ip: '127.0.0.1' }),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => undefined }) }));

const db = createTestDatabase('actions');
process.env.DATABASE_URL = db.url;
const { prisma } = await import('@/lib/db');
const { getRecordState } = await import('@/lib/data/changes/queries');
const modules = {
  figures: await import('@/app/[locale]/admin/(staff)/figures/actions'),
  initiatives: await import('@/app/[locale]/admin/(staff)/initiatives/actions'),
  sources: await import('@/app/[locale]/admin/(staff)/sources/actions'),
  changes: await import('@/app/[locale]/admin/(staff)/changes/actions'),
  import: await import('@/app/[locale]/admin/(staff)/import/actions'),
  staff: await import('@/app/[locale]/admin/(staff)/staff/actions'),
  account: await import('@/app/[locale]/admin/(staff)/account/actions'),
  settings: await import('@/app/[locale]/admin/(staff)/settings/actions'),
};
const { acceptInviteAction } = await import('@/app/[locale]/admin/invite/[token]/actions');

const editor: Staff = { id: 'u-editor', email: 'editor@test', name: 'Editor', role: 'editor' };
const publisher: Staff = { id: 'u-publisher', email: 'publisher@test', name: 'Publisher', role: 'publisher' };
const admin: Staff = { id: 'u-admin', email: 'admin@test', name: 'Admin', role: 'admin' };
const digest = () => databaseDigest(db.file);
const idle = { status: 'idle' } as const;

function form(values: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(values)) data.set(k, v);
  return data;
}

const asText = (content: Record<string, unknown>) => Object.fromEntries(Object.entries(content).map(([k, v]) => [k, v === null ? '' : String(v)]));

/** The figure's meaning form, as its staff page fills it. */
async function figureForm(changes: Record<string, string>) {
  const state = (await getRecordState('figure', 'citizens-reached'))!;
  return form({ ...asText(state.content), reason: 'Clearer wording', locale: 'ar', slug: 'citizens-reached', baseToken: state.token, ...changes });
}

/** The observation form: a correction of `<figure>/<n>` as loaded, or a new value (`<figure>/new`) from scratch. */
async function observationForm(key: string, changes: Record<string, string>) {
  const state = key.endsWith('/new') ? null : (await getRecordState('observation', key))!;
  return form({ ...(state ? asText(state.content) : {}), reason: 'From the 2024 report', locale: 'ar', slug: key, baseToken: state?.token ?? 'new', ...changes });
}

const newValue = {
  value: '31000000', asOf: '2024-12-31', asOfPrecision: 'year', periodStart: '', sourceSlug: 'ecss-study-article-2023',
  quote: 'وصل التحالف إلى 31 مليون مواطن من الأكثر احتياجًا', quoteTranslation: '', locator: 'صفحة 4', valueNote: '',
};

/** A new source's form, every required field filled. */
function sourceForm(values: Record<string, string | Blob>) {
  return form({
    kind: 'annual-report', publisherAr: 'التحالف الوطني', publisherEn: 'The National Alliance', titleAr: 'التقرير السنوي 2024', titleEn: 'Annual report 2024',
    workTitleAr: '', workTitleEn: '', authorAr: '', authorEn: '', originAr: '', originEn: '', language: 'ar', publishedOn: '2025-02-01', publishedPrecision: 'month',
    url: '', quote: 'وصل التحالف إلى 31 مليون مواطن', quoteTranslation: '', accessedOn: '', archiveSha256: '', reason: 'A new report', locale: 'ar', baseToken: 'new', ...values,
  });
}

const redirected = (p: Promise<unknown>) => p.catch((e: Error & { digest?: string }) => e.digest);

async function inReview(): Promise<number> {
  const row = await prisma.changeRequest.create({
    // On another figure than the forms below use: a record has one open change at a time.
    data: { entityType: 'figure', entitySlug: 'database-citizens', status: 'in_review', payload: JSON.stringify({ ...(await getRecordState('figure', 'database-citizens'))!.content, labelEn: 'x' }), base: '{}', baseToken: '1', reason: 'r', authorId: editor.id },
  });
  return row.id;
}

beforeAll(async () => {
  for (const s of [editor, publisher, admin]) await prisma.user.create({ data: { id: s.id, email: s.email, name: s.name, role: s.role } });
});
beforeEach(() => {
  session.staff = null;
});
afterAll(async () => {
  await prisma.$disconnect();
  fs.rmSync(db.dir, { recursive: true, force: true });
});

describe('every staff action', () => {
  it('refuses an anonymous request, whatever it sends, and writes nothing', async () => {
    const id = await inReview();
    const payload = { ...Object.fromEntries((await figureForm({ labelEn: 'x' })).entries()), ...newValue, changeId: String(id), expectedRevision: '1', note: 'n', email: 'x@y.org', name: 'X', role: 'admin', userId: editor.id, active: 'false', currentPassword: 'x'.repeat(12), password: 'y'.repeat(12), confirm: 'y'.repeat(12), figureSlug: 'citizens-reached', titleAr: 'ت', titleEn: 't', csv: 'governorate,value\nEG-C,1', kind: 'study', publisherAr: 'ن', publisherEn: 'p', language: 'ar', publishedPrecision: 'day', slug: 'intruder-source' };
    const before = digest();
    const names: string[] = [];
    for (const [file, mod] of Object.entries(modules)) {
      for (const [name, action] of Object.entries(mod)) {
        names.push(`${file}.${name}`);
        const result = await (action as (s: unknown, f: FormData) => Promise<unknown>)(idle, form(payload as Record<string, string>));
        expect(result, `${file}.${name}`).toEqual({ status: 'error', error: 'unauthenticated' });
      }
    }
    expect(names.length).toBeGreaterThanOrEqual(18);
    expect(await acceptInviteAction(idle, form({ token: 'not-a-real-token-123', password: 'z'.repeat(12), confirm: 'z'.repeat(12), locale: 'ar' }))).toEqual({ status: 'error', error: 'inviteInvalid' });
    expect(digest()).toBe(before);
  });

  it('does not let an editor publish, reject or manage staff', async () => {
    const id = await inReview();
    session.staff = editor;
    const before = digest();
    const step = form({ changeId: String(id), expectedRevision: '1', note: 'n', locale: 'ar' });
    expect(await modules.changes.publishChangeAction(idle, step)).toEqual({ status: 'error', error: 'forbidden' });
    expect(await modules.changes.rejectChangeAction(idle, step)).toEqual({ status: 'error', error: 'forbidden' });
    expect(await modules.staff.createStaffAction(idle, form({ email: 'new@test', name: 'New', role: 'admin', locale: 'ar' }))).toEqual({ status: 'error', error: 'forbidden' });
    expect(await modules.staff.setRoleAction(idle, form({ userId: editor.id, role: 'admin', locale: 'ar' }))).toEqual({ status: 'error', error: 'forbidden' });
    expect(digest()).toBe(before);
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id } })).status).toBe('in_review');
  });

  it('lets only an admin turn on publishing alone, and records who did it', async () => {
    const on = form({ publishAlone: 'on', locale: 'ar' });
    const before = digest();
    for (const staff of [editor, publisher]) {
      session.staff = staff;
      expect(await modules.settings.updateSettingsAction(idle, on)).toEqual({ status: 'error', error: 'forbidden' });
    }
    expect(digest()).toBe(before);
    session.staff = admin;
    expect(await modules.settings.updateSettingsAction(idle, on)).toMatchObject({ status: 'ok', notice: 'saved' });
    expect(await modules.settings.updateSettingsAction(idle, on)).toMatchObject({ status: 'ok', notice: 'unchanged' });
    // An unticked box sends nothing: the setting is off again.
    expect(await modules.settings.updateSettingsAction(idle, form({ locale: 'ar' }))).toEqual({ status: 'ok', notice: 'saved', data: { publishAlone: 'off' } });
    const events = await prisma.auditEvent.findMany({ where: { action: 'settings.update' }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.actorEmail, e.after])).toEqual([['admin@test', '{"publishAlone":true}'], ['admin@test', '{"publishAlone":false}']]);
  });
});

describe('invalid input', () => {
  it('leaves the database byte-for-byte unchanged and says which fields are wrong', async () => {
    session.staff = editor;
    const before = digest();
    const result = await modules.figures.saveFigureDraftAction(idle, await figureForm({ reason: '', unit: 'dollars', labelAr: '' }));
    expect(result).toEqual({ status: 'invalid', fieldErrors: { reason: { key: 'required' }, unit: { key: 'choose' }, labelAr: { key: 'required' } } });
    const value = await modules.figures.saveObservationDraftAction(idle, await observationForm('citizens-reached/1', { value: '30 million', asOf: '2023-13-01', sourceSlug: '' }));
    expect(value).toEqual({ status: 'invalid', fieldErrors: { value: { key: 'decimal' }, asOf: { key: 'date' }, sourceSlug: { key: 'choose' } } });
    expect(digest()).toBe(before);
  });

  it('checks a CSV without writing anything, and writes nothing for a file with one bad row', async () => {
    session.staff = editor;
    const before = digest();
    const fields = {
      figureSlug: 'citizens-reached', titleAr: 'حسب المحافظة', titleEn: 'By governorate', reason: 'Alliance report', locale: 'ar',
      sourceSlug: 'ecss-study-article-2023', quote: '', locator: 'جدول 3', asOf: '2023-01-01', asOfPrecision: 'month', periodStart: '',
    };
    const bad = new File(['governorate,value\nEG-C,100\nNarnia,5\nEG-GZ,1O0\nEG-C,7\n'], 'b.csv', { type: 'text/csv' });
    const checked = await modules.import.importBreakdownAction(idle, form({ ...fields, intent: 'create', file: bad }));
    expect(checked).toMatchObject({ status: 'checked', problems: [{ line: 3, key: 'unknownGovernorate' }, { line: 4, key: 'badNumber' }, { line: 5, key: 'duplicate' }] });
    const good = new File(['governorate,value\nEG-C,100\nالجيزة,80\n'], 'g.csv', { type: 'text/csv' });
    const dryRun = await modules.import.importBreakdownAction(idle, form({ ...fields, intent: 'check', file: good }));
    expect(dryRun).toMatchObject({ status: 'checked', problems: [], dimension: 'governorate', baseToken: '0' });
    const tooBig = new File(['x'.repeat(600 * 1024)], 'big.csv');
    expect(await modules.import.importBreakdownAction(idle, form({ ...fields, file: tooBig }))).toEqual({ status: 'error', error: 'fileTooLarge', values: { max: '512' } });
    expect(digest()).toBe(before);
  });
});

describe('a valid draft', () => {
  it('is saved as a change, then shown on its page', async () => {
    session.staff = editor;
    const redirect = await redirected(modules.figures.saveFigureDraftAction(idle, await figureForm({ labelEn: 'Citizens reached by the alliance' })));
    expect(redirect).toMatch(/^NEXT_REDIRECT;replace;\/ar\/admin\/changes\/\d+\?done=saved;/);
    const change = await prisma.changeRequest.findFirstOrThrow({ where: { authorId: editor.id, status: 'draft' }, orderBy: { id: 'desc' } });
    expect([change.entityType, JSON.parse(change.payload).labelEn, change.reason]).toEqual(['figure', 'Citizens reached by the alliance', 'Clearer wording']);
    expect(JSON.parse(change.payload)).not.toHaveProperty('value');

    // A second change to the same record, by anyone, is refused with a link to the open one.
    session.staff = publisher;
    const before = digest();
    expect(await modules.figures.saveFigureDraftAction(idle, await figureForm({ labelEn: 'Another wording' })))
      .toEqual({ status: 'error', error: 'openChange', values: { id: change.id }, changeId: change.id });
    expect(digest()).toBe(before);
  });

  it('refuses publishing or sending back to someone who wrote or edited it, with a reason the form shows', async () => {
    const change = await prisma.changeRequest.findFirstOrThrow({ where: { authorId: editor.id, status: 'draft', entitySlug: 'citizens-reached' }, orderBy: { id: 'desc' } });
    const step = (n: number) => form({ changeId: String(change.id), expectedRevision: String(n), locale: 'ar' });
    session.staff = editor;
    await redirected(modules.changes.submitChangeAction(idle, step(1)));
    // The editor's own change, published by a publisher who then edited it: refused, nothing written.
    await prisma.changeContributor.create({ data: { changeRequestId: change.id, userId: publisher.id } });
    session.staff = publisher;
    const before = digest();
    expect(await modules.changes.publishChangeAction(idle, step(2))).toEqual({ status: 'error', error: 'ownChangePublish' });
    expect(await modules.changes.rejectChangeAction(idle, form({ changeId: String(change.id), expectedRevision: '2', locale: 'ar', note: 'n' }))).toEqual({ status: 'error', error: 'ownChangeReject' });
    expect(digest()).toBe(before);
  });
});

describe('a value and its quote', () => {
  it('refuses a value its quote does not state, says so next to the value, and writes nothing', async () => {
    session.staff = editor;
    const before = digest();
    const result = await modules.figures.saveObservationDraftAction(idle, await observationForm('citizens-reached/new', { ...newValue, value: '٣٢٬٠٠٠٬٠٠٠' }));
    expect(result).toEqual({ status: 'invalid', fieldErrors: { value: { key: 'valueNotInQuote' } } });
    // A correction is held to the same rule: 31 million under the 2023 quote that says 30 million.
    const correction = await modules.figures.saveObservationDraftAction(idle, await observationForm('citizens-reached/1', { value: '31000000' }));
    expect(correction).toEqual({ status: 'invalid', fieldErrors: { value: { key: 'valueNotInQuote' } } });
    expect(digest()).toBe(before);
  });

  it('accepts the same value once a public note says where it comes from', async () => {
    session.staff = editor;
    const note = 'من جدول المستفيدين في الصفحة 12 من التقرير';
    const redirect = await redirected(modules.figures.saveObservationDraftAction(idle, await observationForm('citizens-reached/new', { ...newValue, value: '٣٢٬٠٠٠٬٠٠٠', valueNote: note })));
    expect(redirect).toMatch(/^NEXT_REDIRECT;replace;\/ar\/admin\/changes\/\d+\?done=saved;/);
    const change = await prisma.changeRequest.findFirstOrThrow({ where: { entityType: 'observation' }, orderBy: { id: 'desc' } });
    expect([change.entitySlug, change.baseToken, change.status]).toEqual(['citizens-reached/new', 'new', 'draft']);
    expect(JSON.parse(change.payload)).toMatchObject({ value: '32000000', valueNote: note, asOf: '2024-12-31', asOfPrecision: 'year', periodStart: null });
  });

  it('refuses a period that starts after the date it describes, and a source that does not exist', async () => {
    session.staff = editor;
    const before = digest();
    expect(await modules.figures.saveObservationDraftAction(idle, await observationForm('citizens-reached/new', { ...newValue, periodStart: '2025-01-01' })))
      .toEqual({ status: 'invalid', fieldErrors: { periodStart: { key: 'periodOrder' } } });
    expect(await modules.figures.saveObservationDraftAction(idle, await observationForm('citizens-reached/new', { ...newValue, sourceSlug: 'no-such-source' })))
      .toEqual({ status: 'invalid', fieldErrors: { sourceSlug: { key: 'choose' } } });
    expect(await modules.figures.saveObservationDraftAction(idle, await observationForm('no-such-figure/new', newValue))).toEqual({ status: 'error', error: 'notFound' });
    expect(digest()).toBe(before);
  });
});

describe('sources', () => {
  const pdf = () => new File([Buffer.from('%PDF-1.7\n% annual report 2024\n%%EOF\n')], 'report 2024.pdf', { type: 'application/pdf' });

  it('creates a new source with its uploaded archive: stored once by SHA-256 with its size, published with the source', async () => {
    session.staff = editor;
    const file = pdf();
    const bytes = Buffer.from(await file.arrayBuffer());
    const sha256 = crypto.createHash('sha256').update(bytes).digest('hex');
    const redirect = await redirected(modules.sources.saveNewSourceDraftAction(idle, sourceForm({ slug: 'alliance-annual-report-2024', archive: file })));
    expect(redirect).toMatch(/^NEXT_REDIRECT;replace;\/ar\/admin\/changes\/\d+\?done=saved;/);
    const archive = await prisma.sourceArchive.findUniqueOrThrow({ where: { sha256 } });
    expect([archive.byteSize, archive.mediaType, archive.fileName, Buffer.from(archive.content).equals(bytes)]).toEqual([bytes.length, 'application/pdf', 'report 2024.pdf', true]);
    const change = await prisma.changeRequest.findFirstOrThrow({ where: { entityType: 'source', entitySlug: 'alliance-annual-report-2024' } });
    expect([change.baseToken, JSON.parse(change.payload).archiveSha256]).toEqual(['new', sha256]);
    expect(JSON.parse(change.payload)).not.toHaveProperty('slug');

    session.staff = publisher;
    const step = (n: number) => form({ changeId: String(change.id), expectedRevision: String(n), locale: 'ar' });
    await redirected(modules.changes.submitChangeAction(idle, step(1)));
    expect(await redirected(modules.changes.publishChangeAction(idle, step(2)))).toMatch(/done=publish/);
    const source = await prisma.source.findUniqueOrThrow({ where: { slug: 'alliance-annual-report-2024' }, include: { archive: true } });
    expect([source.kind, source.archive?.sha256, source.archive?.byteSize]).toEqual(['annual-report', sha256, bytes.length]);
    // The same file uploaded again is the same row.
    await redirected(modules.sources.saveSourceDraftAction(idle, form({ ...asText((await getRecordState('source', 'alliance-annual-report-2024'))!.content), reason: 'r', locale: 'ar', slug: 'alliance-annual-report-2024', baseToken: (await getRecordState('source', 'alliance-annual-report-2024'))!.token, quote: 'نص آخر', archive: pdf() })));
    expect(await prisma.sourceArchive.count({ where: { sha256 } })).toBe(1);
  });

  it('refuses a file that is not what it says, a slug already taken, and writes nothing', async () => {
    session.staff = editor;
    const before = digest();
    const renamed = new File([Buffer.from('MZ\x90\x00 not a pdf')], 'report.pdf', { type: 'application/pdf' });
    expect(await modules.sources.saveNewSourceDraftAction(idle, sourceForm({ slug: 'another-report', archive: renamed })))
      .toMatchObject({ status: 'invalid', fieldErrors: { archive: { key: 'archiveType' } } });
    const png = new File([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])], 'scan.pdf', { type: 'application/pdf' });
    expect(await modules.sources.saveNewSourceDraftAction(idle, sourceForm({ slug: 'another-report', archive: png })))
      .toMatchObject({ status: 'invalid', fieldErrors: { archive: { key: 'archiveType' } } });
    for (const slug of ['ecss-study-article-2023', 'new']) {
      expect(await modules.sources.saveNewSourceDraftAction(idle, sourceForm({ slug, archive: pdf() }))).toEqual({ status: 'invalid', fieldErrors: { slug: { key: 'slugTaken' } } });
    }
    expect(await modules.sources.saveNewSourceDraftAction(idle, sourceForm({ slug: 'Not A Slug' }))).toEqual({ status: 'invalid', fieldErrors: { slug: { key: 'slug' } } });
    expect(digest()).toBe(before);
  });
});

describe('breakdown import', () => {
  const csv = () => new File(['governorate,value\nEG-C,100\nالجيزة,80\n'], 'g.csv', { type: 'text/csv' });
  const fields = { figureSlug: 'citizens-reached', titleAr: 'حسب المحافظة', titleEn: 'By governorate', reason: 'Caravan records', locale: 'ar', asOf: '2023-06-30', asOfPrecision: 'month', periodStart: '2023-01-01' };

  it('refuses an import without its own source, or without its words or place in the source, and writes nothing', async () => {
    session.staff = editor;
    const before = digest();
    expect(await modules.import.importBreakdownAction(idle, form({ ...fields, sourceSlug: '', quote: 'نص', locator: '', intent: 'create', file: csv() })))
      .toEqual({ status: 'invalid', fieldErrors: { sourceSlug: { key: 'choose' } } });
    expect(await modules.import.importBreakdownAction(idle, form({ ...fields, sourceSlug: 'ecss-study-article-2023', quote: '', locator: '', intent: 'create', file: csv() })))
      .toEqual({ status: 'invalid', fieldErrors: { quote: { key: 'quoteOrLocator' } } });
    expect(digest()).toBe(before);
  });

  it('keeps the source, place and period in the draft', async () => {
    session.staff = editor;
    const redirect = await redirected(modules.import.importBreakdownAction(idle, form({ ...fields, sourceSlug: 'ecss-study-article-2023', quote: '', locator: 'جدول 3', intent: 'create', file: csv() })));
    expect(redirect).toMatch(/done=saved/);
    const change = await prisma.changeRequest.findFirstOrThrow({ where: { entityType: 'breakdown' }, orderBy: { id: 'desc' } });
    expect(JSON.parse(change.payload)).toMatchObject({ sourceSlug: 'ecss-study-article-2023', quote: null, locator: 'جدول 3', asOf: '2023-06-30', asOfPrecision: 'month', periodStart: '2023-01-01', dimension: 'governorate' });
  });
});
