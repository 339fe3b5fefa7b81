import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createTranslator } from 'next-intl';
import type { Actor } from '@/lib/data/audit-log';
import { defaultLocale, localizedKey, locales, otherLocales, pick, type Locale } from '@/lib/i18n/locales';
import { allMessages } from '@/lib/i18n/messages';

/**
 * The public record of every kind of change reads in words: published through the real workflow (a new source and
 * a source edit, an initiative edit with Markdown bodies, a figure edit, a new observation and a correction, a
 * breakdown), then read as the changelog page describes it, as each language's Atom feed and as the API.
 */
vi.mock('next/cache', () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: (f: unknown) => f }));
vi.mock('next/headers', () => ({ headers: async () => new Headers(), cookies: async () => ({ get: () => undefined, set: () => undefined }) }));
// The page's and the feed's words come through next-intl's server API: the same message files, without a Next request.
vi.mock('next-intl/server', () => ({
  getTranslations: async (opts: { locale: Locale; namespace: string } | string) =>
    typeof opts === 'string'
      ? createTranslator({ locale: defaultLocale, messages: allMessages[defaultLocale], namespace: opts as never })
      : createTranslator({ locale: opts.locale, messages: allMessages[opts.locale], namespace: opts.namespace as never }),
}));

const { prisma } = await import('@/lib/db');
const wf = await import('@/lib/data/changes/workflow');
const { getRecordState } = await import('@/lib/data/changes/queries');
const { listChangelogRecords } = await import('@/lib/data/dataset');
const { listFigures } = await import('@/lib/data/figures');
const { changelogRecord } = await import('@/lib/api/schemas');
const { describeEntry, subjectOf } = await import('@/lib/changelog-text');
const { changeWords } = await import('@/components/changelog/change-words');
const { GET: changelogFeed } = await import('@/app/[locale]/changelog/feed/route');

const editor: Actor = { id: 'u-editor', email: 'editor@test', role: 'editor', ip: '127.0.0.1' };
const publisher: Actor = { id: 'u-publisher', email: 'publisher@test', role: 'publisher', ip: '127.0.0.1' };
const NEW_SOURCE = 'readable-test-report';
const INITIATIVE = 'neediest-citizens-database';

type Kind = 'figure' | 'observation' | 'initiative' | 'source' | 'breakdown';
async function publish(type: Kind, key: string, change: (c: Record<string, unknown> | null) => Record<string, unknown>, reason: string) {
  const state = type === 'source' && key === NEW_SOURCE ? null : await getRecordState(type, key);
  const id = await wf.startChange(editor, type, key, { content: change(state?.content ?? null), reason, baseToken: state?.token ?? 'new' });
  await wf.stepChange(editor, id, 1, 'submit');
  await wf.publishChange(publisher, id, 2);
}

// Every content field a record kind stores, localized ones in every locale: none may be shown as a word.
const storedKeys = ['label', 'definition', 'name', 'summary', 'body', 'title', 'workTitle', 'publisher', 'author', 'origin']
  .flatMap((f): string[] => locales.map((l) => localizedKey(f, l)))
  .concat(['sourceSlug', 'governorateCode', 'asOfPrecision', 'publishedPrecision', 'startPrecision', 'quoteTranslation', 'valueNote', 'periodStart', 'archiveSha256', 'notStated', 'publishedOn', 'accessedOn', 'startDate']);
const internalKey = new RegExp(`(?<![\\w/#-])(${storedKeys.join('|')})(?![\\w-])`);
const rawMarkdown = /\*\*|__|\]\(|(^|\n)\s*#{1,6}\s|(^|\n)\s*[-*]\s|`/;
const arabicLetter = /[\u0600-\u06FF]/;
const newSourceTitle: Record<Locale, string> = { ar: 'تقرير المتابعة السنوي', en: 'Annual follow-up report' };
// The second body edit: the one word each language's text changed, removed then added; and words of its link.
const bodyEdit: Record<Locale, [string[], string[]]> = { ar: [['شهريًا'], ['أسبوعيًا']], en: [['weekly'], ['every month']] };
const linkWords: Record<Locale, string> = { ar: 'الوزارات المعنية', en: 'relevant ministries' };
let slugs: string[] = [];

beforeAll(async () => {
  for (const a of [editor, publisher]) await prisma.user.create({ data: { id: a.id!, email: a.email!, name: a.email!, role: a.role! } });
  const [source] = await prisma.source.findMany({ orderBy: { id: 'asc' }, take: 1 });
  const figures = await prisma.figure.findMany({ orderBy: { id: 'asc' }, include: { observations: { orderBy: { number: 'asc' } } } });
  const governorates = await prisma.governorate.findMany({ orderBy: { id: 'asc' }, take: 3 });
  await publish('source', NEW_SOURCE, () => ({
    kind: 'annual-report', publisherAr: 'التحالف الوطني', publisherEn: 'The National Alliance', titleAr: 'تقرير المتابعة السنوي', titleEn: 'Annual follow-up report',
    workTitleAr: null, workTitleEn: null, authorAr: null, authorEn: null, originAr: null, originEn: null, language: 'ar',
    publishedOn: '2025-01-15', publishedPrecision: 'day', url: 'https://example.org/follow-up', quote: 'بلغ عدد المستفيدين 4321 مستفيدًا', quoteTranslation: 'Beneficiaries numbered 4,321',
    accessedOn: '2025-02-01', archiveSha256: null,
  }), 'مصدر جديد للمتابعة');
  await publish('source', source!.slug, (c) => ({ ...c, titleEn: `${String(c!.titleEn)} (revised)`, quote: `${String(c!.quote)} في المحافظات` }), 'Title and quote as the source has them');
  await publish('initiative', INITIATIVE, (c) => ({
    ...c,
    nameEn: 'Database of the neediest households',
    bodyAr: `## كيف تعمل\n\nتُحدَّث **القاعدة** شهريًا بالتنسيق مع [الوزارات المعنية](https://example.org/a).\n\n- بند أول\n- بند ثانٍ`,
    bodyEn: `## How it works\n\nThe **database** is updated weekly with the [relevant ministries](https://example.org/b).`,
  }), 'نص أوضح');
  await publish('initiative', INITIATIVE, (c) => ({
    ...c,
    bodyAr: String(c!.bodyAr).replace('شهريًا', 'أسبوعيًا'),
    bodyEn: String(c!.bodyEn).replace('weekly', 'every month'),
  }), 'تصحيح وتيرة التحديث');
  await publish('figure', figures[0]!.slug, (c) => ({ ...c, labelAr: `${String(c!.labelAr)} حتى الآن`, definitionEn: `${String(c!.definitionEn)} As the source counts them.` }), 'Clearer label');
  await publish('observation', `${figures[1]!.slug}/new`, () => ({
    value: '4321', asOf: '2025-06-30', asOfPrecision: 'day', periodStart: null, sourceSlug: NEW_SOURCE, quote: 'بلغ عدد المستفيدين 4321 مستفيدًا',
    quoteTranslation: 'Beneficiaries numbered 4,321', locator: 'ص 3', valueNote: null,
  }), 'قيمة جديدة من تقرير المتابعة');
  await publish('observation', `${figures[2]!.slug}/${figures[2]!.observations[0]!.number}`, (c) => ({ ...c, valueNote: 'قرئت من الجدول 3 في الدراسة' }), 'توضيح مصدر القيمة');
  await publish('breakdown', figures[3]!.slug, () => ({
    titleAr: 'المستفيدون حسب المحافظة', titleEn: 'Beneficiaries by governorate', sourceSlug: NEW_SOURCE, quote: 'بلغ عدد المستفيدين 4321 مستفيدًا', locator: 'ص 4',
    asOf: '2025-06-30', asOfPrecision: 'day', periodStart: null, dimension: 'governorate',
    rows: governorates.map((g, i) => ({ governorateCode: g.code, periodStart: null, periodEnd: null, value: String(1000 + i) })),
  }), 'توزيع جديد');
  const [f, i, s] = await Promise.all([prisma.figure.findMany(), prisma.initiative.findMany(), prisma.source.findMany()]);
  slugs = [...f, ...i, ...s].map((r) => r.slug);
});

/** Everything a reader sees of one entry on the changelog page, in order, and the entry's links. */
async function described(locale: Locale) {
  const [{ items }, figures, words] = await Promise.all([listChangelogRecords({ skip: 0, take: 50 }), listFigures(locale), changeWords(locale)]);
  const byFigure = new Map(figures.map((f) => [f.slug, f]));
  return items.map((e) => {
    const figure = byFigure.get(e.entitySlug);
    const observation = e.observationNumber ? figure?.observations.find((o) => o.number === e.observationNumber) : undefined;
    const d = describeEntry(e, { unit: figure?.unit ?? '', precision: observation?.asOfPrecision }, locale, words);
    const subject = subjectOf(e, words.names, words);
    const lines = d.lines.map((l) => ({
      ...l,
      text: [l.label, l.otherLanguage ? words.otherLanguage(l.otherLanguage) : '', l.from?.('latn') ?? '', l.to?.('latn') ?? '', ...(l.diff ?? []).map((p) => p.text)].join(' '),
    }));
    return { entry: e, subject, headline: d.headline?.('latn') ?? '', lines, text: [subject.name, d.headline?.('latn') ?? '', ...lines.map((l) => l.text)].join('\n') };
  });
}

const withoutSlugs = (text: string) => slugs.filter((s) => new RegExp(`(?<![\\w/#-])${s}(?![\\w-])`).test(text));

describe('the public changelog names every kind of record and field in words', () => {
  it.each(locales)('on the %s page: no stored key, no slug for a name, no raw Markdown, every record linked to its page', async (locale) => {
    const entries = await described(locale);
    const kinds = new Set(entries.map((e) => `${e.entry.entityType}:${e.entry.action}`));
    for (const k of ['source:create', 'source:update', 'initiative:update', 'figure:update', 'figure:observation-add', 'figure:observation-correct', 'breakdown:update']) expect(kinds, k).toContain(k);
    for (const e of entries) {
      const where = `${e.entry.entityType} ${e.entry.action} #${e.entry.id}`;
      expect(e.text, where).not.toMatch(internalKey);
      expect(withoutSlugs(e.text), where).toEqual([]);
      expect(e.text, where).not.toMatch(rawMarkdown);
      expect(e.lines.map((l) => l.label), where).not.toContain(allMessages[locale].Changelog.fields.other);
    }
    const t = createTranslator({ locale, messages: allMessages[locale] });
    const initiative = await prisma.initiative.findUniqueOrThrow({ where: { slug: INITIATIVE } });
    const subjects = Object.fromEntries(entries.map((e) => [`${e.entry.entityType}:${e.entry.action}:${e.entry.id}`, e.subject]));
    const of = (type: string) => Object.entries(subjects).filter(([k]) => k.startsWith(type)).map(([, s]) => s);
    expect(of('initiative:update')[0]).toEqual({ name: pick(initiative, 'name', locale), path: `/initiatives/${INITIATIVE}` });
    const breakdown = await prisma.breakdown.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(of('breakdown')[0]).toEqual({ name: pick(breakdown, 'title', locale), path: `/breakdowns/${breakdown.id}` });
    expect(of('source:create')[0]).toEqual({ name: newSourceTitle[locale], path: `/about#source-${NEW_SOURCE}` });
    for (const s of of('figure')) expect(s.path).toMatch(/^\/figures\/[a-z0-9-]+\/v\/\d+$/);
    const created = entries.find((e) => e.entry.entityType === 'source' && e.entry.action === 'create')!;
    expect(created.headline).toBe(t('Changelog.sentences.newSource', { title: created.subject.name }));
  });

  it('shows a Markdown body change as a word-level diff of its rendered words, Arabic words whole, the other language only named', async () => {
    for (const locale of locales) {
      const entries = await described(locale);
      const edit = entries.find((e) => e.entry.entityType === 'initiative' && e.entry.reason === 'تصحيح وتيرة التحديث')!;
      const [elsewhere] = otherLocales(locale);
      const own = edit.lines.find((l) => l.field === localizedKey('body', locale))!;
      const other = edit.lines.find((l) => l.field === localizedKey('body', elsewhere!))!;
      const parts = (kind: string) => own.diff!.filter((p) => p.kind === kind).map((p) => p.text);
      expect([parts('removed'), parts('added')]).toEqual(bodyEdit[locale]);
      // Kept words come from the rendered text: the heading's and the link's words, without their syntax.
      expect(own.diff!.filter((p) => p.kind === 'same').map((p) => p.text).join('')).toContain(linkWords[locale]);
      expect(own.text).not.toMatch(rawMarkdown);
      expect([other.otherLanguage, other.diff, other.from, other.to]).toEqual([elsewhere, null, null, null]);
    }
  });
});

describe('the changelog page as rendered', () => {
  const render = async (locale: Locale) => {
    const [{ createElement }, { prerenderToNodeStream }, { ChangeList }] = await Promise.all([import('react'), import('react-dom/static'), import('@/components/changelog/ChangeList')]);
    const [{ items }, figures] = await Promise.all([listChangelogRecords({ skip: 0, take: 50 }), listFigures(locale)]);
    const { prelude } = await prerenderToNodeStream(createElement('div', null, await ChangeList({ entries: items, figures: new Map(figures.map((f) => [f.slug, f])), locale })));
    let html = '';
    for await (const chunk of prelude) html += String(chunk);
    return html;
  };
  const words = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&[a-z#0-9]+;/g, ' ');

  it.each(locales)('in %s: removed and added words in <del> and <ins>, named for screen readers; records linked; no key, slug or Markdown', async (locale) => {
    const html = await render(locale);
    const t = allMessages[locale].Changelog;
    const [removed, added] = bodyEdit[locale].map((w) => w[0]);
    expect(html).toMatch(new RegExp(`<del[^>]*><span class="sr-only">${t.removed} </span>${removed}</del>(</span><span>)?<ins[^>]*><span class="sr-only">${t.added} </span>${added}</ins>`));
    expect(html).toContain(`href="/${locale}/initiatives/${INITIATIVE}"`);
    expect(html).toContain(`href="/${locale}/about#source-${NEW_SOURCE}"`);
    expect(html).toMatch(new RegExp(`href="/${locale}/breakdowns/\\d+"`));
    expect(html).not.toMatch(/href="[^"]*\/changelog#change-\d+"[^>]*data-testid="change-subject"/);
    const text = words(html);
    expect(text).not.toMatch(internalKey);
    expect(withoutSlugs(text)).toEqual([]);
    expect(text).not.toMatch(rawMarkdown);
  });
});

describe('the Atom feeds read in their own language', () => {
  const feedOf = async (locale: Locale) => (await changelogFeed(new Request(`http://localhost/${locale}/changelog/feed`), { params: Promise.resolve({ locale }) })).text();
  // What a reader reads: the XML without addresses, ids and attributes.
  const readable = (xml: string) => xml.replace(/<(id|uri)>[^<]*<\/\1>/g, '').replace(/<[^>]+>/g, ' ').replace(/https?:\/\/\S+/g, '');

  it.each(locales)('the %s feed: author, xml:lang, names and links, no stored key, slug or raw Markdown', async (locale) => {
    const xml = await feedOf(locale);
    expect(xml).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`);
    expect(xml).toMatch(/<author>\s*<name>[^<]+<\/name>/);
    const text = readable(xml);
    expect(text).not.toMatch(internalKey);
    expect(withoutSlugs(text)).toEqual([]);
    expect(text).not.toMatch(rawMarkdown);
    const initiative = await prisma.initiative.findUniqueOrThrow({ where: { slug: INITIATIVE } });
    const name = pick(initiative, 'name', locale);
    expect(xml).toMatch(new RegExp(`<title type="html"><!\\[CDATA\\[${name}\\]\\]></title>\\s*<id>[^<]+</id>\\s*<link href="[^"]+/${locale}/initiatives/${INITIATIVE}"/>`));
    expect(xml).toContain(`/${locale}/about#source-${NEW_SOURCE}"/>`);
    expect(xml).toMatch(new RegExp(`<link href="[^"]+/${locale}/breakdowns/\\d+"/>`));
    expect(xml).not.toMatch(/<link href="[^"]+\/changelog#change-\d+"\/>/);
    expect(xml).toMatch(/<del>[^<]+<\/del><ins>[^<]+<\/ins>/);
  });

  it('the English feed has no Arabic letter outside text quoted from a source and the reasons staff wrote', async () => {
    const xml = await feedOf('en');
    const quoted = /<q lang="ar" dir="rtl">[^]*?<\/q>/g;
    expect(xml.match(quoted)?.length).toBeGreaterThan(0);
    // What staff write once in their own language (a reason, a note on a value, where in the source) is published
    // as written, marked with its language; nothing else in the English feed is Arabic.
    const reasons = (await prisma.changelogEntry.findMany({ select: { reason: true } })).map((r) => r.reason);
    const notes = (await prisma.observation.findMany({ select: { valueNote: true, locator: true } })).flatMap((o) => [o.valueNote, o.locator]).filter((n): n is string => !!n);
    expect(xml).toContain(`<span lang="ar" dir="rtl">${reasons.find((r) => arabicLetter.test(r))}</span>`);
    const outside = readable([...reasons, ...notes].reduce((x, r) => x.split(`<span lang="ar" dir="rtl">${r}</span>`).join(''), xml.replace(quoted, '')));
    expect(outside.match(new RegExp(`.{0,40}${arabicLetter.source}.{0,40}`))?.[0] ?? null).toBeNull();
    // And the Arabic feed reads in Arabic: its field names and sentences are the Arabic messages.
    const ar = await feedOf('ar');
    expect(ar).toContain(allMessages.ar.Changelog.fields.bodyAr);
    expect(ar).not.toContain(allMessages.en.Changelog.fields.bodyEn);
  });
});

describe('the changelog API', () => {
  it('names each record and field in every language and links the record’s public page', async () => {
    const { items } = await listChangelogRecords({ skip: 0, take: 50 });
    for (const e of items) {
      changelogRecord.parse(e);
      for (const l of locales) expect(withoutSlugs(e.title[l]), `${e.entityType} ${e.id}`).toEqual([]);
      for (const c of e.changes) for (const l of locales) expect(c.label[l], c.field).not.toBe(allMessages[l].Changelog.fields.other);
      expect(e.url, `${e.entityType} ${e.id}`).not.toMatch(/\/changelog/);
    }
    const initiative = items.find((e) => e.entityType === 'initiative')!;
    expect(initiative.url).toMatch(new RegExp(`/ar/initiatives/${INITIATIVE}$`));
    expect(initiative.changes.find((c) => c.field === 'bodyEn')!.label).toEqual({ ar: allMessages.ar.Changelog.fields.bodyEn, en: allMessages.en.Changelog.fields.bodyEn });
  });
});
