import { cssVar } from './canvas-support';
import type { ChartDownload } from './types';

/** What one PNG holds: every text line as drawn (after wrapping), and the widths that must fit. */
export interface DrawnPng {
  canvas: HTMLCanvasElement;
  lines: string[];
  width: number;
  height: number;
  /** The widest drawn line and the room it had, in image pixels. */
  widestLine: number;
  textWidth: number;
}

const SCALE = 2;

/**
 * Draws the chart with its whole title, caution, sources with dates and link into one image twice the chart's
 * on-screen size. Every line is wrapped to the chart's width, and a word longer than that (a link) is broken, so
 * nothing is cut at the image's edge at any width; the browser shapes Arabic.
 */
export async function drawChartPng(chart: HTMLCanvasElement, title: string, download: ChartDownload, rtl: boolean): Promise<DrawnPng> {
  const family = cssVar('--font-sans') || 'sans-serif';
  const titleFont = `700 ${20 * SCALE}px ${family}`;
  const lineFont = `400 ${13 * SCALE}px ${family}`;
  // The canvas draws with whatever font is loaded: wait for the glyphs the text needs.
  await Promise.all([document.fonts?.load(titleFont, title), document.fonts?.load(lineFont, download.lines.join(' '))]).catch(() => undefined);

  const cssWidth = chart.clientWidth || chart.width;
  const cssHeight = chart.clientHeight || chart.height;
  const pad = 24 * SCALE;
  const textWidth = Math.max(cssWidth, 280) * SCALE;
  const out = document.createElement('canvas');
  const ctx = out.getContext('2d')!;
  const wrap = (text: string, font: string, dir: CanvasDirection) => wrapToWidth(ctx, font, dir, text, textWidth);

  const titleLines = wrap(title, titleFont, rtl ? 'rtl' : 'ltr');
  const blocks = download.lines.map((l) => wrap(l, lineFont, rtl ? 'rtl' : 'ltr'));
  const urlLines = wrap(download.url, lineFont, 'ltr');
  const titleStep = 30 * SCALE;
  const lineStep = 20 * SCALE;
  const gap = 6 * SCALE;
  const chartTop = pad + titleLines.length * titleStep + 10 * SCALE;
  const textTop = chartTop + cssHeight * SCALE + 16 * SCALE;
  const textHeight = [...blocks, urlLines].reduce((h, b) => h + b.length * lineStep + gap, 0);
  out.width = textWidth + 2 * pad;
  out.height = textTop + textHeight + pad;

  // Resizing the canvas reset its state: set it all now.
  ctx.fillStyle = cssVar('--surface') || '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = cssVar('--ink') || '#000';
  ctx.textBaseline = 'top';
  const x = rtl ? out.width - pad : pad;
  ctx.textAlign = rtl ? 'right' : 'left';
  let widestLine = 0;
  const draw = (line: string, font: string, dir: CanvasDirection, y: number) => {
    ctx.font = font;
    ctx.direction = dir;
    widestLine = Math.max(widestLine, ctx.measureText(line).width);
    ctx.fillText(line, x, y);
  };
  titleLines.forEach((l, i) => draw(l, titleFont, rtl ? 'rtl' : 'ltr', pad + i * titleStep));
  ctx.drawImage(chart, (out.width - cssWidth * SCALE) / 2, chartTop, cssWidth * SCALE, cssHeight * SCALE);
  let y = textTop;
  for (const block of blocks) {
    for (const l of block) draw(l, lineFont, rtl ? 'rtl' : 'ltr', (y += lineStep) - lineStep);
    y += gap;
  }
  ctx.fillStyle = cssVar('--brand') || ctx.fillStyle;
  for (const l of urlLines) draw(l, lineFont, 'ltr', (y += lineStep) - lineStep);
  return { canvas: out, lines: [...titleLines, ...blocks.flat(), ...urlLines], width: out.width, height: out.height, widestLine, textWidth };
}

/** Splits text at spaces into lines no wider than `width`; a single word wider than that is split where it must be. */
export function wrapToWidth(ctx: CanvasRenderingContext2D, font: string, direction: CanvasDirection, text: string, width: number): string[] {
  ctx.font = font;
  ctx.direction = direction;
  const fits = (s: string) => ctx.measureText(s).width <= width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) {
      line = next;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A link or number longer than the line: break it, preferring after "/", "#", "?" or "-".
    while (!fits(line)) {
      let cut = line.length - 1;
      while (cut > 1 && !fits(line.slice(0, cut))) cut--;
      const soft = Math.max(...['/', '#', '?', '-'].map((c) => line.lastIndexOf(c, cut - 1) + 1));
      const at = soft > cut / 2 ? soft : cut;
      lines.push(line.slice(0, at));
      line = line.slice(at);
    }
  }
  if (line) lines.push(line);
  return lines;
}
