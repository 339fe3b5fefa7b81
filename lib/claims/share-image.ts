import 'server-only';
import type { SKRSContext2D } from '@napi-rs/canvas';
import { type Locale, directionOf } from '../i18n/locales';
import { ensureFonts, newCard } from '../images/canvas-text';
import type { Verdict } from './types';
import { wrapWords } from './share-image-wrap';

/** Everything the share image says, already worded in the reader's language. */
export interface CheckCardWords {
  site: string;
  title: string;
  claim: string;
  /** One line per number: its value and the verdict about the source. */
  verdicts: string[];
  /** Each verdict line's verdict, for its colour; null for a line that is none. */
  verdictKinds?: (Verdict | null)[];
  kinds: string | null;
  /** For a "does not say" verdict, what the source says instead, in one line. */
  sourceSays?: string | null;
  /** The source's exact words (Arabic), its translation on English images, and who states it. */
  quote: string | null;
  translation: string | null;
  source: string | null;
  link: string;
}

const W = 1200;
const H = 630;
const PAD = 64;

/** A verdict's colour, never on colour alone (the words say it): brand for matches, neutral for not-stated, warning for differs. */
export const VERDICT_COLOURS: Record<Verdict, string> = { matches: '#0b5c4c', 'not-stated': '#4d5a56', differs: '#9a4f12' };

/** Draws lines at the reading edge: right in Arabic, left in English; Arabic text is shaped by Skia. */
function lines(ctx: SKRSContext2D, text: string, opts: { y: number; size: number; weight: number; colour: string; max: number; rtl: boolean; family: string; gap?: number }): number {
  ctx.font = `${opts.weight} ${opts.size}px ${opts.family}`;
  ctx.fillStyle = opts.colour;
  ctx.direction = opts.rtl ? 'rtl' : 'ltr';
  ctx.textAlign = 'start';
  const x = opts.rtl ? W - PAD : PAD;
  let y = opts.y;
  for (const line of wrapWords((x) => ctx.measureText(x).width, text, W - 2 * PAD, opts.max)) {
    ctx.fillText(line, x, y);
    y += opts.gap ?? Math.round(opts.size * 1.45);
  }
  return y;
}

/** A 1200×630 PNG: the claim, each number's verdict, the kinds of difference, the source's quote and who states it. */
export function renderCheckCard(words: CheckCardWords, locale: Locale): Buffer {
  const family = ensureFonts();
  const rtl = directionOf(locale) === 'rtl';
  const { canvas, ctx } = newCard(W, H);

  let y = lines(ctx, `${words.site} · ${words.title}`, { y: 70, size: 30, weight: 700, colour: '#0b5c4c', max: 1, rtl, family });
  y = lines(ctx, words.claim, { y: y + 8, size: 34, weight: 600, colour: '#1c2321', max: 2, rtl, family });
  words.verdicts.slice(0, 3).forEach((verdict, i) => {
    const kind = words.verdictKinds?.[i];
    y = lines(ctx, verdict, { y: y + 2, size: 30, weight: 800, colour: kind ? VERDICT_COLOURS[kind] : '#1c2321', max: 1, rtl, family });
  });
  if (words.kinds) y = lines(ctx, words.kinds, { y: y + 2, size: 26, weight: 600, colour: '#0b5c4c', max: 1, rtl, family });
  if (words.sourceSays) {
    // What the source says instead, in one line.
    y = lines(ctx, words.sourceSays, { y: y + 24, size: 26, weight: 600, colour: '#1c2321', max: 1, rtl, family });
  } else if (words.quote) {
    const top = y + 2;
    // The quote is the source's own Arabic words, right to left on every image.
    y = lines(ctx, `«${words.quote}»`, { y: y + 30, size: 26, weight: 400, colour: '#1c2321', max: 2, rtl: true, family });
    if (words.translation) y = lines(ctx, words.translation, { y, size: 22, weight: 400, colour: '#4d5a56', max: 2, rtl: false, family });
    ctx.fillStyle = '#0b5c4c';
    ctx.fillRect(rtl ? W - PAD + 12 : PAD - 20, top, 6, y - top - 18);
  }
  if (words.source) lines(ctx, words.source, { y: H - 78, size: 22, weight: 400, colour: '#4d5a56', max: 1, rtl, family });
  ctx.direction = 'ltr';
  ctx.textAlign = rtl ? 'right' : 'left';
  ctx.font = `400 22px ${family}`;
  ctx.fillStyle = '#4d5a56';
  ctx.fillText(words.link, rtl ? W - PAD : PAD, H - 34);
  return canvas.toBuffer('image/png');
}
