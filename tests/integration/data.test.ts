import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { Validator } from '@seriousme/openapi-schema-validator';
import { getFigureBySlug, listDerivedFigures, listFigures } from '@/lib/data/figures';
import {
  getFigureRecord, getFigureVersionRecord, getObservationRecord, getSourceRecord, listBreakdownRecords, listChangelogRecords, listFigureVersionRecords,
  listObservationRecords,
} from '@/lib/data/dataset';
import { addObservation } from '@/lib/data/figure-versions';
import { figureRecord, figureVersionRecord, observationDetailRecord, sourceRecord } from '@/lib/api/schemas';
import { openApiDocument } from '@/lib/api/openapi';
import { toCsv } from '@/lib/downloads/formats';
import { breakdownsTable, figuresTable, observationsTable } from '@/lib/downloads/tables';
import { getBreakdown } from '@/lib/data/breakdowns';
import { breakdownCsv, breakdownJson } from '@/lib/serialize/breakdowns';
import Papa from 'papaparse';
import { siteUrl } from '@/lib/site';
import { getInitiativeBySlug, listInitiatives } from '@/lib/data/initiatives';
import { listSources } from '@/lib/data/sources';
import { prisma } from '@/lib/db';
import { seedFoundingData } from '@/prisma/seed-lib';

describe('the seeded store (real migrations, real seed)', () => {
  it('holds exactly the four figures of the source, with its wording', async () => {
    const figures = await listFigures('ar');
    expect(figures.map((f) => [f.slug, f.value, f.measure, f.unit])).toEqual([
      ['database-citizens', '37400000', 'registered', 'citizens'],
      ['citizens-reached', '30000000', 'reached', 'citizens'],
      ['relief-caravans-allocation', '2000000000', 'allocated', 'EGP'],
      ['relief-caravans-targeted-beneficiaries', '250000', 'targeted', 'beneficiaries'],
    ]);
  });

  it('ties every figure to the source and to a quote that really contains its number', async () => {
    const article = (await listSources('ar'))[0];
    expect(article.origin).toContain('المصري للفكر والدراسات الاستراتيجية');
    const quotes = Object.fromEntries((await listFigures('ar')).map((f) => [f.slug, f.quote]));
    expect(quotes['database-citizens']).toContain('37.4 مليون مواطن');
    expect(quotes['citizens-reached']).toContain('الوصول إلى 30 مليون مواطن');
    expect(quotes['relief-caravans-allocation']).toContain('رصد ملياري جنيه');
    expect(quotes['relief-caravans-targeted-beneficiaries']).toContain('استهداف 250 ألف مستفيد');
    for (const f of await listFigures('en')) expect(f.source.slug).toBe(article.slug);
  });

  it('serves bilingual text by locale', async () => {
    const ar = await getFigureBySlug('ar', 'citizens-reached');
    const en = await getFigureBySlug('en', 'citizens-reached');
    expect(ar?.label).toMatch(/[\u0600-\u06FF]/);
    expect(en?.label).toBe('Citizens the alliance reached');
    expect(await getFigureBySlug('ar', 'no-such-figure')).toBeNull();
  });

  it('records the first version of every figure in its history, as its first observation', async () => {
    const history = await listFigureVersionRecords('database-citizens');
    expect(history).toHaveLength(1);
    expect(history![0]).toMatchObject({ version: 1, value: '37400000', latestVersion: 1, measure: 'registered', observation: 1, observationRevision: 1 });
    expect(history![0].observations).toMatchObject([{ number: 1, value: '37400000', source: 'ecss-study-article-2023', quoteStatesValue: true }]);
    expect(history![0].reason.length).toBeGreaterThan(10);
    const log = await listChangelogRecords({ skip: 0, take: 10, figure: 'database-citizens' });
    expect(log.items[0]).toMatchObject({ action: 'create', observationNumber: 1 });
    expect(log.items[0].changes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'value', from: null, to: '37400000', label: { ar: 'القيمة', en: 'Value' } }),
        expect.objectContaining({ field: 'source', from: null, to: 'ecss-study-article-2023' }),
      ]),
    );
  });

  it('serves each figure record with its observations, the flat fields being the headline observation\'s', async () => {
    const record = figureRecord.parse(await getFigureRecord('citizens-reached'));
    expect(record).toMatchObject({ value: '30000000', source: 'ecss-study-article-2023', observation: 1 });
    expect(record.observations).toHaveLength(1);
    expect(record.observations[0]).toMatchObject({
      figure: 'citizens-reached', number: 1, revision: 1, value: '30000000', asOf: record.asOf, quote: record.quote, quoteStatesValue: true,
      source: 'ecss-study-article-2023', permalink: `${siteUrl()}/ar/figures/citizens-reached#observation-1`,
    });
    expect(record.observations[0].citation.author?.en).toContain('ECSS');
    const source = sourceRecord.parse(await getSourceRecord('ecss-study-article-2023'));
    expect(source).toMatchObject({ kind: 'news-report', workTitle: null, archive: null });
    expect(source.author?.ar).toContain('المصري للفكر');
  });

  it('calculates derived figures at read time from the stored values', async () => {
    const derived = Object.fromEntries((await listDerivedFigures('en')).map((d) => [d.slug, d]));
    expect(derived['reach-rate'].value).toBeCloseTo(30 / 37.4, 10);
    expect(derived['allocation-per-targeted-beneficiary'].value).toBe(8000);
    expect(derived['reach-rate'].numeratorFigure.slug).toBe('citizens-reached');
  });

  it('lists the initiatives the source names, with their figures', async () => {
    const slugs = (await listInitiatives('ar')).map((i) => i.slug);
    expect(slugs).toEqual(
      expect.arrayContaining(['sitr-wa-afia-caravans', 'cash-support', 'food-support', 'school-supplies', 'relief-and-social-caravans']),
    );
    const relief = await getInitiativeBySlug('en', 'relief-and-social-caravans');
    expect(relief?.figures.map((f) => f.slug)).toEqual(['relief-caravans-allocation', 'relief-caravans-targeted-beneficiaries']);
    const db = await getInitiativeBySlug('ar', 'neediest-citizens-database');
    expect(db?.startDate?.toISOString().slice(0, 7)).toBe('2022-03');
  });

  it('has the 27 governorates with ISO codes and none of the abolished ones', async () => {
    const govs = await prisma.governorate.findMany();
    expect(govs).toHaveLength(27);
    const codes = govs.map((g) => g.code);
    expect(codes).toContain('EG-C');
    expect(codes).not.toContain('EG-HU');
    expect(codes).not.toContain('EG-SU');
    const tiles = new Set(govs.map((g) => `${g.tileRow}:${g.tileCol}`));
    expect(tiles.size).toBe(27);
  });

  it('does not seed twice', async () => {
    expect(await seedFoundingData(prisma)).toBe(false);
    expect(await prisma.figure.count()).toBe(4);
  });
});

// Runs last: it adds data to this file's own fresh database (tests/integration/setup.ts), after the seeded checks above.
describe('a second observation from a new source', () => {
  const newSource = 'alliance-annual-report-2024';
  const bytes = new TextEncoder().encode('%PDF-1.4 test copy of the 2024 annual report');
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  it('is published under its own source while the first keeps the founding one', async () => {
    const archive = await prisma.sourceArchive.create({
      data: { sha256, fileName: 'annual-report-2024.pdf', mediaType: 'application/pdf', byteSize: bytes.byteLength, content: Buffer.from(bytes) },
    });
    await prisma.source.create({
      data: {
        slug: newSource, kind: 'annual-report', publisherAr: 'التحالف الوطني للعمل الأهلي التنموي', publisherEn: 'National Alliance for Civil Development Work',
        titleAr: 'التقرير السنوي 2024', titleEn: 'Annual report 2024', workTitleAr: 'التقرير السنوي للتحالف 2024', workTitleEn: 'The alliance annual report 2024',
        authorAr: 'التحالف الوطني', authorEn: 'The National Alliance', language: 'ar', publishedPrecision: 'year', publishedOn: new Date('2024-12-31T00:00:00Z'),
        quote: 'وصل التحالف إلى 31 مليون مواطن', archiveId: archive.id,
      },
    });
    const figure = await prisma.figure.findUniqueOrThrow({ where: { slug: 'citizens-reached' } });
    await prisma.$transaction((tx) =>
      addObservation(
        tx, figure.id,
        {
          value: '31000000', asOf: '2024-12-31', asOfPrecision: 'year', periodStart: null, sourceSlug: newSource, quote: 'وصل التحالف إلى 31 مليون مواطن',
          quoteTranslation: 'The alliance reached 31 million citizens', locator: 'p. 12', valueNote: null,
        },
        'The alliance annual report 2024',
      ),
    );

    const record = figureRecord.parse(await getFigureRecord('citizens-reached'));
    expect(record).toMatchObject({ value: '31000000', asOf: '2024-12-31', source: newSource, quote: 'وصل التحالف إلى 31 مليون مواطن', observation: 2, version: 2 });
    const archiveUrl = `${siteUrl()}/api/v1/sources/${newSource}/archive/${sha256}`;
    expect(record.observations.map((o) => [o.number, o.value, o.source, o.citation.archiveUrl])).toEqual([
      [1, '30000000', 'ecss-study-article-2023', null],
      [2, '31000000', newSource, archiveUrl],
    ]);
    expect(record.observations[1]).toMatchObject({ locator: 'p. 12', quoteStatesValue: true, citation: { kind: 'annual-report', workTitle: { en: 'The alliance annual report 2024' } } });
    expect(await listObservationRecords('citizens-reached')).toEqual(record.observations);
    expect(await listObservationRecords('no-such-figure')).toBeNull();

    const source = sourceRecord.parse(await getSourceRecord(newSource));
    expect(source.archive).toEqual({ url: archiveUrl, sha256, byteSize: bytes.byteLength, mediaType: 'application/pdf', fileName: 'annual-report-2024.pdf' });
  });

  it('keeps each version naming the source of the value it showed', async () => {
    const v1 = figureVersionRecord.parse(await getFigureVersionRecord('citizens-reached', 1));
    expect(v1).toMatchObject({ value: '30000000', source: 'ecss-study-article-2023', observation: 1, latestVersion: 2 });
    expect(v1.observations.map((o) => [o.number, o.value, o.source])).toEqual([[1, '30000000', 'ecss-study-article-2023']]);
    const v2 = figureVersionRecord.parse(await getFigureVersionRecord('citizens-reached', 2));
    expect(v2).toMatchObject({ value: '31000000', source: newSource, observation: 2 });
    expect(v2.observations.map((o) => [o.number, o.value, o.source, o.locator])).toEqual([[2, '31000000', newSource, 'p. 12']]);

    const log = await listChangelogRecords({ skip: 0, take: 1, figure: 'citizens-reached' });
    expect(log.items[0]).toMatchObject({
      version: 2, action: 'observation-add', observationNumber: 2, observationUrl: `${siteUrl()}/ar/figures/citizens-reached#observation-2`,
    });
    const detail = observationDetailRecord.parse(await getObservationRecord('citizens-reached', 2));
    expect(detail.revisions.map((r) => [r.revision, r.value, r.source, r.reason])).toEqual([[1, '31000000', newSource, 'The alliance annual report 2024']]);
    expect(await getObservationRecord('citizens-reached', 3)).toBeNull();
  });

  it('puts the headline with its own source in the figures table and every observation in the observations table', async () => {
    const figures = await figuresTable();
    const row = (table: typeof figures, match: (r: Record<string, unknown>) => boolean) =>
      Object.fromEntries(table.columns.map((c) => [c.name, c.get(table.rows.find(match))]));
    expect(row(figures, (r) => r.slug === 'citizens-reached')).toMatchObject({
      value: '31000000', source: newSource, source_publisher: 'National Alliance for Civil Development Work', observation: 2, locator: 'p. 12',
    });
    expect(figures.rows.filter((r) => r.slug === 'citizens-reached')).toHaveLength(1);

    const observations = await observationsTable();
    const reached = (n: number) => row(observations, (r) => r.figure === 'citizens-reached' && r.number === n);
    expect(reached(1)).toMatchObject({ value: '30000000', source: 'ecss-study-article-2023', source_archive_url: null, headline: 'false', revision: 1 });
    expect(String(reached(1).quote)).toContain('30 مليون');
    expect(reached(2)).toMatchObject({
      value: '31000000', source: newSource, source_title_ar: 'التقرير السنوي 2024', source_work_title_en: 'The alliance annual report 2024',
      source_archive_url: `${siteUrl()}/api/v1/sources/${newSource}/archive/${sha256}`, locator: 'p. 12', as_of: '2024-12-31', headline: 'true',
    });
    expect(observations.rows).toHaveLength(5);
    const csv = toCsv(observations);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${observations.columns.map((c) => c.name).join(',')}`);
  });

  it('credits a breakdown to its own source and dates, or to none, never to its figure\'s', async () => {
    const figure = await prisma.figure.findUniqueOrThrow({ where: { slug: 'citizens-reached' } });
    const source = await prisma.source.findUniqueOrThrow({ where: { slug: newSource } });
    const gov = await prisma.governorate.findUniqueOrThrow({ where: { code: 'EG-C' } });
    const common = { figureId: figure.id, dimension: 'governorate', publishedAt: new Date(0), values: { create: [{ governorateId: gov.id, value: '1200000' }] } };
    const bare = await prisma.breakdown.create({ data: { ...common, titleAr: '[اختبار] بلا مصدر', titleEn: '[Test] no source' } });
    const sourced = await prisma.breakdown.create({
      data: {
        ...common, titleAr: '[اختبار] بمصدر', titleEn: '[Test] sourced', sourceId: source.id, quote: '=1,200,000 in Cairo', locator: 'table 3',
        asOf: new Date('2024-12-31T00:00:00Z'), asOfPrecision: 'year', periodStart: new Date('2024-01-01T00:00:00Z'),
      },
    });
    const records = await listBreakdownRecords('citizens-reached');
    expect(records.find((x) => x.id === bare.id)).toMatchObject({ source: null, quote: null, locator: null, asOf: null, asOfPrecision: null, periodStart: null });
    expect(records.find((x) => x.id === sourced.id)).toMatchObject({
      source: newSource, quote: '=1,200,000 in Cairo', locator: 'table 3', asOf: '2024-12-31', asOfPrecision: 'year', periodStart: '2024-01-01',
    });

    expect((await getBreakdown('en', bare.id))!.source).toBeNull();
    const view = (await getBreakdown('en', sourced.id))!;
    expect(breakdownJson(view, 'en')).toMatchObject({
      source: { slug: newSource, title: 'Annual report 2024', archiveUrl: `${siteUrl()}/api/v1/sources/${newSource}/archive/${sha256}` },
      locator: 'table 3', asOf: '2024-12-31', periodStart: '2024-01-01',
    });
    const [header, first] = breakdownCsv(view, 'en').replace(/^\uFEFF/, '').split('\r\n');
    const cells = Object.fromEntries(header.split(',').map((name, i) => [name, Papa.parse<string[]>(first).data[0][i]]));
    // A quote that starts like a formula is neutralised for spreadsheets.
    expect(cells).toMatchObject({ governorate_code: 'EG-C', value: '1200000', source: newSource, source_quote: "'=1,200,000 in Cairo", source_locator: 'table 3', as_of: '2024-12-31' });

    const table = await breakdownsTable();
    const row = Object.fromEntries(table.columns.map((c) => [c.name, c.get(table.rows.find((r) => r.breakdown === sourced.id))]));
    expect(row).toMatchObject({ source: newSource, source_title_ar: 'التقرير السنوي 2024', locator: 'table 3', as_of: '2024-12-31', breakdown_period_start: '2024-01-01' });
    expect(toCsv(table)).toContain("'=1,200,000 in Cairo");
  });
});

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 and describes what every path really answers', async () => {
    const doc = JSON.parse(JSON.stringify(openApiDocument('http://portal.test')));
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    const routes = {
      '/figures': [await import('@/app/api/v1/figures/route'), {}],
      '/figures/{slug}': [await import('@/app/api/v1/figures/[slug]/route'), { slug: 'citizens-reached' }],
      '/figures/{slug}/versions': [await import('@/app/api/v1/figures/[slug]/versions/route'), { slug: 'citizens-reached' }],
      '/figures/{slug}/versions/{version}': [await import('@/app/api/v1/figures/[slug]/versions/[version]/route'), { slug: 'citizens-reached', version: '1' }],
      '/figures/{slug}/observations': [await import('@/app/api/v1/figures/[slug]/observations/route'), { slug: 'citizens-reached' }],
      '/figures/{slug}/observations/{number}': [await import('@/app/api/v1/figures/[slug]/observations/[number]/route'), { slug: 'citizens-reached', number: '2' }],
      '/initiatives': [await import('@/app/api/v1/initiatives/route'), {}],
      '/initiatives/{slug}': [await import('@/app/api/v1/initiatives/[slug]/route'), { slug: 'sitr-wa-afia-caravans' }],
      '/sources': [await import('@/app/api/v1/sources/route'), {}],
      '/sources/{slug}': [await import('@/app/api/v1/sources/[slug]/route'), { slug: 'alliance-annual-report-2024' }],
      '/governorates': [await import('@/app/api/v1/governorates/route'), {}],
      '/breakdowns': [await import('@/app/api/v1/breakdowns/route'), {}],
      '/changelog': [await import('@/app/api/v1/changelog/route'), {}],
      '/history': [await import('@/app/api/v1/history/route'), {}],
    } as const;
    // /check reads its messages through the framework's server runtime: the browser suite (tests/e2e/api.test.ts) checks it against this document.
    expect([...Object.keys(routes), '/check'].sort()).toEqual(Object.keys(doc.paths).sort());
    for (const [path, [route, params]] of Object.entries(routes)) {
      const res = await (route.GET as (r: Request, c: { params: Promise<object> }) => Promise<Response>)(
        new Request(`http://portal.test/api/v1${path}`), { params: Promise.resolve(params) },
      );
      expect(res.status, path).toBe(200);
      const validate = ajv.compile({ ...doc.paths[path].get.responses['200'].content['application/json'].schema, components: doc.components });
      expect(validate(await res.json()) ? [] : validate.errors, path).toEqual([]);
    }
  });
});
