import { describe, expect, inject, it } from 'vitest';
import { editorAndPublisher } from '../support/actors';

// Runs on the project's engine: staff create an initiative and a figure through the same draft → review → publish
// path as edits, and what they create is public at once, with its source.
const { prisma } = await import('@/lib/db');
const wf = await import('@/lib/data/changes/workflow');
const { StaleRecordError, SourceNotPublishedError, OpenChangeError, RecordNotFoundError } = await import('@/lib/data/changes/errors');
const { getRecordState } = await import('@/lib/data/changes/queries');
const { newInitiativeDraftSchema } = await import('@/lib/records/initiative');
const { newFigureWithSlugSchema } = await import('@/lib/records/figure');
const { getInitiativeBySlug } = await import('@/lib/data/initiatives');
const { getFigureBySlug } = await import('@/lib/data/figures');
const { getInitiativeRecord, listChangelogRecords } = await import('@/lib/data/dataset');
const { initiativesTable } = await import('@/lib/downloads/tables');

const { editor, publisher } = editorAndPublisher(prisma);

/** What the staff form sends for a new initiative, checked by the form's own schema. */
const initiativeForm = {
  slug: 'school-supplies-2024', nameAr: 'حملة الأدوات المدرسية 2024', nameEn: 'School supplies campaign 2024',
  summaryAr: 'توزيع أدوات مدرسية على طلاب الأسر الأولى بالرعاية.', summaryEn: 'School supplies for pupils of the families most in need.',
  bodyAr: 'وزّع التحالف **أدوات مدرسية** مع بداية العام الدراسي.', bodyEn: 'The alliance handed out **school supplies** at the start of the school year.',
  kind: 'school-supplies', status: 'completed', startDate: '2024-09-01', startPrecision: 'month', officialUrl: 'https://example.org/school-supplies',
  sourceSlug: 'ecss-study-article-2023', quote: 'توزيع المستلزمات المدرسية', quoteTranslation: 'Distributing school supplies', reason: 'A campaign the source reports',
};

const figureForm = {
  slug: 'school-supplies-2024-pupils', labelAr: 'تلاميذ استلموا أدوات مدرسية', labelEn: 'Pupils who received school supplies',
  definitionAr: 'عدد التلاميذ الذين استلموا أدوات مدرسية في حملة 2024 كما يذكره المصدر.', definitionEn: 'Pupils who received school supplies in the 2024 campaign, as the source states.',
  unit: 'people', measure: 'reached', scope: 'national', governorateCode: null, notStated: '[]', initiativeSlug: 'school-supplies-2024',
  value: '١٢٠٠٠', asOf: '2024-10-31', asOfPrecision: 'month', periodStart: null, sourceSlug: 'ecss-study-article-2023',
  quote: 'استلم 12000 تلميذ أدوات مدرسية', quoteTranslation: '12,000 pupils received school supplies', locator: 'p. 3', valueNote: null, reason: 'Its first value',
};

async function publishNew(type: 'initiative' | 'figure', form: Record<string, unknown>, schema: { parse: (v: unknown) => unknown }) {
  const { slug, reason, ...content } = schema.parse(form) as Record<string, unknown> & { slug: string; reason: string };
  const id = await wf.startChange(editor, type, slug, { content, reason, baseToken: 'new' });
  await wf.stepChange(editor, id, 1, 'submit');
  return wf.publishChange(publisher, id, 2);
}
const refusal = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

describe(`creating records (${inject('engine')})`, () => {
  it('publishes a new initiative: its page, its official page link, the API record, the download and the changelog', async () => {
    expect(await getInitiativeBySlug('en', 'school-supplies-2024')).toBeNull();
    const change = await publishNew('initiative', initiativeForm, newInitiativeDraftSchema);
    expect(change).toEqual({ type: 'initiative', slug: 'school-supplies-2024', figureSlugs: [] });

    const page = (await getInitiativeBySlug('ar', 'school-supplies-2024'))!;
    expect([page.name, page.kind, page.officialUrl, page.source.slug]).toEqual(['حملة الأدوات المدرسية 2024', 'school-supplies', 'https://example.org/school-supplies', 'ecss-study-article-2023']);
    expect(page.startDate?.toISOString().slice(0, 10)).toBe('2024-09-01');

    const record = (await getInitiativeRecord('school-supplies-2024'))!;
    expect(record.name).toEqual({ ar: 'حملة الأدوات المدرسية 2024', en: 'School supplies campaign 2024' });
    expect([record.officialUrl, record.source, record.quoteTranslation]).toEqual(['https://example.org/school-supplies', 'ecss-study-article-2023', 'Distributing school supplies']);

    const table = await initiativesTable();
    const row = table.rows.find((r) => (r as { slug: string }).slug === 'school-supplies-2024')!;
    const cell = (name: string) => table.columns.find((c) => c.name === name)!.get(row);
    expect([cell('name_en'), cell('official_url'), cell('start_date'), cell('source')]).toEqual(['School supplies campaign 2024', 'https://example.org/school-supplies', '2024-09-01', 'ecss-study-article-2023']);

    const entry = (await listChangelogRecords({ skip: 0, take: 50 })).items.find((e) => e.entitySlug === 'school-supplies-2024')!;
    expect([entry.entityType, entry.action]).toEqual(['initiative', 'create']);
  });

  it('publishes a new figure with its first sourced value under that initiative, typed in Arabic digits', async () => {
    const change = await publishNew('figure', figureForm, newFigureWithSlugSchema);
    expect(change).toEqual({ type: 'figure', slug: 'school-supplies-2024-pupils', initiativeSlug: 'school-supplies-2024' });
    const figure = (await getFigureBySlug('en', 'school-supplies-2024-pupils'))!;
    expect([figure.value, figure.version, figure.label, figure.initiative?.slug, figure.source.slug]).toEqual(['12000', 1, 'Pupils who received school supplies', 'school-supplies-2024', 'ecss-study-article-2023']);
    expect(figure.observations.map((o) => [o.number, o.value, o.quote])).toEqual([[1, '12000', 'استلم 12000 تلميذ أدوات مدرسية']]);
    expect((await getInitiativeBySlug('en', 'school-supplies-2024'))!.figures.map((f) => f.slug)).toEqual(['school-supplies-2024-pupils']);
    const entry = (await listChangelogRecords({ skip: 0, take: 50 })).items.find((e) => e.entitySlug === 'school-supplies-2024-pupils')!;
    expect([entry.action, entry.version]).toEqual(['create', 1]);
  });

  it('refuses a new figure whose quote does not state its value, before anything is saved', () => {
    const parsed = newFigureWithSlugSchema.safeParse({ ...figureForm, slug: 'other-pupils', value: '13000' });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual(['value', 'valueNotInQuote']);
  });

  it('keeps a slug once published: a second "new" change on it is refused, and nothing is written', async () => {
    const before = await prisma.changeRequest.count();
    const { slug, reason, ...content } = newInitiativeDraftSchema.parse({ ...initiativeForm, nameEn: 'Another campaign' });
    expect(await refusal(wf.startChange(editor, 'initiative', slug, { content, reason, baseToken: 'new' }))).toBeInstanceOf(StaleRecordError);
    expect(await prisma.changeRequest.count()).toBe(before);
  });

  it('refuses to publish a new figure citing a source that is not published, leaving no figure behind', async () => {
    const { slug, reason, ...content } = newFigureWithSlugSchema.parse({ ...figureForm, slug: 'unsourced-pupils' });
    const id = await wf.startChange(editor, 'figure', slug, { content: { ...content, sourceSlug: 'no-such-report' }, reason, baseToken: 'new' });
    await wf.stepChange(editor, id, 1, 'submit');
    expect(await refusal(wf.publishChange(publisher, id, 2))).toBeInstanceOf(SourceNotPublishedError);
    expect(await prisma.figure.findUnique({ where: { slug } })).toBeNull();
    expect(await prisma.changelogEntry.count({ where: { entitySlug: slug } })).toBe(0);
  });

  it('lets the author change a new record\'s slug until it is published, never onto another open change, and never an existing record\'s', async () => {
    const { slug: _s, reason, ...content } = newInitiativeDraftSchema.parse({ ...initiativeForm, slug: 'food-2025', nameEn: 'Food 2025' });
    const id = await wf.startChange(editor, 'initiative', 'food-2025', { content, reason, baseToken: 'new' });
    const other = await wf.startChange(editor, 'initiative', 'food-2025-b', { content, reason, baseToken: 'new' });
    expect(await refusal(wf.saveChange(editor, 'initiative', id, 1, { content, reason, baseToken: 'new', key: 'food-2025-b' }))).toBeInstanceOf(OpenChangeError);
    await wf.saveChange(editor, 'initiative', id, 1, { content, reason, baseToken: 'new', key: 'food-support-2025' });
    expect((await prisma.changeRequest.findUniqueOrThrow({ where: { id } })).entitySlug).toBe('food-support-2025');
    await wf.stepChange(editor, id, 2, 'submit');
    await wf.publishChange(publisher, id, 3);
    expect((await getInitiativeBySlug('en', 'food-support-2025'))?.name).toBe('Food 2025');
    expect(await getInitiativeBySlug('en', 'food-2025')).toBeNull();
    await wf.stepChange(editor, other, 1, 'discard');

    const state = (await getRecordState('initiative', 'food-support-2025'))!;
    const edit = await wf.startChange(editor, 'initiative', 'food-support-2025', { content: { ...state.content, nameEn: 'Food support 2025' }, reason: 'Clearer', baseToken: state.token });
    expect(await refusal(wf.saveChange(editor, 'initiative', edit, 1, { content: state.content, reason: 'Clearer', baseToken: state.token, key: 'renamed' }))).toBeInstanceOf(RecordNotFoundError);
  });
});
