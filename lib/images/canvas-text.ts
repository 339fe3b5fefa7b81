import 'server-only';
import path from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';

const fontDir = path.join(/*turbopackIgnore: true*/ process.cwd(), 'node_modules', '@fontsource-variable', 'noto-sans-arabic', 'files');
let registered = false;

/** Registers the self-hosted Arabic and Latin faces once; Skia shapes Arabic through HarfBuzz. */
export function ensureFonts(): string {
  if (!registered) {
    GlobalFonts.registerFromPath(path.join(fontDir, 'noto-sans-arabic-arabic-wght-normal.woff2'), 'PortalArabic');
    GlobalFonts.registerFromPath(path.join(fontDir, 'noto-sans-arabic-latin-wght-normal.woff2'), 'PortalLatin');
    registered = true;
  }
  return 'PortalArabic, PortalLatin';
}

/** A blank share image in the portal's colours: paper background and the brand bar across the top. */
export function newCard(width: number, height: number) {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#faf8f4';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#0b5c4c';
  ctx.fillRect(0, 0, width, 14);
  return { canvas, ctx };
}

/** Splits text into lines that fit maxWidth at the context's current font. */
export function wrapText(ctx: SKRSContext2D, text: string, maxWidth: number, maxLines = 3): string[] {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (ctx.measureText(candidate).width <= maxWidth || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) return [...lines.slice(0, maxLines - 1), `${lines.slice(maxLines - 1).join(' ').slice(0, 60)}…`];
  return lines;
}
