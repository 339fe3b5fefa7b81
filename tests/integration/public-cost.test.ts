import { describe, expect, it, vi } from 'vitest';
import { createTranslator } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { allMessages } from '@/lib/i18n/messages';

// The share image route reads its words through next-intl's server API: the same message files, without a Next request.
vi.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: Locale; namespace: string }) =>
    createTranslator({ locale, messages: allMessages[locale], namespace: namespace as never }),
}));

const { prisma } = await import('@/lib/db');
const { publicArtefacts } = await import('@/lib/cache/public-artefacts');
const { publicStateVersion } = await import('@/lib/cache/state-version');
const { toCsv } = await import('@/lib/downloads/formats');
const { datasets, figuresTable } = await import('@/lib/downloads/tables');
const { GET: download } = await import('@/app/api/v1/downloads/[file]/route');
const { GET: history } = await import('@/app/api/v1/downloads/figures/[slug]/[file]/route');
const { GET: datapackage } = await import('@/app/api/v1/datapackage.json/route');
const { GET: breakdowns } = await import('@/app/api/v1/breakdowns/route');
const { GET: figureImage } = await import('@/app/og/[locale]/figures/[slug]/route');
const { GET: checkImage } = await import('@/app/og/[locale]/check/route');
const { publishValue } = await import('@/tests/support/publish');

const get = (path: string, headers: Record<string, string> = {}) => new Request(`http://portal.test${path}`, { headers });
const file = (name: string, headers?: Record<string, string>) => download(get(`/api/v1/downloads/${name}`, headers), { params: Promise.resolve({ file: name }) });
const builds = () => publicArtefacts.stats().builds;

describe('downloads are built once per published state', () => {
  it('serves the second request from memory, with the same bytes as a fresh build and a 304 for the same ETag', async () => {
    const before = builds();
    const first = await file('figures.csv');
    expect(first.status).toBe(200);
    expect(first.headers.get('x-artefact-cache')).toBe('miss');
    // Byte for byte what a fresh build gives, byte-order mark included.
    const body = Buffer.from(await first.arrayBuffer());
    expect(body.equals(Buffer.from(toCsv(await figuresTable()), 'utf8'))).toBe(true);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const second = await file('figures.csv');
    expect(second.headers.get('x-artefact-cache')).toBe('hit');
    expect(Buffer.from(await second.arrayBuffer()).equals(body)).toBe(true);
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('content-disposition')).toBe('attachment; filename="shafafiya-figures.csv"');
    expect(builds() - before).toBe(1);

    const revalidated = await file('figures.csv', { 'If-None-Match': first.headers.get('etag')! });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe('');
    // Each format is its own file; an XLSX zip is stamped with the time it was built, so its ETag is weak.
    const xlsx = await file('figures.xlsx');
    expect(xlsx.headers.get('etag')).toMatch(/^W\/"[\w-]+"$/);
    expect(builds() - before).toBe(2);
  });

  it('describes in the Data Package exactly the columns each download has, and the last published change', async () => {
    const res = await datapackage(get('/api/v1/datapackage.json'), { params: Promise.resolve({}) });
    const descriptor = (await res.json()) as { created: string; resources: { name: string; schema: { fields: { name: string }[] } }[] };
    for (const resource of descriptor.resources) {
      const table = await datasets[resource.name as keyof typeof datasets]();
      expect(resource.schema.fields.map((f) => f.name), resource.name).toEqual(table.columns.map((c) => c.name));
    }
    const changelog = await datasets.changelog();
    expect(descriptor.created).toBe(changelog.rows.map((r) => r.publishedAt as string).sort().at(-1));
  });

  it('builds ten concurrent first requests once', async () => {
    const before = builds();
    const responses = await Promise.all(Array.from({ length: 10 }, () => file('observations.json')));
    expect(new Set(await Promise.all(responses.map((r) => r.text()))).size).toBe(1);
    expect(builds() - before).toBe(1);
  });

  it('after a publish (here by another connection, as another instance would) the next download has the new value', async () => {
    const version = await publicStateVersion();
    const old = await file('figures.csv');
    const oldPackage = await datapackage(get('/api/v1/datapackage.json'), { params: Promise.resolve({}) });
    const oldImage = await figureImage(get('/og/en/figures/citizens-reached'), { params: Promise.resolve({ locale: 'en', slug: 'citizens-reached' }) });
    expect(oldImage.headers.get('content-type')).toBe('image/png');
    expect(await old.text()).not.toContain('31000123');

    await publishValue(process.env.DATABASE_URL!, 'citizens-reached', '31000123', 'Annual report (test)');
    expect(await publicStateVersion()).not.toBe(version);

    const fresh = await file('figures.csv');
    expect(fresh.headers.get('x-artefact-cache')).toBe('miss');
    expect(fresh.headers.get('etag')).not.toBe(old.headers.get('etag'));
    expect(await fresh.text()).toContain('31000123');
    // A client holding the old ETag gets the new file, not a 304.
    expect((await file('figures.csv', { 'If-None-Match': old.headers.get('etag')! })).status).toBe(200);
    const historyCsv = await history(get('/api/v1/downloads/figures/citizens-reached/history.csv'), { params: Promise.resolve({ slug: 'citizens-reached', file: 'history.csv' }) });
    expect(await historyCsv.text()).toContain('Annual report (test)');

    const newPackage = await datapackage(get('/api/v1/datapackage.json'), { params: Promise.resolve({}) });
    expect(newPackage.headers.get('etag')).not.toBe(oldPackage.headers.get('etag'));
    expect(((await newPackage.json()) as { created: string }).created > ((await oldPackage.json()) as { created: string }).created).toBe(true);
    const newImage = await figureImage(get('/og/en/figures/citizens-reached'), { params: Promise.resolve({ locale: 'en', slug: 'citizens-reached' }) });
    expect(newImage.headers.get('x-artefact-cache')).toBe('miss');
    expect(Buffer.from(await newImage.arrayBuffer()).equals(Buffer.from(await oldImage.arrayBuffer()))).toBe(false);
    const again = await figureImage(get('/og/en/figures/citizens-reached'), { params: Promise.resolve({ locale: 'en', slug: 'citizens-reached' }) });
    expect(again.headers.get('x-artefact-cache')).toBe('hit');
  });

  it('draws a claim check image once per claim, apart from the downloads', async () => {
    const claim = encodeURIComponent('التحالف وصل إلى 30 مليون مواطن');
    const draw = () => checkImage(get(`/og/en/check?claim=${claim}`), { params: Promise.resolve({ locale: 'en' }) });
    const downloads = publicArtefacts.stats().entries;
    const first = await draw();
    expect(first.headers.get('content-type')).toBe('image/png');
    expect(first.headers.get('x-artefact-cache')).toBe('miss');
    expect((await draw()).headers.get('x-artefact-cache')).toBe('hit');
    expect(publicArtefacts.stats().entries).toBe(downloads);
  });

  it('answers 404 for what does not exist, and keeps nothing for it', async () => {
    const missing = await history(get('/api/v1/downloads/figures/no-such-figure/history.csv'), { params: Promise.resolve({ slug: 'no-such-figure', file: 'history.csv' }) });
    expect(missing.status).toBe(404);
    const image = await figureImage(get('/og/ar/figures/no-such-figure'), { params: Promise.resolve({ locale: 'ar', slug: 'no-such-figure' }) });
    expect(image.status).toBe(404);
  });
});

describe('breakdowns are paged in the database', () => {
  it('returns the right slice and total, reading only that page from the database', async () => {
    const figure = await prisma.figure.findUniqueOrThrow({ where: { slug: 'relief-caravans-allocation' } });
    const governorates = await prisma.governorate.findMany({ orderBy: { id: 'asc' }, take: 3 });
    const ids: number[] = [];
    for (let i = 0; i < 7; i++) {
      const b = await prisma.breakdown.create({
        data: {
          figureId: figure.id, dimension: 'governorate', titleAr: `[اختبار] تقسيم ${i}`, titleEn: `[Test] breakdown ${i}`,
          values: { create: governorates.map((g, j) => ({ governorateId: g.id, value: String(1000 * (i + 1) + j) })) },
        },
      });
      ids.push(b.id);
    }
    const findMany = vi.spyOn(prisma.breakdown, 'findMany');
    try {
      const res = await breakdowns(get('/api/v1/breakdowns?perPage=3&page=2'), { params: Promise.resolve({}) });
      const body = (await res.json()) as { data: { id: number; values: { value: string }[] }[]; meta: Record<string, unknown> };
      expect(body.data.map((b) => b.id)).toEqual(ids.slice(3, 6));
      expect(body.data[0].values.map((v) => v.value)).toEqual(['4000', '4001', '4002']);
      expect(body.meta).toMatchObject({ page: 2, perPage: 3, total: 7, totalPages: 3 });
      expect(body.meta.next).toBe('http://portal.test/api/v1/breakdowns?perPage=3&page=3');
      expect(findMany).toHaveBeenCalledWith(expect.objectContaining({ skip: 3, take: 3 }));

      const last = (await (await breakdowns(get('/api/v1/breakdowns?perPage=3&page=3'), { params: Promise.resolve({}) })).json()) as typeof body;
      expect(last.data.map((b) => b.id)).toEqual(ids.slice(6));
      const byFigure = (await (await breakdowns(get('/api/v1/breakdowns?figure=citizens-reached'), { params: Promise.resolve({}) })).json()) as typeof body;
      expect(byFigure).toMatchObject({ data: [], meta: { total: 0 } });
    } finally {
      findMany.mockRestore();
    }
  });
});
