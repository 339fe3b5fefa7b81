import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { invalidateSearchIndex, searchPortal } from '@/lib/data/search';
import { GET } from '@/app/api/search/route';

const hitText = (segments: { text: string; hit: boolean }[]) => segments.filter((s) => s.hit).map((s) => s.text);

describe('search over the founding data', () => {
  it('finds Alexandria spelled without its hamza', async () => {
    const r = await searchPortal('الاسكندرية', 'ar');
    expect(r.hits[0]).toMatchObject({ type: 'governorate', href: '/ar/governorates/EG-ALX' });
    expect(hitText(r.hits[0].title)).toEqual(['الإسكندرية']);
  });

  it('finds the Sitr wa Afia caravans written "ستر و عافيه"', async () => {
    const r = await searchPortal('ستر و عافيه', 'ar');
    expect(r.hits.map((h) => h.href)).toContain('/ar/initiatives/sitr-wa-afia-caravans');
    expect(r.hits[0].href).toBe('/ar/initiatives/sitr-wa-afia-caravans');
  });

  it('finds the 30 million figure from "٣٠ مليون", highlighting the number in its quote', async () => {
    const r = await searchPortal('٣٠ مليون', 'ar');
    expect(r.hits[0].href).toBe('/ar/figures/citizens-reached');
    expect(hitText(r.hits[0].snippet!)).toEqual(['30 مليون']);
    expect(r.hits.map((h) => h.href)).not.toContain('/ar/figures/database-citizens');
  });

  it('searches both languages and shows results in the reader’s', async () => {
    const r = await searchPortal('caravans', 'ar');
    expect(r.hits.map((h) => h.href)).toContain('/ar/initiatives/sitr-wa-afia-caravans');
    const en = await searchPortal('الإسكندرية', 'en');
    expect(en.hits[0].title.map((s) => s.text).join('')).toBe('Alexandria');
  });

  it('rebuilds its index when the data changes', async () => {
    const initiative = await prisma.initiative.findUniqueOrThrow({ where: { slug: 'food-support' } });
    expect((await searchPortal('بسكويت', 'ar')).total).toBe(0);
    await prisma.initiative.update({ where: { id: initiative.id }, data: { summaryAr: `${initiative.summaryAr} بسكويت` } });
    try {
      invalidateSearchIndex();
      expect((await searchPortal('بسكويت', 'ar')).hits[0]?.href).toBe('/ar/initiatives/food-support');
    } finally {
      await prisma.initiative.update({ where: { id: initiative.id }, data: { summaryAr: initiative.summaryAr } });
      invalidateSearchIndex();
    }
  });
});

describe('GET /api/search', () => {
  const get = (query: string, headers: Record<string, string> = {}) => GET(new Request(`http://portal.test/api/search${query}`, { headers }));

  it('answers results as JSON', async () => {
    const res = await get(`?q=${encodeURIComponent('الاسكندرية')}&locale=en`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { hits: { href: string }[] };
    expect(body.hits[0].href).toBe('/en/governorates/EG-ALX');
  });

  it('rejects a missing, empty or too long query with a localized error', async () => {
    for (const query of ['', '?q=', '?q=%20%20', `?q=${'ا'.repeat(201)}`, '?q=x&locale=fr', '?q=x&limit=500']) {
      const res = await get(query);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string; messageAr: string } };
      expect(body.error.code).toBe('bad_request');
      expect(body.error.messageAr).toMatch(/[\u0600-\u06FF]/);
      expect(body.error.message).toMatch(/^[A-Z]/);
    }
    const en = await get('?q=&locale=en');
    expect(((await en.json()) as { error: { message: string } }).error.message).toMatch(/^Invalid search request/);
  });
});

// Runs last: it adds an observation and a source to this file's own database.
describe('search over observations and sources', () => {
  it('finds a figure by every observation’s value and words, and a source by its work title, author and kind', async () => {
    const { addObservation } = await import('@/lib/data/figure-versions');
    await prisma.source.create({
      data: {
        slug: 'alliance-annual-report-2024', kind: 'annual-report', publisherAr: 'التحالف الوطني', publisherEn: 'The National Alliance',
        titleAr: 'خبر عن التقرير', titleEn: 'News of the report', workTitleAr: 'حصاد العمل الأهلي', workTitleEn: 'Harvest of civil work',
        authorAr: 'وحدة الرصد بالتحالف', authorEn: 'The alliance monitoring unit', language: 'ar', publishedPrecision: 'year', quote: 'وصل التحالف إلى 31 مليون مواطن',
      },
    });
    const figure = await prisma.figure.findUniqueOrThrow({ where: { slug: 'citizens-reached' } });
    await prisma.$transaction((tx) =>
      addObservation(
        tx, figure.id,
        {
          value: '31000000', asOf: '2024-12-31', asOfPrecision: 'year', periodStart: null, sourceSlug: 'alliance-annual-report-2024',
          quote: 'وصل التحالف إلى 31 مليون مواطن', quoteTranslation: null, locator: null, valueNote: null,
        },
        'The 2024 annual report',
      ),
    );
    invalidateSearchIndex();
    expect((await searchPortal('31 مليون', 'ar')).hits[0]?.href).toBe('/ar/figures/citizens-reached');
    // The earlier observation stays findable by its own value and quote.
    const older = await searchPortal('٣٠ مليون', 'ar');
    expect(older.hits[0].href).toBe('/ar/figures/citizens-reached');
    expect(hitText(older.hits[0].snippet!)).toEqual(['30 مليون']);
    for (const q of ['حصاد العمل الاهلي', 'monitoring unit', 'annual']) {
      const r = await searchPortal(q, 'en');
      expect(r.partial, q).toBe(false);
      expect(r.hits.map((h) => h.href), q).toContain('/en/about#sources-heading');
    }
  });
});
