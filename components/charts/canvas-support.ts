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
  const font = cssVar('--font-sans') || 'sans-serif';
  const out = document.createElement('canvas');
  out.width = chart.width + 2 * pad;
  const ctx = out.getContext('2d')!;
  // Title and source lines wrap to the chart's width, so nothing is cut at the image's edge.
  const titleFont = `700 ${20 * scale}px ${font}`;
  const lineFont = `400 ${13 * scale}px ${font}`;
  const titleLines = wrapToWidth(ctx, titleFont, title, chart.width);
  const sourceLines = download.lines.flatMap((line) => wrapToWidth(ctx, lineFont, line, chart.width));
  const titleHeight = titleLines.length * 28 * scale;
  out.height = pad + titleHeight + 12 * scale + chart.height + 16 * scale + sourceLines.length * 22 * scale + pad;
  ctx.fillStyle = cssVar('--surface') || '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = cssVar('--ink') || '#000';
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  const x = rtl ? out.width - pad : pad;
  ctx.font = titleFont;
  titleLines.forEach((line, i) => ctx.fillText(line, x, pad + (20 + i * 28) * scale));
  const chartTop = pad + titleHeight + 12 * scale;
  ctx.drawImage(chart, pad, chartTop);
  ctx.font = lineFont;
  sourceLines.forEach((line, i) => ctx.fillText(line, x, chartTop + chart.height + (28 + i * 22) * scale));
  const a = document.createElement('a');
  a.href = out.toDataURL('image/png');
  a.download = download.filename;
  a.click();
}

/** Splits text at spaces into lines no wider than `width` in `font`. */
function wrapToWidth(ctx: CanvasRenderingContext2D, font: string, text: string, width: number): string[] {
  ctx.font = font;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
