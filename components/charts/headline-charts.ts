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

/**
 * The charts built from the headline figures; a chart whose figures are missing is left out. Each bar is its figure's
 * headline observation, named with that observation's own source and date (two bars may come from different works).
 */
export function headlineCharts(figures: FigureView[], locale: Locale, t: T, units: T, measures: T, source: T): ChartSpec[] {
  const by = new Map(figures.map((f) => [f.slug, f]));
  const named = (f: FigureView) => sourceAttribution(f.source, source as Parameters<typeof sourceAttribution>[1]);
  // "A study by…" reads "a study by…" inside an English sentence.
  const who = (f: FigureView) => (locale === 'en' ? named(f).replace(/^(A|An|The) /, (m) => m.toLowerCase()) : named(f));
  const when = (f: FigureView) => formatDate(f.asOf, locale, f.asOfPrecision);
  const bar = (f: FigureView) => ({
    label: f.label, shortLabel: measures(f.measure), value: Number(f.value), unit: f.unit, unitLabel: units(f.unit),
    source: t('sourceAndDate', { source: named(f), date: when(f) }),
  });
  const specs: ChartSpec[] = [];
  const download = (id: string, fs: FigureView[]) => ({
    label: t('downloadPng'),
    filename: `shafafiya-${id}.png`,
    lines: [...fs.map((f) => `${f.label}: ${t('sourceLabel')} ${named(f)} · ${t('asOfLabel')} ${when(f)}`), `${siteUrl()}/${locale}#${id}`],
  });
  // Two values of different dates are not one moment: the note says so.
  const datesNote = (a: FigureView, b: FigureView) =>
    +a.asOf === +b.asOf && a.asOfPrecision === b.asOfPrecision ? null : t('differentDates', { first: when(a), second: when(b) });
  const db = by.get('database-citizens');
  const reached = by.get('citizens-reached');
  if (db && reached) {
    specs.push({
      id: 'chart-database-reached',
      locale,
      title: t('databaseReached.title'),
      summary: t('databaseReached.summary', {
        database: formatValue(db.value, db.unit, locale), databaseAsOf: when(db), databaseSource: who(db),
        reached: formatValue(reached.value, reached.unit, locale), reachedAsOf: when(reached), reachedSource: who(reached),
      }),
      note: datesNote(db, reached) ?? undefined,
      bars: [bar(db), bar(reached)],
      download: download('chart-database-reached', [db, reached]),
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
        allocated: formatValue(money.value, money.unit, locale), allocatedAsOf: when(money), allocatedSource: who(money),
        targeted: formatValue(targeted.value, targeted.unit, locale), targetedAsOf: when(targeted), targetedSource: who(targeted),
      }),
      note: [t('allocationTargeted.note'), datesNote(money, targeted)].filter(Boolean).join(' '),
      bars: [bar(money), bar(targeted)],
      separateScales: true,
      download: download('chart-allocation-targeted', [money, targeted]),
    });
  }
  return specs;
}
