import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { addObservation } from '@/lib/data/figure-versions';
import { compareParts, getMoneyView, subtractDecimals, sumDecimals } from '@/lib/data/money';
import { getFigureBySlug } from '@/lib/data/figures';
import { insertTestBreakdowns, SMALL_MONEY } from '@/tests/support/breakdown-fixture';

const ALLOCATION = 'relief-caravans-allocation';
const reportQuote = 'أنفق التحالف 1.2 مليار جنيه على الإغاثة والقوافل الاجتماعية حتى نهاية يونيو 2023';

/** A later report with the amount spent, as its own figure of the same initiative (test data in this file's database). */
async function addSpentFigure() {
  const initiative = await prisma.initiative.findUniqueOrThrow({ where: { slug: 'relief-and-social-caravans' } });
  await prisma.source.create({
    data: { slug: 'test-spending-report', kind: 'annual-report', publisherAr: 'التحالف', publisherEn: 'The alliance', titleAr: 'تقرير اختبار', titleEn: 'Test report', language: 'ar', publishedPrecision: 'month', publishedOn: new Date('2023-07-01T00:00:00Z'), quote: reportQuote },
  });
  const figure = await prisma.figure.create({
    data: {
      slug: 'test-relief-caravans-spent', labelAr: '[اختبار] المُنفَق على الإغاثة', labelEn: '[Test] Spent on relief', definitionAr: 'اختبار', definitionEn: 'Test',
      unit: 'EGP', measure: 'spent', scope: 'national', initiativeId: initiative.id, version: 1, sortOrder: 90,
    },
  });
  await prisma.$transaction((tx) => addObservation(tx, figure.id, {
    value: '1200000000', asOf: '2023-06-30', asOfPrecision: 'day', periodStart: null, sourceSlug: 'test-spending-report', quote: reportQuote, quoteTranslation: null, locator: null, valueNote: null,
  }, 'Test', { firstVersion: true }));
}

async function addBreakdown(asOf: string | null, values: Record<string, string>) {
  const figure = await prisma.figure.findUniqueOrThrow({ where: { slug: ALLOCATION } });
  const govs = await prisma.governorate.findMany({ where: { code: { in: Object.keys(values) } } });
  return prisma.breakdown.create({
    data: {
      figureId: figure.id, dimension: 'governorate', titleAr: '[اختبار] توزيع', titleEn: `[Test] Split as of ${asOf ?? 'no date'}`,
      asOf: asOf ? new Date(`${asOf}T00:00:00Z`) : null, asOfPrecision: asOf ? 'day' : null,
      values: { create: govs.map((g) => ({ governorateId: g.id, value: values[g.code] })) },
    },
  });
}

describe('money stages', () => {
  it('adds and subtracts stored decimals exactly', () => {
    expect(sumDecimals(['0.1', '0.2'])).toBe('0.3');
    expect(sumDecimals(['1500000000', '500000000.75', '-0.75'])).toBe('2000000000');
    expect(subtractDecimals('1', '1.25')).toBe('-0.25');
    expect(subtractDecimals('2000000000', '2000000000')).toBe('0');
  });

  it('shows the founding allocation as its one published stage: committed and spent are not published', async () => {
    const money = (await getMoneyView('en', ALLOCATION))!;
    expect(money.initiative?.slug).toBe('relief-and-social-caravans');
    expect(money.stages.map((s) => [s.measure, s.figure?.slug ?? null])).toEqual([['allocated', ALLOCATION], ['committed', null], ['spent', null]]);
    expect(money.stages[0].figure).toMatchObject({ value: '2000000000', current: true, observationNumber: 1, source: { slug: 'ecss-study-article-2023' } });
    expect(money.checks).toEqual([]);
    expect(await getMoneyView('en', 'citizens-reached')).toBeNull();
  });

  it('puts a spent figure of the same initiative beside it, with its own value, date and source', async () => {
    await addSpentFigure();
    const money = (await getMoneyView('ar', ALLOCATION))!;
    const spent = money.stages.find((s) => s.measure === 'spent')!.figure!;
    expect(spent).toMatchObject({ slug: 'test-relief-caravans-spent', value: '1200000000', asOfPrecision: 'day', current: false, source: { slug: 'test-spending-report' } });
    expect(spent.asOf.toISOString().slice(0, 10)).toBe('2023-06-30');
    // The spent figure's own page shows the same stages, with itself marked.
    const fromSpent = (await getMoneyView('ar', 'test-relief-caravans-spent'))!;
    expect(fromSpent.stages.map((s) => [s.measure, s.figure?.slug ?? null, s.figure?.current ?? null])).toEqual([
      ['allocated', ALLOCATION, false], ['committed', null, null], ['spent', 'test-relief-caravans-spent', true],
    ]);
  });

  it('compares a governorate breakdown with the national total: by how much it falls short, and that it gives no date', async () => {
    const { people, money: moneyId } = await insertTestBreakdowns(prisma);
    const check = (await getMoneyView('en', ALLOCATION))!.checks.find((c) => c.breakdownId === moneyId)!;
    // Six governorates: 5 + 3 + 4.5 + 6 + 7.5 + 9 million (one is the small amount of money, shown as it is).
    const values = (await prisma.breakdownValue.findMany({ where: { breakdownId: moneyId } })).map((v) => v.value);
    expect(values).toContain(SMALL_MONEY.value);
    expect(check.partsSum).toBe(sumDecimals(values));
    expect(check.difference).toBe(subtractDecimals(sumDecimals(values), '2000000000'));
    expect(check.difference.startsWith('-')).toBe(true);
    expect(check.ratio).toBeCloseTo(Number(check.difference) / 2e9, 12);
    expect(check).toMatchObject({ kind: 'breakdown', coverage: { count: 6, of: 27 }, sameDate: null, total: { value: '2000000000', observationNumber: 1 } });
    // A breakdown of people belongs to a people figure: it is never compared with money.
    expect((await getMoneyView('en', ALLOCATION))!.checks.some((c) => c.breakdownId === people)).toBe(false);
  });

  it('says when the parts add up exactly on the same date, and warns when the dates differ', async () => {
    const exact = await addBreakdown('2023-01-01', { 'EG-C': '1200000000', 'EG-GZ': '799999999.5', 'EG-ALX': '0.5' });
    const later = await addBreakdown('2023-06-30', { 'EG-C': '1300000000', 'EG-GZ': '800000000' });
    const checks = (await getMoneyView('en', ALLOCATION))!.checks;
    expect(checks.find((c) => c.breakdownId === exact.id)).toMatchObject({ partsSum: '2000000000', difference: '0', ratio: 0, sameDate: true });
    const differ = checks.find((c) => c.breakdownId === later.id)!;
    expect(differ).toMatchObject({ partsSum: '2100000000', difference: '100000000', sameDate: false });
    expect(differ.ratio).toBeCloseTo(0.05, 12);
    expect(differ.total.asOf.toISOString().slice(0, 10)).toBe('2023-01-01');
  });

  it('compares an initiative’s governorate figures with its national figure of the same measure', async () => {
    const initiative = await prisma.initiative.findUniqueOrThrow({ where: { slug: 'relief-and-social-caravans' } });
    const source = await prisma.source.findUniqueOrThrow({ where: { slug: 'test-spending-report' } });
    for (const [code, value] of [['EG-C', '1500000000'], ['EG-GZ', '400000000']] as const) {
      const gov = await prisma.governorate.findUniqueOrThrow({ where: { code } });
      const figure = await prisma.figure.create({
        data: {
          slug: `test-allocation-${code.toLowerCase()}`, labelAr: `[اختبار] مرصود ${gov.nameAr}`, labelEn: `[Test] Allocated in ${gov.nameEn}`, definitionAr: 'اختبار', definitionEn: 'Test',
          unit: 'EGP', measure: 'allocated', scope: 'governorate', governorateId: gov.id, initiativeId: initiative.id, version: 1, sortOrder: 91,
        },
      });
      await prisma.$transaction((tx) => addObservation(tx, figure.id, {
        value, asOf: '2023-06-30', asOfPrecision: 'day', periodStart: null, sourceSlug: source.slug, quote: 'نص', quoteTranslation: null, locator: null, valueNote: 'من جدول اختبار',
      }, 'Test', { firstVersion: true }));
    }
    const check = (await getMoneyView('en', ALLOCATION))!.checks.find((c) => c.kind === 'initiative')!;
    expect(check.parts.map((p) => [p.name, p.slug, p.value])).toEqual([['Cairo', 'test-allocation-eg-c', '1500000000'], ['Giza', 'test-allocation-eg-gz', '400000000']]);
    // 1.9 billion against 2 billion, and the parts are as of June 2023 while the total is as of about January 2023.
    expect(check).toMatchObject({ partsSum: '1900000000', difference: '-100000000', sameDate: false, total: { slug: ALLOCATION, value: '2000000000' } });
    expect(check.ratio).toBeCloseTo(-0.05, 12);
    // A governorate figure's page shows the same comparison, and only its own place's stages.
    const cairo = (await getMoneyView('en', 'test-allocation-eg-c'))!;
    expect(cairo.checks.find((c) => c.kind === 'initiative')?.partsSum).toBe('1900000000');
    expect(cairo.stages.map((s) => s.figure?.slug ?? null)).toEqual(['test-allocation-eg-c', null, null]);
  });

  it('compares against the total’s observation of the parts’ date when it has one', async () => {
    const total = (await getFigureBySlug('en', ALLOCATION))!;
    const check = compareParts({
      kind: 'breakdown', title: 't', breakdownId: null, governorates: 27, total,
      parts: [{ name: 'Cairo', slug: null, value: '2000000000', asOf: total.asOf, asOfPrecision: total.asOfPrecision }],
    });
    expect(check).toMatchObject({ difference: '0', sameDate: true, coverage: { count: 1, of: 27 } });
  });
});
