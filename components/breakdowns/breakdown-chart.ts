import type { getTranslations } from 'next-intl/server';
import type { SourcedBreakdownView } from '@/lib/data/breakdowns';
import { formatDate } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { SMALL_COUNT_THRESHOLD } from '@/lib/small-count';
import { sourceAttribution } from '@/components/figures/SourceLine';
import type { BarChartProps } from '@/components/charts/types';
import { breakdownBars } from './breakdown-bars';

type T = Awaited<ReturnType<typeof getTranslations>>;

/** A breakdown's bar chart as its page and its embed draw it: one bar per governorate, with its PNG download. */
export function breakdownChart(view: SourcedBreakdownView, locale: Locale, t: { breakdown: T; charts: T; units: T; source: T }) {
  const bars = breakdownBars(view, t.units(view.figure.unit));
  const precision = view.asOfPrecision ?? 'day';
  const named = view.source ? sourceAttribution(view.source, t.source as Parameters<typeof sourceAttribution>[1]) : t.breakdown('noSource');
  const asOf = view.asOf ? ` · ${t.charts('asOfLabel')} ${formatDate(view.asOf, locale, precision)}` : '';
  const hasSuppressed = bars.some((b) => b.value === null);
  const chart: BarChartProps & { id: string; summary: string; note?: string } = {
    id: 'breakdown-chart',
    locale,
    title: view.title,
    summary: t.breakdown('chartSummary', { count: bars.length }),
    note: hasSuppressed ? t.breakdown('chartNote', { threshold: SMALL_COUNT_THRESHOLD }) : undefined,
    bars,
    horizontal: true,
    download: {
      label: t.charts('downloadPng'),
      filename: `shafafiya-breakdown-${view.id}.png`,
      lines: [`${t.charts('sourceLabel')} ${named}${asOf}`],
      url: `${siteUrl()}/${locale}/breakdowns/${view.id}`,
    },
  };
  return chart;
}
