import type { DatePrecision } from '@/lib/format';
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
  /** Who states this value and for when, for the data table (bars of different sources or dates say so). */
  source?: string;
}

/** Offers a PNG with the title and these lines (source, as-of, link) drawn into the image. */
export interface ChartDownload {
  label: string;
  lines: string[];
  filename: string;
}

export interface BarChartProps {
  kind?: 'bar';
  locale: Locale;
  /** The canvas's accessible name. */
  title: string;
  bars: BarDatum[];
  /** Bars in different units each get their own scale, never one shared axis. */
  separateScales?: boolean;
  download?: ChartDownload;
  /** Long lists (one bar per governorate) read better as horizontal bars, one colour, one scale. */
  horizontal?: boolean;
}

/** One dated value of a time series, with the source that states it. */
export interface LinePoint {
  /** The date the value describes, as a day (YYYY-MM-DD); points are spaced by it. */
  date: string;
  precision: DatePrecision;
  /** The date's start when the value covers a period. */
  periodStart?: string | null;
  value: number;
  /** The value exactly as stored (a decimal string), for the table. */
  exact: string;
  /** The source of this point, named in the tooltip and the data table. */
  source: string;
  /** Where the full record of the point is on the page, e.g. "#observation-2". */
  anchor?: string;
}

export interface LineChartProps {
  kind: 'line';
  locale: Locale;
  title: string;
  unit: Unit;
  unitLabel: string;
  /** Oldest first. */
  points: LinePoint[];
  download?: ChartDownload;
}

export type ChartProps = BarChartProps | LineChartProps;
