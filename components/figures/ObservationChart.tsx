import { getTranslations } from 'next-intl/server';
import type { FigureView } from '@/lib/data/types';
import { formatDate, formatValue } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { siteUrl } from '@/lib/site';
import { ChartFrame } from '@/components/charts/ChartFrame';
import { sourceAttribution } from './SourceLine';

const day = (d: Date) => d.toISOString().slice(0, 10);

/** A figure's observations over time (two or more), each point named with its own source in the table and tooltip. */
export async function ObservationChart({ figure, locale }: { figure: FigureView; locale: Locale }) {
  const [t, tc, tu, ts] = await Promise.all([getTranslations('Observations'), getTranslations('Charts'), getTranslations('Units'), getTranslations('Source')]);
  const points = figure.observations.map((o) => ({
    date: day(o.asOf),
    precision: o.asOfPrecision,
    periodStart: o.periodStart ? day(o.periodStart) : null,
    value: Number(o.value),
    exact: o.value,
    source: sourceAttribution(o.source, ts),
    anchor: `#observation-${o.number}`,
  }));
  const [first, last] = [figure.observations[0], figure.observations[figure.observations.length - 1]];
  const value = (v: string) => formatValue(v, figure.unit, locale) + (figure.unit === 'EGP' ? '' : ` ${tu(figure.unit)}`);
  const when = (d: Date, p: typeof first.asOfPrecision) => formatDate(d, locale, p);
  const id = `observations-chart-${figure.slug}`;
  return (
    <ChartFrame
      kind="line"
      id={id}
      locale={locale}
      title={t('chartTitle', { label: figure.label })}
      summary={t('chartSummary', {
        count: points.length,
        firstValue: value(first.value), firstDate: when(first.asOf, first.asOfPrecision),
        lastValue: value(last.value), lastDate: when(last.asOf, last.asOfPrecision),
      })}
      note={new Set(points.map((p) => p.source)).size > 1 ? t('chartNote') : undefined}
      unit={figure.unit}
      unitLabel={tu(figure.unit)}
      points={points}
      download={{
        label: tc('downloadPng'),
        filename: `shafafiya-${figure.slug}-observations.png`,
        lines: figure.observations.map((o) => `${when(o.asOf, o.asOfPrecision)}: ${value(o.value)} · ${tc('sourceLabel')} ${sourceAttribution(o.source, ts)}`),
        url: `${siteUrl()}/${locale}/figures/${figure.slug}`,
      }}
    />
  );
}
