import type { Locale } from '@/lib/i18n/locales';
import type { Unit } from '@/lib/vocabulary';

/** Ready-to-plot data: charts never fetch, they draw what the page hands them. */
export interface BarDatum {
  label: string;
  /** A short name for the axis; the table and tooltip keep the full label. */
  shortLabel?: string;
  /** null: a small count of people, published only as "fewer than N" and never drawn. */
  value: number | null;
  unit: Unit;
  /** The unit in words for axis titles and tooltips ("مواطن", "citizens"). */
  unitLabel: string;
  /** The threshold of a value that is only known to be below it. */
  fewerThan?: number;
}

export interface BarChartProps {
  locale: Locale;
  /** The canvas's accessible name. */
  title: string;
  bars: BarDatum[];
  /** Bars in different units each get their own scale, never one shared axis. */
  separateScales?: boolean;
  /** Offers a PNG with the title and these lines (source, as-of, link) drawn into the image. */
  download?: { label: string; lines: string[]; filename: string };
  /** Long lists (one bar per governorate) read better as horizontal bars, one colour, one scale. */
  horizontal?: boolean;
}
