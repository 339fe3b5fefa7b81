import type { DatePrecision } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import type { Unit } from '@/lib/vocabulary';

/** Ready-to-plot data: charts never fetch, they draw what the page hands them. */
export interface BarDatum {
  label: string;
  /** A short name for the axis; the table and tooltip keep the full label. */
  shortLabel?: string;
  /** null: a small count of people, published only as "fewer than N", or a value no source states (`gap`); never drawn. */
  value: number | null;
  /** A value the portal's sources do not state: no bar, and these words in its place on the chart and in the table. */
  gap?: string;
  unit: Unit;
  /** The unit in words for axis titles and tooltips ("مواطن", "citizens"). */
  unitLabel: string;
  /** The threshold of a value that is only known to be below it. */
  fewerThan?: number;
  /** Who states this value and for when, for the data table (bars of different sources or dates say so). */
  source?: string;
}

/** Offers a PNG with the title and these lines drawn into the image, in this order. */
export interface ChartDownload {
  label: string;
  /** The caution and what the chart does not show, then each source with its date. */
  lines: string[];
  /** The chart's address on the portal, drawn last (always left to right). */
  url: string;
  filename: string;
}

export interface BarChartProps {
  kind?: 'bar';
  locale: Locale;
  /** The canvas's accessible name. */
  title: string;
  /** All of one unit, on one scale from zero: the portal never draws twin axes. */
  bars: BarDatum[];
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
