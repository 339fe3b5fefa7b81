import { describe, expect, it } from 'vitest';
import { createTranslator } from 'next-intl';
import { listFigures } from '@/lib/data/figures';
import type { FigureView } from '@/lib/data/types';
import { headlineCharts } from '@/components/charts/headline-charts';
import { locales, type Locale } from '@/lib/i18n/locales';
import { allMessages } from '@/lib/i18n/messages';
import { inLocale } from '@/tests/support/locales';

const tr = (locale: Locale, namespace: string) => createTranslator({ locale, messages: allMessages[locale], namespace: namespace as never }) as never;
const chartsOf = (figures: FigureView[], locale: Locale) =>
  headlineCharts(figures, locale, tr(locale, 'Charts'), tr(locale, 'Units'), tr(locale, 'Measures'), tr(locale, 'Source'));

describe('headline charts on the founding data', () => {
  it('compare values of one unit on one scale, and say what they do not show', async () => {
    for (const locale of locales) {
      const charts = chartsOf(await listFigures(locale), locale);
      expect(charts.map((c) => c.id)).toEqual(['chart-database-reached', 'chart-allocation-targeted']);
      for (const c of charts) {
        expect(new Set(c.bars.map((b) => b.unit)).size, c.id).toBe(1);
        expect(c).not.toHaveProperty('separateScales');
        expect(c.notShown.length).toBeGreaterThan(20);
        expect(c.download!.url).toMatch(new RegExp(`/${locale}#${c.id}$`));
      }
      const [db, money] = charts;
      // The share reached is the portal's calculation, and says so.
      expect(db.summary).toMatch(/80\.2[\u200e\u200f]?%/);
      expect(db.summary).toContain(inLocale({ ar: 'حسبتها البوابة', en: 'The portal calculated this share' }, locale));
      // Money: allocated drawn, committed and spent shown as gaps; the targeted people are named, never drawn.
      expect(money.bars.map((b) => [b.value, Boolean(b.gap)])).toEqual([[2_000_000_000, false], [null, true], [null, true]]);
      expect(money.bars.every((b) => b.unit === 'EGP')).toBe(true);
      expect(money.summary).toContain(inLocale({ ar: '250 ألف مستفيد', en: '250 thousand beneficiaries' }, locale));
      expect(money.note).toContain(inLocale({ ar: 'لا يعني أنه أُنفق', en: 'it does not mean spent' }, locale));
    }
  });

  it('draws a spent amount once a source states it, and warns that its date and source differ', async () => {
    const figures = await listFigures('en');
    const allocation = figures.find((f) => f.slug === 'relief-caravans-allocation')!;
    const spent: FigureView = {
      ...allocation, slug: 'test-spent', label: 'Spent on relief', measure: 'spent', value: '1200000000',
      asOf: new Date('2023-06-30T00:00:00Z'), asOfPrecision: 'day', source: { ...allocation.source, slug: 'test-report', publisher: 'A test report' },
    };
    const money = chartsOf([...figures, spent], 'en').find((c) => c.id === 'chart-allocation-targeted')!;
    expect(money.bars.map((b) => b.value)).toEqual([2_000_000_000, null, 1_200_000_000]);
    expect(money.summary).toContain('“Committed”');
    expect(money.summary).not.toContain('“Spent”');
    expect(money.note).toContain('do not describe the same date');
    expect(money.note).toContain('different sources');
    expect(money.download!.lines.join('\n')).toContain('A test report');
    expect(money.sources.map((s) => s.slug)).toContain('test-report');
  });

  it('still draws a frozen embed from the two figures it was copied with', async () => {
    const figures = (await listFigures('ar')).filter((f) => ['relief-caravans-allocation', 'relief-caravans-targeted-beneficiaries'].includes(f.slug));
    const [money] = chartsOf(figures, 'ar');
    expect(money.id).toBe('chart-allocation-targeted');
    expect(money.bars.filter((b) => b.value !== null)).toHaveLength(1);
  });
});
