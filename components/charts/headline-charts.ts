import type { getTranslations } from 'next-intl/server';
import type { FigureView } from '@/lib/data/types';
import type { Locale } from '@/lib/i18n/locales';
import { formatDate, formatValue } from '@/lib/format';
import { siteUrl } from '@/lib/site';
import { sourceAttribution } from '@/components/figures/SourceLine';
import type { BarChartProps } from './types';

type T = Awaited<ReturnType<typeof getTranslations>>;

/** The headline charts and the stored figures each draws, in order (also the order of a frozen embed's versions). */
export const headlineChartFigures = {
  'database-reached': ['database-citizens', 'citizens-reached'],
  'allocation-targeted': ['relief-caravans-allocation', 'relief-caravans-targeted-beneficiaries'],
} as const;
export type HeadlineChartId = keyof typeof headlineChartFigures;

export interface ChartSpec extends BarChartProps {
  id: string;
  summary: string;
  note?: string;
}

/** The charts built from the headline figures; a chart whose figures are missing is left out. */
export function headlineCharts(figures: FigureView[], locale: Locale, t: T, units: T, measures: T, source: T): ChartSpec[] {
  const by = new Map(figures.map((f) => [f.slug, f]));
  const bar = (f: FigureView) => ({ label: f.label, shortLabel: measures(f.measure), value: Number(f.value), unit: f.unit, unitLabel: units(f.unit) });
  const specs: ChartSpec[] = [];
  const download = (id: string, f: FigureView) => ({
    label: t('downloadPng'),
    filename: `shafafiya-${id}.png`,
    lines: [
      `${t('sourceLabel')} ${sourceAttribution(f.source, source as Parameters<typeof sourceAttribution>[1])}`,
      `${t('asOfLabel')} ${formatDate(f.asOf, locale, f.asOfPrecision)}`,
      `${siteUrl()}/${locale}#${id}`,
    ],
  });
  const db = by.get('database-citizens');
  const reached = by.get('citizens-reached');
  if (db && reached) {
    specs.push({
      id: 'chart-database-reached',
      locale,
      title: t('databaseReached.title'),
      summary: t('databaseReached.summary', {
        database: formatValue(db.value, db.unit, locale),
        reached: formatValue(reached.value, reached.unit, locale),
      }),
      bars: [bar(db), bar(reached)],
      download: download('chart-database-reached', db),
    });
  }
  const money = by.get('relief-caravans-allocation');
  const targeted = by.get('relief-caravans-targeted-beneficiaries');
  if (money && targeted) {
    specs.push({
      id: 'chart-allocation-targeted',
      locale,
      title: t('allocationTargeted.title'),
      summary: t('allocationTargeted.summary', {
        allocated: formatValue(money.value, money.unit, locale),
        targeted: formatValue(targeted.value, targeted.unit, locale),
      }),
      note: t('allocationTargeted.note'),
      bars: [bar(money), bar(targeted)],
      separateScales: true,
      download: download('chart-allocation-targeted', money),
    });
  }
  return specs;
}
