import type { ChartData, ChartOptions } from 'chart.js';
import { formatValue, intlLocale, type Digits } from '@/lib/format';
import type { BarChartProps } from './types';

/** Colours and fonts read from the page's CSS, so charts follow the light or dark theme. */
export interface Theme {
  colors: string[];
  ink: string;
  line: string;
  font: { family: string; size: number };
}

type Config = { data: ChartData<'bar', (number | null)[]>; options: ChartOptions<'bar'> };

function tooltip(rtl: boolean, font: Theme['font']) {
  return { rtl, textDirection: rtl ? 'rtl' : 'ltr', bodyFont: font, titleFont: font } as const;
}

/** One bar per figure, each in its own colour; bars of different units get their own scale. */
export function verticalConfig({ locale, bars, separateScales = false }: BarChartProps, digits: Digits, theme: Theme): Config {
  const rtl = locale === 'ar';
  const { colors, ink, line, font } = theme;
  const fmt = (v: number, unit: string) => formatValue(v, unit, locale, digits);
  const axisIds = bars.map((_, i) => (separateScales ? `y${i}` : 'y'));
  const datasets = bars.map((b, i) => ({
    label: b.label,
    data: bars.map((_, j) => (j === i ? b.value : null)),
    backgroundColor: colors[i % colors.length],
    yAxisID: axisIds[i],
    grouped: false,
  }));
  const yScales = Object.fromEntries(
    bars.map((b, i) => [
      axisIds[i],
      {
        position: (i === 0) === rtl ? ('right' as const) : ('left' as const),
        beginAtZero: true,
        display: separateScales || i === 0,
        grid: { color: line, drawOnChartArea: i === 0 },
        title: { display: true, text: b.unitLabel, color: ink, font },
        ticks: { color: ink, font, callback: (v: string | number) => fmt(Number(v), b.unit) },
      },
    ]),
  );
  const options: ChartOptions<'bar'> = {
    responsive: true,
    maintainAspectRatio: false,
    locale: intlLocale(locale, digits),
    animation: false,
    scales: { x: { reverse: rtl, ticks: { color: ink, font }, grid: { display: false } }, ...yScales },
    plugins: {
      legend: { display: false, rtl, textDirection: rtl ? 'rtl' : 'ltr' },
      tooltip: {
        ...tooltip(rtl, font),
        filter: (item) => item.raw !== null,
        callbacks: {
          label: (item) => {
            const b = bars[item.datasetIndex];
            const text = fmt(b.value ?? 0, b.unit);
            return b.unit === 'EGP' ? text : `${text} ${b.unitLabel}`;
          },
        },
      },
    },
  };
  return { data: { labels: bars.map((b) => b.label), datasets }, options };
}

/** Many bars of one unit, largest first, growing from the reading start; small counts are not drawn. */
export function horizontalConfig({ locale, title, bars }: BarChartProps, digits: Digits, theme: Theme): Config {
  const rtl = locale === 'ar';
  const { colors, ink, line, font } = theme;
  const drawn = bars.filter((b) => b.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const unit = drawn[0]?.unit ?? 'people';
  const unitLabel = drawn[0]?.unitLabel ?? '';
  const fmt = (v: number) => formatValue(v, unit, locale, digits);
  const options: ChartOptions<'bar'> = {
    indexAxis: 'y',
    responsive: true,
    maintainAspectRatio: false,
    locale: intlLocale(locale, digits),
    animation: false,
    scales: {
      x: { reverse: rtl, beginAtZero: true, grid: { color: line }, ticks: { color: ink, font, callback: (v) => fmt(Number(v)) }, title: { display: true, text: unitLabel, color: ink, font } },
      y: { position: rtl ? 'right' : 'left', grid: { display: false }, ticks: { color: ink, font, autoSkip: false } },
    },
    plugins: {
      legend: { display: false },
      tooltip: { ...tooltip(rtl, font), callbacks: { label: (item) => (unit === 'EGP' ? fmt(Number(item.raw)) : `${fmt(Number(item.raw))} ${unitLabel}`) } },
    },
  };
  const data = { labels: drawn.map((b) => b.label), datasets: [{ label: title, data: drawn.map((b) => b.value), backgroundColor: colors[0] }] };
  return { data, options };
}
