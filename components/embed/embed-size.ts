/**
 * Default heights of the embed snippets, in CSS pixels: tall enough that the credit line shows without the resize
 * script from 320 to 1280 px wide (measured on the built embeds at 320, 360, 768 and 1280 px, plus a margin for
 * longer titles and a frozen embed's note).
 * With the script the frame takes the embed's own height instead.
 */
export const embedHeight = {
  figure: 460,
  /** Headline charts, by locale (the English text runs longer): at most 1,330 and 1,750 px were measured at 320 px. */
  chart: { ar: 1400, en: 1800 },
} as const;

/** A breakdown embed grows with its bars (the chart is 1.75rem a bar, at least 12rem); the rest measured at most 460 px. */
export function breakdownEmbedHeight(bars: number): number {
  return 560 + Math.max(12, bars * 1.75 + 4) * 16;
}

/** The message an embed posts to the page that frames it. */
export const EMBED_HEIGHT_MESSAGE = 'shafafiya:embed-height';
