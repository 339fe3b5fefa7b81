import { useEffect, useRef, useState } from 'react';
import type { Digits } from '@/lib/format';
import type { ChartDownload } from './types';

/** What the chart canvases share: theme colours from CSS, the reader's digits, and the PNG download. */
export function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

export function currentDigits(): Digits {
  return document.documentElement.dataset.digits === 'arab' ? 'arab' : 'latn';
}

/** A chart's ref and the reader's digits: redrawn once web fonts are ready, re-read when the reader switches digits. */
export function useChartCanvas<T extends { update(): void }>() {
  const chartRef = useRef<T>(null);
  const [digits, setDigits] = useState<Digits>(currentDigits);
  useEffect(() => {
    // Web fonts load after the canvas measures its labels: redraw once they are ready.
    document.fonts?.ready.then(() => chartRef.current?.update());
    const onDigits = () => setDigits(currentDigits());
    window.addEventListener('digitschange', onDigits);
    return () => window.removeEventListener('digitschange', onDigits);
  }, []);
  return { chartRef, digits };
}

/** Draws the chart with its title, source line, as-of date and link into one PNG (the browser shapes Arabic). */
export function savePng(chart: HTMLCanvasElement, title: string, download: ChartDownload, rtl: boolean) {
  const scale = 2;
  const pad = 24 * scale;
  const out = document.createElement('canvas');
  out.width = chart.width + 2 * pad;
  out.height = chart.height + pad * 2 + 60 * scale + download.lines.length * 22 * scale;
  const ctx = out.getContext('2d')!;
  const font = cssVar('--font-sans') || 'sans-serif';
  ctx.fillStyle = cssVar('--surface') || '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = cssVar('--ink') || '#000';
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  const x = rtl ? out.width - pad : pad;
  ctx.font = `700 ${20 * scale}px ${font}`;
  ctx.fillText(title, x, pad + 20 * scale);
  ctx.drawImage(chart, pad, pad + 40 * scale);
  ctx.font = `400 ${13 * scale}px ${font}`;
  download.lines.forEach((line, i) => ctx.fillText(line, x, pad + 40 * scale + chart.height + (28 + i * 22) * scale));
  const a = document.createElement('a');
  a.href = out.toDataURL('image/png');
  a.download = download.filename;
  a.click();
}
