import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { getBreakdown, listBreakdowns, listBreakdownsForFigure, listGovernorateBreakdowns } from '@/lib/data/breakdowns';
import { isSyntheticDataset } from '@/lib/data/synthetic';
import { breakdownCsv, breakdownJson } from '@/lib/serialize/breakdowns';
import { GET } from '@/app/api/v1/breakdowns/[file]/route';
import { insertTestBreakdowns, NO_VALUE_CODE, SMALL_MONEY } from '@/tests/support/breakdown-fixture';

let ids: { people: number; money: number };

beforeAll(async () => {
  ids = await insertTestBreakdowns(prisma);
});

afterAll(async () => {
  // The founding data stays as the other integration tests expect it.
  await prisma.breakdownValue.deleteMany({ where: { breakdownId: { in: [ids.people, ids.money] } } });
  await prisma.breakdown.deleteMany({ where: { id: { in: [ids.people, ids.money] } } });
});

const call = (file: string, query = '', headers: Record<string, string> = {}) =>
  GET(new Request(`http://portal.test/api/v1/breakdowns/${file}${query}`, { headers }), { params: Promise.resolve({ file }) });

describe('breakdowns and the small-count rule', () => {
  it('lists published breakdowns and those of a figure', async () => {
    expect((await listBreakdowns('ar')).map((b) => b.id).sort()).toEqual([ids.people, ids.money].sort());
    expect((await listBreakdownsForFigure('en', 'relief-caravans-allocation')).map((b) => b.id)).toEqual([ids.money]);
    expect(await listBreakdownsForFigure('en', 'database-citizens')).toEqual([]);
  });

  it('never lets a small count of people leave lib/data, and leaves money alone', async () => {
    const people = (await getBreakdown('ar', ids.people))!;
    const alx = people.rows.find((r) => r.governorate?.code === 'EG-ALX')!;
    expect(alx.value).toEqual({ kind: 'fewer-than', threshold: 10 });
    expect(people.rows.filter((r) => r.value.kind === 'fewer-than').map((r) => r.governorate?.code).sort()).toEqual(['EG-ALX', 'EG-SIN']);
    expect(people.rows.some((r) => r.governorate?.code === NO_VALUE_CODE)).toBe(false);
    const money = (await getBreakdown('ar', ids.money))!;
    expect(money.rows.find((r) => r.governorate?.code === SMALL_MONEY.code)!.value).toEqual({ kind: 'exact', value: SMALL_MONEY.value });
  });

  it('gives a governorate each breakdown value there, disclosed', async () => {
    const entries = await listGovernorateBreakdowns('ar', 'EG-ALX');
    expect(entries.map((e) => [e.breakdown.id, e.value])).toEqual([
      [ids.people, { kind: 'fewer-than', threshold: 10 }],
      [ids.money, { kind: 'exact', value: '5' }],
    ]);
    expect(await listGovernorateBreakdowns('ar', NO_VALUE_CODE)).toEqual([]);
  });

  it('writes "fewer than 10" in the CSV, in both languages, with a byte order mark', async () => {
    const ar = breakdownCsv((await getBreakdown('ar', ids.people))!, 'ar');
    expect(ar.startsWith('\uFEFFgovernorate_code,governorate,period_start,period_end,value,fewer_than,text')).toBe(true);
    // The ten source columns are empty: this breakdown names no source, and never borrows its figure's.
    const noSource = ','.repeat(10);
    expect(ar).toContain(`EG-ALX,الإسكندرية,,,,10,أقل من 10${noSource}\r\n`);
    const en = breakdownCsv((await getBreakdown('en', ids.people))!, 'en');
    expect(en).toContain(`EG-SIN,North Sinai,,,,10,fewer than 10${noSource}\r\n`);
  });

  it('answers JSON and CSV through the API route, values suppressed there too', async () => {
    const json = await call(String(ids.people), '?locale=en');
    expect(json.status).toBe(200);
    const body = (await json.json()) as { data: ReturnType<typeof breakdownJson> };
    const alx = body.data.values.find((v) => v.governorate?.code === 'EG-ALX')!;
    expect(alx).toEqual({ governorate: { code: 'EG-ALX', name: 'Alexandria' }, periodStart: null, periodEnd: null, value: null, fewerThan: 10, text: 'fewer than 10' });
    expect(body.data.smallCountRule.threshold).toBe(10);
    const csv = await call(`${ids.people}.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toContain(`shafafiya-breakdown-${ids.people}-ar.csv`);
    expect(await csv.text()).toContain('أقل من 10');
  });

  it('answers bad requests with one localized error shape', async () => {
    for (const [file, query, status, code] of [
      ['abc', '', 400, 'bad_request'],
      ['12.xlsx', '', 400, 'bad_request'],
      [`${ids.people}`, '?locale=fr', 400, 'bad_request'],
      ['999999', '', 404, 'not_found'],
    ] as const) {
      const res = await call(file, query);
      expect(res.status, file).toBe(status);
      const body = (await res.json()) as { error: { code: string; message: string; messageAr: string } };
      expect(body.error.code).toBe(code);
      expect(body.error.messageAr).toMatch(/[\u0600-\u06FF]/);
      expect(body.error.message).toMatch(/^[A-Z]/);
    }
    const english = await call('abc', '', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(((await english.json()) as { error: { message: string } }).error.message).toMatch(/^Invalid request/);
  });

  it('never credits a breakdown to its figure\'s source: its own source, or none recorded', async () => {
    const people = (await getBreakdown('en', ids.people))!;
    expect([people.source, people.quote, people.locator, people.asOf]).toEqual([null, null, null, null]);
    expect(breakdownJson(people, 'en').source).toBeNull();

    const figure = await prisma.figure.findUniqueOrThrow({ where: { slug: 'database-citizens' } });
    const source = await prisma.source.create({
      data: {
        slug: 'test-caravan-records', kind: 'dataset', publisherAr: 'سجلات القوافل', publisherEn: 'Caravan records', titleAr: '[اختبار] سجلات القوافل',
        titleEn: '[Test] Caravan records', language: 'ar', publishedPrecision: 'year', quote: 'جدول المستفيدين حسب المحافظة',
      },
    });
    const own = await prisma.breakdown.create({
      data: {
        figureId: figure.id, dimension: 'governorate', titleAr: '[اختبار] حسب المحافظة', titleEn: '[Test] By governorate', sourceId: source.id,
        locator: 'table 3', asOf: new Date('2024-12-31T00:00:00Z'), asOfPrecision: 'year', periodStart: new Date('2024-01-01T00:00:00Z'),
        values: { create: [{ governorateId: (await prisma.governorate.findUniqueOrThrow({ where: { code: 'EG-C' } })).id, value: '1200' }] },
      },
    });
    try {
      const view = (await getBreakdown('en', own.id))!;
      expect([view.source?.slug, view.locator, view.asOf?.toISOString().slice(0, 10), view.asOfPrecision]).toEqual(['test-caravan-records', 'table 3', '2024-12-31', 'year']);
      expect(view.source?.slug).not.toBe('ecss-study-article-2023');
    } finally {
      await prisma.breakdownValue.deleteMany({ where: { breakdownId: own.id } });
      await prisma.breakdown.delete({ where: { id: own.id } });
      await prisma.source.delete({ where: { id: source.id } });
    }
  });

  it('is not a synthetic dataset', async () => {
    expect(await isSyntheticDataset()).toBe(false);
  });
});
