'use client';

import { useMemo } from 'react';
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip, type ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatValue, intlLocale, type Digits } from '@/lib/format';
import { horizontalConfig } from './bar-config';
import { cssVar, useChartCanvas } from './canvas-support';
import { PngButton } from './PngButton';
import type { BarChartProps } from './types';

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export default function BarChartCanvas({ locale, title, bars, separateScales = false, horizontal = false, download }: BarChartProps) {
  const { chartRef, digits } = useChartCanvas<ChartJS<'bar', (number | null)[]>>();
  const rtl = locale === 'ar';

  const { data, options } = useMemo(() => {
    const colors = [cssVar('--chart-1'), cssVar('--chart-2')];
    const ink = cssVar('--ink');
    const line = cssVar('--line');
    const font = { family: cssVar('--font-sans') || 'sans-serif', size: 14 };
    if (horizontal) return horizontalConfig({ locale, title, bars }, digits, { colors, ink, line, font });
    const fmt = (v: number, unit: string) => formatValue(v, unit, locale, digits);
    const axisIds = bars.map((_, i) => (separateScales ? `y${i}` : 'y'));
    const datasets = bars.map((b, i) => ({
      label: b.label,
      data: bars.map((_, j) => (j === i ? b.value : null)),
      backgroundColor: colors[i % colors.length],
      yAxisID: axisIds[i],
      grouped: false,
      unitLabel: b.unitLabel,
      unit: b.unit,
    }));
    // One shared axis (from the first bar) or one axis per bar; never a later bar's settings over the shared one.
    const axisBars = separateScales ? bars : bars.slice(0, 1);
    const yScales = Object.fromEntries(
      axisBars.map((b, i) => [
        axisIds[i],
        {
          position: (i === 0) === rtl ? ('right' as const) : ('left' as const),
          beginAtZero: true,
          grid: { color: line, drawOnChartArea: i === 0 },
          title: { display: true, text: b.unitLabel, color: ink, font },
          ticks: { color: ink, font, callback: (v: string | number) => fmt(Number(v), b.unit) },
        },
      ]),
    );
    const chartOptions: ChartOptions<'bar'> = {
      responsive: true,
      maintainAspectRatio: false,
      locale: intlLocale(locale, digits),
      animation: false,
      scales: { x: { reverse: rtl, ticks: { color: ink, font }, grid: { display: false } }, ...yScales },
      plugins: {
        legend: { display: false, rtl, textDirection: rtl ? 'rtl' : 'ltr' },
        tooltip: {
          rtl,
          textDirection: rtl ? 'rtl' : 'ltr',
          bodyFont: font,
          titleFont: font,
          filter: (item) => item.raw !== null,
          callbacks: {
            title: (items) => bars[items[0]?.dataIndex ?? 0]?.label ?? '',
            label: (item) => {
              const b = bars[item.datasetIndex];
              return b.unit === 'EGP' ? fmt(b.value ?? 0, b.unit) : `${fmt(b.value ?? 0, b.unit)} ${b.unitLabel}`;
            },
          },
        },
      },
    };
    return { data: { labels: bars.map((b) => b.shortLabel ?? b.label), datasets }, options: chartOptions };
  }, [bars, digits, locale, rtl, separateScales, horizontal, title]);

  // Horizontal charts grow with their bars so every label stays readable.
  const drawn = bars.filter((b) => b.value !== null).length;
  const height = horizontal ? `${Math.max(12, drawn * 1.75 + 4)}rem` : '18rem';
  return (
    <>
      <div className="relative w-full" style={{ height }}>
        <Bar ref={chartRef} data={data} options={options} aria-label={title} role="img" fallbackContent={<p>{title}</p>} />
      </div>
      {download ? <PngButton chart={() => chartRef.current?.canvas} title={title} download={download} rtl={rtl} /> : null}
    </>
  );
}
