import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { getFigureAtVersion, getFigureBySlug, listDerivedFigures } from '@/lib/data/figures';
import { listChangelogRecords } from '@/lib/data/dataset';
import { addObservation } from '@/lib/data/figure-versions';
import { cite, citationInputOf, citationStyles } from '@/lib/citation';
import { describeEntry } from '@/lib/changelog-text';
import { siteUrl } from '@/lib/site';
import { figureDataset } from '@/lib/seo/structured-data';
import { renderFigureCard } from '@/lib/images/figure-card';
import { GET } from '@/app/api/v1/sources/[slug]/archive/[sha256]/route';
import { locales } from '@/lib/i18n/locales';
import { inLocale } from '@/tests/support/locales';

const slug = 'alliance-annual-report-2024';
const pdf = new TextEncoder().encode('%PDF-1.4 test copy of the 2024 annual report');
const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const call = (s: string, h: string, headers: Record<string, string> = {}) =>
  GET(new Request(`http://portal.test/api/v1/sources/${s}/archive/${h}`, { headers }), { params: Promise.resolve({ slug: s, sha256: h }) });

describe('public pages follow the observation', () => {
  it('adds 31 million from the 2024 report; citation, chart data, JSON-LD and OG image follow it', async () => {
    const archive = await prisma.sourceArchive.create({ data: { sha256: sha(pdf), fileName: 'report 2024 (final).pdf', mediaType: 'application/pdf', byteSize: pdf.byteLength, content: Buffer.from(pdf) } });
    await prisma.source.create({
      data: {
        slug, kind: 'annual-report', publisherAr: 'التحالف الوطني للعمل الأهلي التنموي', publisherEn: 'National Alliance for Civil Development Work',
        titleAr: 'التقرير السنوي 2024', titleEn: 'Annual report 2024', workTitleAr: 'التقرير السنوي للتحالف 2024', workTitleEn: 'The alliance annual report 2024',
        authorAr: null, authorEn: null, language: 'ar', publishedPrecision: 'year', publishedOn: new Date('2024-12-31T00:00:00Z'), quote: 'وصل التحالف إلى 31 مليون مواطن', archiveId: archive.id,
      },
    });
    const figure = await prisma.figure.findUniqueOrThrow({ where: { slug: 'citizens-reached' } });
    await prisma.$transaction((tx) => addObservation(tx, figure.id, {
      value: '31000000', asOf: '2024-12-31', asOfPrecision: 'year', periodStart: null, sourceSlug: slug, quote: 'وصل التحالف إلى 31 مليون مواطن',
      quoteTranslation: 'The alliance reached 31 million citizens', locator: 'p. 12', valueNote: null,
    }, 'The alliance annual report 2024'));

    const [ar, en] = await Promise.all([getFigureBySlug('ar', 'citizens-reached'), getFigureBySlug('en', 'citizens-reached')]);
    const c = citationInputOf({ ar: ar!, en: en! }, { origin: siteUrl(), portal: { ar: 'شفافية', en: 'Shafafiya' }, unitWord: (_u, l) => (inLocale({ ar: 'مواطن', en: 'citizens' }, l)) });
    for (const s of citationStyles) for (const l of locales) {
      const text = cite(c, s, l);
      expect(text).not.toContain('المصري للفكر');
      expect(text).not.toContain('Egyptian Center');
      expect(text).toContain(`/api/v1/sources/${slug}/archive/${sha(pdf)}`);
    }

    const v1 = await getFigureAtVersion('en', 'citizens-reached', 1);
    expect([v1!.value, v1!.source.slug]).toEqual(['30000000', ar!.observations[0].source.slug]);
    const old = citationInputOf({ ar: (await getFigureAtVersion('ar', 'citizens-reached', 1))!, en: v1! }, { origin: siteUrl(), portal: { ar: 'ش', en: 'S' }, unitWord: () => 'citizens' });
    expect(cite(old, 'newsroom', 'en')).toContain('Egyptian Center');
    expect(cite(old, 'newsroom', 'en')).toContain('30 million');

    const ld = figureDataset(en!, 'en');
    expect(JSON.stringify(ld)).toContain('The alliance annual report 2024');

    const { items } = await listChangelogRecords({ skip: 0, take: 10, figure: 'citizens-reached' });
    const added = items.find((e) => e.action === 'observation-add')!;
    const d = describeEntry(added, { unit: 'citizens', precision: en!.observations.find((o) => o.number === added.observationNumber)?.asOfPrecision }, 'en', {
      field: (f) => f, measure: (k) => k, unit: (k) => k, precision: (k) => k, scope: (k) => k, source: (s) => (s === slug ? 'The alliance annual report 2024' : s),
      governorate: (k) => k, sourceKind: (k) => k, initiativeKind: (k) => k, initiativeStatus: (k) => k, language: (k) => k, notStatedKind: (k) => k,
      sentences: { newObservation: (p) => `New value from a new source: ${p.value} (${p.source}), as of ${p.date}`, correction: ({ n }) => `Correction ${n}`, newSource: ({ title }) => title, newFigure: () => 'first' },
    });
    expect(d.headline?.('latn')).toBe('New value from a new source: 31 million citizens (The alliance annual report 2024), as of 2024');

    const derived = await listDerivedFigures('en');
  });

  it('serves the archived copy with its headers, sandboxes HTML, and 404s in the API shape', async () => {
    const ok = await call(slug, sha(pdf));
    expect(ok.status).toBe(200);
    expect(Buffer.from(await ok.arrayBuffer()).equals(Buffer.from(pdf))).toBe(true);
    expect(Object.fromEntries(['content-type', 'content-length', 'content-disposition', 'cache-control', 'x-content-type-options', 'content-security-policy'].map((h) => [h, ok.headers.get(h)]))).toEqual({
      'content-type': 'application/pdf', 'content-length': String(pdf.byteLength), 'content-disposition': "inline; filename*=UTF-8''report%202024%20%28final%29.pdf",
      'cache-control': 'public, max-age=31536000, immutable', 'x-content-type-options': 'nosniff', 'content-security-policy': null,
    });
    expect((await call(slug, sha(pdf), { 'if-none-match': `"${sha(pdf)}"` })).status).toBe(304);

    const html = new TextEncoder().encode('<script>alert(1)</script>');
    const a = await prisma.sourceArchive.create({ data: { sha256: sha(html), fileName: 'page.html', mediaType: 'text/html', byteSize: html.byteLength, content: Buffer.from(html) } });
    await prisma.source.update({ where: { slug }, data: { archiveId: a.id } });
    const page = await call(slug, sha(html));
    expect([page.status, page.headers.get('content-security-policy')]).toEqual([200, 'sandbox']);

    for (const [s, h] of [[slug, sha(pdf)], ['no-such-source', sha(html)], [slug, 'not-a-digest'], ['ecss-study-article', sha(html)]]) {
      const res = await call(s, h);
      expect(res.status, `${s}/${h}`).toBe(404);
      expect(await res.json()).toMatchObject({ error: { code: 'not_found', message: expect.any(String), messageAr: expect.any(String) } });
    }
  });
});
