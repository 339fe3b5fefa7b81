import type { DatePrecision } from '../format';
import type { InitiativeKind, InitiativeStatus, Measure, Unit } from '../vocabulary';


/** Plain, localized shapes the pages receive; nothing from Prisma leaks past lib/data. */
export interface SourceRef {
  slug: string;
  publisher: string;
  title: string;
  origin: string | null;
  language: 'ar' | 'en';
  publishedOn: Date | null;
  publishedPrecision: DatePrecision;
  url: string | null;
  quote: string;
  quoteTranslation: string | null;
  accessedOn: Date | null;
}

export interface FigureView {
  slug: string;
  label: string;
  definition: string;
  unit: Unit;
  measure: Measure;
  value: string;
  asOf: Date;
  asOfPrecision: DatePrecision;
  scope: string;
  governorate: { code: string; name: string } | null;
  quote: string;
  quoteTranslation: string | null;
  source: SourceRef;
  initiative: { slug: string; name: string } | null;
  version: number;
  updatedAt: Date;
}

export interface InitiativeView {
  slug: string;
  name: string;
  summary: string;
  body: string;
  kind: InitiativeKind;
  startDate: Date | null;
  startPrecision: DatePrecision | null;
  status: InitiativeStatus;
  quote: string;
  quoteTranslation: string | null;
  source: SourceRef;
  figures: FigureView[];
}

export interface GovernorateView {
  code: string;
  name: string;
  tileRow: number;
  tileCol: number;
}
