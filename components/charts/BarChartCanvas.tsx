'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip, type ChartOptions, type Plugin } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatCompact, formatValue, intlLocale } from '@/lib/format';
import { horizontalConfig, wrapLabel } from './bar-config';
import { cssVar, useChartCanvas } from './canvas-support';
import { labelFitPlugin } from './fit-plugin';
import { PngButton } from './PngButton';
import type { BarChartProps, BarDatum } from './types';
import { directionOf } from '@/lib/i18n/locales';

ChartJS.register(BarElement, CategoryScale, LinearScale, Tooltip, Legend, labelFitPlugin);

/** Below this width (a phone) labels get a smaller font and wrap onto more lines. */
const NARROW = 480;

/** Writes "not stated" in the slot of a value no source gives, with a dashed stub on the baseline: a gap, not a zero. */
function gapPlugin(bars: BarDatum[], font: { family: string; size: number }, muted: string): Plugin<'bar'> {
  return {
    id: 'shafafiyaGaps',
    afterDatasetsDraw(chart) {
      const x = chart.scales.x;
      const y = chart.scales.y;
      const { ctx } = chart;
      bars.forEach((b, i) => {
        if (b.value !== null || !b.gap) return;
        const cx = x.getPixelForValue(i);
        const slot = (x.width / bars.length) * 0.8;
        const base = y.getPixelForValue(0);
        ctx.save();
        ctx.strokeStyle = muted;
        ctx.fillStyle = muted;
        ctx.setLineDash([6, 4]);
        ctx.lineWidth = 2;
        ctx.strokeRect(cx - slot / 4, base - 24, slot / 2, 24);
        ctx.setLineDash([]);
        ctx.font = `${font.size}px ${font.family}`;
        ctx.textAlign = 'center';
        ctx.textBaseline = 'bottom';
        const words = b.gap.split(' ');
        const lines = [words.shift()!];
        for (const w of words) {
          const next = `${lines[lines.length - 1]} ${w}`;
          if (ctx.measureText(next).width <= slot) lines[lines.length - 1] = next;
          else lines.push(w);
        }
        lines.reverse().forEach((line, j) => ctx.fillText(line, cx, base - 32 - j * (font.size + 4)));
        ctx.restore();
      });
    },
  };
}

export default function BarChartCanvas({ locale, title, bars, horizontal = false, download }: BarChartProps) {
  const { chartRef, digits } = useChartCanvas<ChartJS<'bar', (number | null)[]>>();
  const rtl = directionOf(locale) === 'rtl';
  const box = useRef<HTMLDivElement>(null);
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setNarrow(el.clientWidth < NARROW));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const { data, options, plugins } = useMemo(() => {
    const colors = [cssVar('--chart-1'), cssVar('--chart-2')];
    const ink = cssVar('--ink');
    const line = cssVar('--line');
    const font = { family: cssVar('--font-sans') || 'sans-serif', size: narrow ? 12 : 14 };
    if (horizontal) return { ...horizontalConfig({ locale, title, bars }, digits, { colors, ink, line, font }, narrow), plugins: [] };
    // One scale for every bar: the bars share a unit (headline-charts makes sure of it).
    const unit = bars.find((b) => b.value !== null)?.unit ?? bars[0]?.unit ?? 'people';
    const unitLabel = bars[0]?.unitLabel ?? '';
    const fmt = (v: number) => formatValue(v, unit, locale, digits);
    // Ticks are bare numbers ("2 مليار") and the axis title names the unit once, so the axis stays narrow on a phone.
    const tick = (v: number) => formatCompact(v, locale, digits);
    const chartOptions: ChartOptions<'bar'> = {
      responsive: true,
      maintainAspectRatio: false,
      locale: intlLocale(locale, digits),
      animation: false,
      layout: { padding: { top: 8, left: 4, right: 4 } },
      scales: {
        x: { reverse: rtl, ticks: { color: ink, font, autoSkip: false, maxRotation: 0 }, grid: { display: false } },
        y: {
          position: rtl ? 'right' : 'left',
          beginAtZero: true,
          grid: { color: line },
          title: { display: true, text: unitLabel, color: ink, font, padding: { top: 0, bottom: 6 } },
          ticks: { color: ink, font, maxTicksLimit: narrow ? 5 : 7, callback: (v: string | number) => tick(Number(v)) },
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
            title: (items) => bars[items[0]?.dataIndex ?? 0]?.label ?? '',
            label: (item) => {
              const b = bars[item.dataIndex];
              return b.unit === 'EGP' ? fmt(b.value ?? 0) : `${fmt(b.value ?? 0)} ${b.unitLabel}`;
            },
          },
        },
      },
    };
    // On a phone each word of a column's label gets its own line, so neighbouring labels never touch.
    const labels = bars.map((b) => wrapLabel(b.shortLabel ?? b.label, narrow ? 1 : 22));
    const dataset = { label: title, data: bars.map((b) => b.value), backgroundColor: bars.map((_, i) => colors[i % colors.length]) };
    return { data: { labels, datasets: [dataset] }, options: chartOptions, plugins: [gapPlugin(bars, font, cssVar('--muted') || ink)] };
  }, [bars, digits, locale, rtl, horizontal, title, narrow]);

  // Horizontal charts grow with their bars so every label stays readable.
  const drawn = bars.filter((b) => b.value !== null).length;
  const height = horizontal ? `${Math.max(12, drawn * 1.75 + 4)}rem` : '18rem';
  return (
    <>
      <div ref={box} className="relative w-full" style={{ height }}>
        <Bar key={narrow ? 'narrow' : 'wide'} ref={chartRef} data={data} options={options} plugins={plugins} aria-label={title} role="img" fallbackContent={<p>{title}</p>} />
      </div>
      {download ? <PngButton chart={() => chartRef.current?.canvas} title={title} download={download} rtl={rtl} /> : null}
    </>
  );
}
