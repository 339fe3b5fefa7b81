import 'server-only';
import type { FigureView } from '../data/types';
import { formatDate, formatValue } from '../format';
import { type Locale, directionOf } from '../i18n/locales';
import { siteUrl } from '../site';
import { ensureFonts, newCard, wrapText } from './canvas-text';

export interface CardWords {
  site: string;
  measure: string;
  asOf: string;
  unit: string;
  source: string;
  /** The work and "whose study, as reported by whom" of the shown observation, already worded for the locale. */
  attribution: string;
  /** The observation's public note, or the warning that its quote does not state the value; null when neither. */
  check: string | null;
}

/**
 * A 1200×630 share image of a figure: label, value, kind, date and source of its headline observation (never
 * another observation's), and the permanent link, right to left in Arabic.
 */
export function renderFigureCard(figure: FigureView, locale: Locale, words: CardWords): Buffer {
  const family = ensureFonts();
  const W = 1200;
  const H = 630;
  const pad = 72;
  const rtl = directionOf(locale) === 'rtl';
  const { canvas, ctx } = newCard(W, H);
  ctx.direction = rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  const x = rtl ? W - pad : pad;

  ctx.fillStyle = '#0b5c4c';
  ctx.font = `700 34px ${family}`;
  ctx.fillText(words.site, x, 86);

  ctx.fillStyle = '#4d5a56';
  ctx.font = `500 40px ${family}`;
  let y = 160;
  for (const line of wrapText(ctx, figure.label, W - 2 * pad, 2)) {
    ctx.fillText(line, x, y);
    y += 54;
  }

  const value = formatValue(figure.value, figure.unit, locale, 'latn');
  ctx.fillStyle = '#1c2321';
  ctx.font = `800 112px ${family}`;
  ctx.fillText(figure.unit === 'EGP' ? value : `${value} ${words.unit}`, x, y + 110);

  ctx.fillStyle = '#0b5c4c';
  ctx.font = `600 34px ${family}`;
  const asOf = formatDate(figure.asOf, locale, figure.asOfPrecision, 'latn');
  ctx.fillText(`${words.measure} · ${words.asOf} ${asOf}`, x, y + 180);

  if (words.check) {
    ctx.fillStyle = '#7a1f1f';
    ctx.font = `600 24px ${family}`;
    ctx.fillText(wrapText(ctx, words.check, W - 2 * pad, 1)[0] ?? '', x, y + 222);
  }

  ctx.fillStyle = '#4d5a56';
  ctx.font = `400 26px ${family}`;
  wrapText(ctx, `${words.source}: ${words.attribution}`, W - 2 * pad, 2).forEach((line, i) => ctx.fillText(line, x, H - 110 + i * 34));
  ctx.direction = 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.font = `400 24px ${family}`;
  ctx.fillText(`${siteUrl()}/${locale}/figures/${figure.slug}/v/${figure.version}`, x, H - 30);
  return canvas.toBuffer('image/png');
}
