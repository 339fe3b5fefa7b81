'use client';

import { useMemo } from 'react';
import { Chart as ChartJS, LinearScale, LineElement, PointElement, Tooltip, type ChartOptions } from 'chart.js';
import { Line } from 'react-chartjs-2';
import { formatDate, formatValue, intlLocale, type Digits } from '@/lib/format';
import { cssVar, useChartCanvas } from './canvas-support';
import { labelFitPlugin } from './fit-plugin';
import { PngButton } from './PngButton';
import type { LineChartProps } from './types';
import { directionOf } from '@/lib/i18n/locales';

ChartJS.register(LineElement, PointElement, LinearScale, Tooltip, labelFitPlugin);

const time = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** A figure's values over time, spaced by the dates they describe, one tick per value. */
export default function LineChartCanvas({ locale, title, unit, unitLabel, points, download }: LineChartProps) {
  const { chartRef, digits } = useChartCanvas<ChartJS<'line', { x: number; y: number }[]>>();
  const rtl = directionOf(locale) === 'rtl';

  const { data, options } = useMemo(() => {
    const color = cssVar('--chart-1');
    const ink = cssVar('--ink');
    const line = cssVar('--line');
    const font = { family: cssVar('--font-sans') || 'sans-serif', size: 14 };
    const fmt = (v: number) => formatValue(v, unit, locale, digits);
    const xs = points.map((p) => time(p.date));
    const byX = new Map(points.map((p, i) => [xs[i], p]));
    const when = (x: number) => {
      const p = byX.get(x);
      return p ? formatDate(new Date(x), locale, p.precision, digits) : '';
    };
    // Room at both ends so the first and last points are not cut in half.
    const span = Math.max(xs[xs.length - 1] - xs[0], 86_400_000);
    const chartOptions: ChartOptions<'line'> = {
      responsive: true,
      maintainAspectRatio: false,
      locale: intlLocale(locale, digits),
      animation: false,
      scales: {
        x: {
          type: 'linear',
          reverse: rtl,
          min: xs[0] - span * 0.06,
          max: xs[xs.length - 1] + span * 0.06,
          // One tick per value, at its own date, rather than evenly spaced numbers.
          afterBuildTicks: (axis) => {
            axis.ticks = xs.map((value) => ({ value }));
          },
          ticks: { color: ink, font, autoSkip: false, maxRotation: 0, callback: (v) => when(Number(v)) },
          grid: { color: line },
        },
        y: {
          position: rtl ? 'right' : 'left',
          beginAtZero: true,
          grid: { color: line },
          title: { display: true, text: unitLabel, color: ink, font },
          ticks: { color: ink, font, callback: (v) => fmt(Number(v)) },
        },
      },
      plugins: {
        legend: { display: false },
        tooltip: {
          rtl,
          textDirection: rtl ? 'rtl' : 'ltr',
          bodyFont: font,
          titleFont: font,
          callbacks: {
            title: (items) => when(Number(items[0]?.parsed.x)),
            label: (item) => (unit === 'EGP' ? fmt(Number(item.parsed.y)) : `${fmt(Number(item.parsed.y))} ${unitLabel}`),
            afterLabel: (item) => points[item.dataIndex]?.source ?? '',
          },
        },
      },
    };
    const dataset = { label: title, data: points.map((p, i) => ({ x: xs[i], y: p.value })), borderColor: color, backgroundColor: color, pointRadius: 5, pointHoverRadius: 7, borderWidth: 2 };
    return { data: { datasets: [dataset] }, options: chartOptions };
  }, [points, digits, locale, rtl, title, unit, unitLabel]);

  return (
    <>
      <div className="relative h-72 w-full">
        <Line ref={chartRef} data={data} options={options} aria-label={title} role="img" fallbackContent={<p>{title}</p>} />
      </div>
      {download ? <PngButton chart={() => chartRef.current?.canvas} title={title} download={download} rtl={rtl} /> : null}
    </>
  );
}
