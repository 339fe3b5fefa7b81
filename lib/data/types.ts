import type { DatePrecision } from '../format';
import type { BreakdownDimension, Measure, NotStatedKind, SourceKind, Unit } from '../vocabulary';
import type { Disclosed } from '../small-count';
import type { Retirement } from './retired';
import type { Locale } from '@/lib/i18n/locales';
import type { figureFields } from '../records/figure';
import type { initiativeFields } from '../records/initiative';
import type { observationFields } from '../records/observation';
import type { RecordView } from '../records/view';


/** Plain, localized shapes the pages receive; nothing from Prisma leaks past lib/data. */
export interface SourceRef {
  slug: string;
  kind: SourceKind;
  publisher: string;
  /** The headline or title as published. */
  title: string;
  /** The work's own title, when the source gives it apart from the headline. */
  workTitle: string | null;
  author: string | null;
  /** The copy the portal keeps; `path` is served by every instance. */
  archive: SourceArchiveRef | null;
  origin: string | null;
  language: Locale;
  publishedOn: Date | null;
  publishedPrecision: DatePrecision;
  url: string | null;
  quote: string;
  quoteTranslation: string | null;
  accessedOn: Date | null;
  /** Set once the source is retired: it leaves lists; where it is cited, it still reads in full. */
  retired?: Retirement | null;
}

export interface SourceArchiveRef {
  sha256: string;
  fileName: string;
  mediaType: string;
  byteSize: number;
  /** Site-relative download path, e.g. /api/v1/sources/<slug>/archive/<sha256>. */
  path: string;
}

/** One value of a figure as one source states it, for the date or period it describes. */
/** One observation: its declared fields (lib/records/observation.ts) as a page reads them, its source and revision. */
export interface ObservationView extends RecordView<typeof observationFields> {
  /** Permanent within the figure: /figures/<slug>#observation-<number>. */
  number: number;
  /** 1 unless corrected; each correction is a new revision on the record. */
  revision: number;
  /** Whether the quote itself states the value (checked when read, so old data is flagged too). */
  quoteStatesValue: boolean;
  source: SourceRef;
  publishedAt: Date;
}

/**
 * A figure: what it means, plus its headline observation flattened (value, date, quote and source are ALWAYS that
 * observation's, so nothing can show a value under another value's source), and all its observations.
 */
export interface FigureView extends Omit<RecordView<typeof figureFields>, 'scope'> {
  slug: string;
  value: string;
  asOf: Date;
  asOfPrecision: DatePrecision;
  scope: string;
  governorate: { code: string; name: string } | null;
  quote: string;
  quoteTranslation: string | null;
  source: SourceRef;
  /** The headline observation the flat fields above come from. */
  observation: ObservationView;
  /** Every observation, oldest date first. */
  observations: ObservationView[];
  /** What the figure's sources leave out, with the reader's-language note when there is one. */
  notStated: { kind: NotStatedKind; note: string | null }[];
  initiative: { slug: string; name: string } | null;
  version: number;
  updatedAt: Date;
  /** Set once the figure is retired: its pages show when and why; lists leave it out. */
  retired?: Retirement | null;
}

/** An initiative page: its own fields as declared (lib/records/initiative.ts) in the reader's language, its source and figures. */
export interface InitiativeView extends RecordView<typeof initiativeFields> {
  slug: string;
  source: SourceRef;
  /** Its figures still listed (retired ones leave). */
  figures: FigureView[];
  retired?: Retirement | null;
}

export interface GovernorateView {
  code: string;
  name: string;
  tileRow: number;
  tileCol: number;
}

/** The figure a breakdown splits, as breakdown pages, downloads and the API name it. */
export interface BreakdownFigureRef {
  slug: string;
  label: string;
  unit: Unit;
  measure: Measure;
}

export interface BreakdownSummary {
  id: number;
  title: string;
  dimension: BreakdownDimension;
  figure: BreakdownFigureRef;
  publishedAt: Date;
  valueCount: number;
}

/** One published value; a small count of people arrives already disclosed as "fewer than N". */
export interface BreakdownRow {
  governorate: GovernorateView | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  value: Disclosed;
}

export interface BreakdownView extends BreakdownSummary {
  source: SourceRef | null;
  rows: BreakdownRow[];
}

/** A breakdown's value in one governorate, for that governorate's page. */
export interface GovernorateBreakdownEntry {
  breakdown: BreakdownSummary;
  value: Disclosed;
}
