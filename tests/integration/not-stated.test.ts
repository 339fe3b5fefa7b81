import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTranslator } from 'next-intl';
import type { Staff } from '@/lib/auth/session';
import type { Locale } from '@/lib/i18n/locales';
import { allMessages } from '@/lib/i18n/messages';

// The staff member is signed in; schemas, workflow and database are real.
const session = vi.hoisted(() => ({ staff: null as Staff | null }));
vi.mock('@/lib/auth/session', () => ({
  getStaff: async () => session.staff,
  requireStaff: async () => session.staff,
  actorOf: async (s: Staff | null) => ({ id: s?.id ?? null, email: s?.email ?? null, role: s?.role ?? null, ip: '127.0.0.1' }),
}));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => undefined }) }));
// The feed route reads its words through next-intl's server API: the same message files, without a Next request.
vi.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
    createTranslator({ locale, messages: allMessages[locale], namespace: namespace as never }),
}));

const { prisma } = await import('@/lib/db');
const { saveFigureDraftAction } = await import('@/app/[locale]/admin/(staff)/figures/actions');
const { getRecordState, getChange } = await import('@/lib/data/changes/queries');
const wf = await import('@/lib/data/changes/workflow');
const { getFigureAtVersion, getFigureBySlug } = await import('@/lib/data/figures');
const { getFigureRecord, getFigureVersionRecord, listChangelogRecords } = await import('@/lib/data/dataset');
const { figureRecord, figureVersionRecord } = await import('@/lib/api/schemas');
const { previewFigure } = await import('@/lib/data/previews');
const { figureDraftSchema, figureNullable } = await import('@/lib/records/figure');
const { notStatedInWords } = await import('@/lib/validation/not-stated');
const { formValues } = await import('@/lib/validation/form-data');
const { GET: figureFeed } = await import('@/app/[locale]/(portal)/figures/[slug]/feed/route');

const editor: Staff = { id: 'u-editor', email: 'editor@test', name: 'Editor', role: 'editor' };
const publisher: Staff = { id: 'u-publisher', email: 'publisher@test', name: 'Publisher', role: 'publisher' };
const actor = (s: Staff) => ({ id: s.id, email: s.email, role: s.role, ip: '127.0.0.1' });
const SLUG = 'relief-caravans-allocation';

beforeAll(async () => {
  for (const s of [editor, publisher]) await prisma.user.create({ data: { id: s.id, email: s.email, name: s.name, role: s.role } });
});

/** The figure's meaning form as a browser without JavaScript sends it: the rows shown, with spare empty ones. */
async function figureForm(rows: [string, string, string][], reason = 'What the article leaves out, reworded') {
  const state = (await getRecordState('figure', SLUG))!;
  const data = new FormData();
  for (const [k, v] of Object.entries(state.content)) if (k !== 'notStated') data.set(k, v === null ? '' : String(v));
  rows.forEach(([kind, noteAr, noteEn], i) => {
    data.set(`notStated.${i}.kind`, kind);
    data.set(`notStated.${i}.noteAr`, noteAr);
    data.set(`notStated.${i}.noteEn`, noteEn);
  });
  for (const [k, v] of Object.entries({ reason, locale: 'en', slug: SLUG, baseToken: state.token, changeId: '', expectedRevision: '' })) data.set(k, v);
  return data;
}
const redirected = (p: Promise<unknown>) => p.catch((e: Error & { digest?: string }) => e.digest);

describe('what the source does not say', () => {
  it('is seeded for the four founding figures from what the article leaves out', async () => {
    const kinds = async (slug: string) => (await getFigureBySlug('en', slug))!.notStated.map((n) => n.kind);
    expect(await kinds(SLUG)).toEqual(['amount-spent', 'families', 'governorate-split', 'period', 'method']);
    expect(await kinds('relief-caravans-targeted-beneficiaries')).toEqual(['beneficiaries-reached', 'families', 'governorate-split', 'period', 'method']);
    expect(await kinds('database-citizens')).toContain('method');
    expect(await kinds('citizens-reached')).toContain('amount-spent');
    const [inAr, inEn] = [(await getFigureBySlug('ar', SLUG))!, (await getFigureBySlug('en', SLUG))!];
    expect(inAr.notStated[0].note).toContain('رُصد');
    expect(inEn.notStated[0].note).toMatch(/does not say how much of it was actually spent/);
    // The first version snapshotted the list, so the version page keeps it.
    expect((await getFigureAtVersion('en', SLUG, 1))!.notStated).toEqual(inEn.notStated);
  });

  it('is served by the API on figure records, bilingual, and valid against the documented schema', async () => {
    const record = figureRecord.parse(await getFigureRecord(SLUG));
    expect(record.notStated[0]).toEqual({ kind: 'amount-spent', noteAr: expect.stringContaining('رُصد'), noteEn: expect.stringContaining('actually spent') });
    expect(record.notStated).toHaveLength(5);
    const version = figureVersionRecord.parse(await getFigureVersionRecord(SLUG, 1));
    expect(version).not.toHaveProperty('notStated');
  });

  it('is edited on the staff form (rows, without JavaScript), reviewed in words and published as a new version', async () => {
    session.staff = editor;
    const invalid = await saveFigureDraftAction({ status: 'idle' }, await figureForm([['amount-spent', '', ''], ['amount-spent', '', ''], ['other', '', '']]));
    expect(invalid).toEqual({ status: 'invalid', fieldErrors: { 'notStated.1.kind': { key: 'invalid' }, 'notStated.2.noteAr': { key: 'required' } } });

    const rows: [string, string, string][] = [
      ['amount-spent', 'يقول المقال «رُصد» ولا يذكر ما أُنفق.', 'The article says allocated and gives no amount spent.'],
      ['', '', ''],
      ['period', '', 'No period is given.'],
      ['', '', ''],
    ];
    expect(await redirected(saveFigureDraftAction({ status: 'idle' }, await figureForm(rows)))).toMatch(/^NEXT_REDIRECT;replace;\/en\/admin\/changes\/\d+\?done=saved;/);
    const change = await prisma.changeRequest.findFirstOrThrow({ where: { entitySlug: SLUG, status: 'draft' }, orderBy: { id: 'desc' } });
    const stored = JSON.parse(JSON.parse(change.payload).notStated);
    expect(stored).toEqual([
      { kind: 'amount-spent', noteAr: 'يقول المقال «رُصد» ولا يذكر ما أُنفق.', noteEn: 'The article says allocated and gives no amount spent.' },
      { kind: 'period', noteAr: null, noteEn: 'No period is given.' },
    ]);

    // The reviewer reads the diff (one field, the list before and after) and the page as it will read.
    const detail = (await getChange('en', change.id))!;
    expect(detail.changes.map((c) => c.field)).toEqual(['notStated']);
    const kindWord = (k: string) => allMessages.en.NotStated.kinds[k as keyof typeof allMessages.en.NotStated.kinds];
    expect(notStatedInWords(detail.changes[0].to, 'en', kindWord)).toBe('How much was actually spent — The article says allocated and gives no amount spent.; The period the figure covers — No period is given.');
    const preview = (await previewFigure('en', SLUG, detail.payload))!;
    expect(preview.figure.notStated).toEqual([
      { kind: 'amount-spent', note: 'The article says allocated and gives no amount spent.' },
      { kind: 'period', note: 'No period is given.' },
    ]);
    expect((await getFigureBySlug('en', SLUG))!.notStated).toHaveLength(5);

    await wf.stepChange(actor(editor), change.id, 1, 'submit');
    await wf.publishChange(actor(publisher), change.id, 2);
    const published = (await getFigureBySlug('ar', SLUG))!;
    expect(published.version).toBe(2);
    expect(published.notStated).toEqual([{ kind: 'amount-spent', note: 'يقول المقال «رُصد» ولا يذكر ما أُنفق.' }, { kind: 'period', note: 'No period is given.' }]);
    expect((await getFigureAtVersion('en', SLUG, 1))!.notStated).toHaveLength(5);
    expect(figureRecord.parse(await getFigureRecord(SLUG)).notStated).toEqual(stored);
    const { items } = await listChangelogRecords({ skip: 0, take: 1, figure: SLUG });
    expect(items[0]).toMatchObject({ version: 2, action: 'update', reason: 'What the article leaves out, reworded' });
    expect(items[0].changes.map((c) => c.field)).toEqual(['notStated']);

    // The same list sent again (with other spare rows) reads exactly as published: no change.
    const again = figureDraftSchema.parse(formValues(await figureForm([...rows, ['', '', '']]), figureNullable));
    expect(again.notStated).toBe((await getRecordState('figure', SLUG))!.content.notStated);
  });

  it('has its own Atom feed per figure, in each language, with author and xml:lang', async () => {
    const call = (locale: string, slug: string) => figureFeed(new Request(`http://portal.test/${locale}/figures/${slug}/feed`), { params: Promise.resolve({ locale, slug }) });
    const res = await call('en', SLUG);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await res.text();
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(xml).toContain('<name>Shafafiya (Transparency portal of the National Alliance for Civil Development Work)</name>');
    expect(xml).toContain('Amount allocated to relief and social caravans · Version 2');
    expect(xml).toContain('Reason: What the article leaves out, reworded');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).not.toContain('citizens-reached');
    const arXml = await (await call('ar', SLUG)).text();
    expect(arXml).toContain('xml:lang="ar"');
    expect(arXml).toContain('المبلغ المرصود للإغاثة والقوافل الاجتماعية · الإصدار 2');
    expect((await call('en', 'no-such-figure')).status).toBe(404);
    expect((await call('fr', SLUG)).status).toBe(404);
  });
});
