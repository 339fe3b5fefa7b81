import 'server-only';
import { createCanvas } from '@napi-rs/canvas';
import type { FigureRecord, SourceRecord } from '../api/schemas';
import { formatDate, formatValue } from '../format';
import type { Locale } from '../i18n/locales';
import { ensureFonts, wrapText } from './canvas-text';

export interface CardWords {
  site: string;
  measure: string;
  asOf: string;
  unit: string;
  source: string;
  /** "Whose study, as reported by whom", already worded for the locale. */
  attribution: string;
}

/** A 1200×630 share image of a figure: label, value, kind, date, source and link, right to left in Arabic. */
export function renderFigureCard(figure: FigureRecord, source: SourceRecord | null, locale: Locale, words: CardWords): Buffer {
  const family = ensureFonts();
  const W = 1200;
  const H = 630;
  const pad = 72;
  const rtl = locale === 'ar';
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#faf8f4';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = '#0b5c4c';
  ctx.fillRect(0, 0, W, 14);
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  const x = rtl ? W - pad : pad;

  ctx.fillStyle = '#0b5c4c';
  ctx.font = `700 34px ${family}`;
  ctx.fillText(words.site, x, 86);

  ctx.fillStyle = '#4d5a56';
  ctx.font = `500 40px ${family}`;
  let y = 160;
  for (const line of wrapText(ctx, figure.label[locale], W - 2 * pad, 2)) {
    ctx.fillText(line, x, y);
    y += 54;
  }

  const value = formatValue(figure.value, figure.unit, locale, 'latn');
  ctx.fillStyle = '#1c2321';
  ctx.font = `800 112px ${family}`;
  ctx.fillText(figure.unit === 'EGP' ? value : `${value} ${words.unit}`, x, y + 110);

  ctx.fillStyle = '#0b5c4c';
  ctx.font = `600 34px ${family}`;
  const asOf = formatDate(new Date(`${figure.asOf}T00:00:00Z`), locale, figure.asOfPrecision, 'latn');
  ctx.fillText(`${words.measure} · ${words.asOf} ${asOf}`, x, y + 180);

  ctx.fillStyle = '#4d5a56';
  ctx.font = `400 26px ${family}`;
  const sourceText = source ? `${words.source}: ${words.attribution}` : '';
  wrapText(ctx, sourceText, W - 2 * pad, 2).forEach((line, i) => ctx.fillText(line, x, H - 110 + i * 34));
  ctx.direction = 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.font = `400 24px ${family}`;
  ctx.fillText(figure.versionUrl.replace('/ar/', `/${locale}/`), x, H - 30);
  return canvas.toBuffer('image/png');
}
