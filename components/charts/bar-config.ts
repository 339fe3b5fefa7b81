import type { ChartData, ChartOptions } from 'chart.js';
import { formatCompact, formatValue, intlLocale, type Digits } from '@/lib/format';
import type { BarChartProps } from './types';
import { directionOf } from '@/lib/i18n/locales';

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

const letters = (s: string) => s.replace(/\p{M}/gu, '').length;

/** Splits a label into lines of about `max` characters at spaces (chart.js draws an array as lines). */
export function wrapLabel(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines[lines.length - 1];
    // Arabic vowel marks take no width of their own: only letters count.
    if (last !== undefined && letters(last) + 1 + letters(word) <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length ? lines : [''];
}

/** Many bars of one unit, largest first, growing from the reading start; small counts are not drawn. */
export function horizontalConfig({ locale, title, bars }: BarChartProps, digits: Digits, theme: Theme, narrow = false): Config {
  const rtl = directionOf(locale) === 'rtl';
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
    layout: { padding: { left: 8, right: 8 } },
    scales: {
      // Few ticks on a phone, never rotated, so they neither overlap each other nor the axis title.
      x: { reverse: rtl, beginAtZero: true, grid: { color: line }, ticks: { color: ink, font, maxRotation: 0, maxTicksLimit: narrow ? 4 : 8, callback: (v) => formatCompact(Number(v), locale, digits) }, title: { display: true, text: unitLabel, color: ink, font } },
      y: { position: rtl ? 'right' : 'left', grid: { display: false }, ticks: { color: ink, font, autoSkip: false } },
    },
    plugins: {
      legend: { display: false },
      tooltip: { ...tooltip(rtl, font), callbacks: { label: (item) => (unit === 'EGP' ? fmt(Number(item.raw)) : `${fmt(Number(item.raw))} ${unitLabel}`) } },
    },
  };
  const data = { labels: drawn.map((b) => wrapLabel(b.label, narrow ? 14 : 28)), datasets: [{ label: title, data: drawn.map((b) => b.value), backgroundColor: colors[0] }] };
  return { data, options };
}
