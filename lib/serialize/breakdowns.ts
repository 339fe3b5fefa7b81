/**
 * Breakdowns as downloads and API responses. Shared here so the public API can reuse it; the values it
 * receives are already disclosed (lib/small-count.ts), so no small count of people can leave unsuppressed.
 */
import { stringify } from 'csv-stringify/sync';
import type { SourcedBreakdownView } from '../data/breakdowns';
import type { SourceRef } from '../data/types';
import { neutraliseText } from '../downloads/neutralise';
import { isoDate } from '../format';
import type { Locale } from '../i18n/locales';
import { siteUrl } from '../site';
import { formatDisclosedExact, peopleUnits, SMALL_COUNT_THRESHOLD } from '../small-count';

export interface BreakdownValueJson {
  governorate: { code: string; name: string } | null;
  periodStart: string | null;
  periodEnd: string | null;
  /** The exact value as a decimal string; null when it is a small count of people. */
  value: string | null;
  /** Set to the threshold when the value is only published as "fewer than N". */
  fewerThan: number | null;
  /** The value as a reader sees it: "1,234" or "أقل من 10" / "fewer than 10". */
  text: string;
}

export interface BreakdownJson {
  id: number;
  locale: Locale;
  title: string;
  dimension: string;
  figure: { slug: string; label: string; unit: string; measure: string };
  publishedAt: string;
  /** The breakdown's own source; null when none was recorded (it is never its figure's source). */
  source: BreakdownSourceJson | null;
  quote: string | null;
  locator: string | null;
  asOf: string | null;
  asOfPrecision: string | null;
  periodStart: string | null;
  smallCountRule: { threshold: number; appliesTo: readonly string[] };
  values: BreakdownValueJson[];
}

export interface BreakdownSourceJson {
  slug: string;
  title: string;
  publisher: string;
  workTitle: string | null;
  author: string | null;
  url: string | null;
  /** Absolute URL of the archived copy the portal keeps. */
  archiveUrl: string | null;
}

function sourceOf(s: SourceRef | null): BreakdownSourceJson | null {
  if (!s) return null;
  const archiveUrl = s.archive ? `${siteUrl()}${s.archive.path}` : null;
  return { slug: s.slug, title: s.title, publisher: s.publisher, workTitle: s.workTitle, author: s.author, url: s.url, archiveUrl };
}

function valuesOf(view: SourcedBreakdownView, locale: Locale): BreakdownValueJson[] {
  return view.rows.map((r) => ({
    governorate: r.governorate ? { code: r.governorate.code, name: r.governorate.name } : null,
    periodStart: r.periodStart ? isoDate(r.periodStart) : null,
    periodEnd: r.periodEnd ? isoDate(r.periodEnd) : null,
    value: r.value.kind === 'exact' ? r.value.value : null,
    fewerThan: r.value.kind === 'fewer-than' ? r.value.threshold : null,
    text: formatDisclosedExact(r.value, locale),
  }));
}

export function breakdownJson(view: SourcedBreakdownView, locale: Locale): BreakdownJson {
  return {
    id: view.id,
    locale,
    title: view.title,
    dimension: view.dimension,
    figure: { ...view.figure },
    publishedAt: view.publishedAt.toISOString(),
    source: sourceOf(view.source),
    quote: view.quote,
    locator: view.locator,
    asOf: view.asOf ? isoDate(view.asOf) : null,
    asOfPrecision: view.asOfPrecision,
    periodStart: view.periodStart ? isoDate(view.periodStart) : null,
    smallCountRule: { threshold: SMALL_COUNT_THRESHOLD, appliesTo: peopleUnits },
    values: valuesOf(view, locale),
  };
}

// The breakdown's own source columns come last, so readers of the earlier columns by position keep working.
const csvColumns = [
  'governorate_code', 'governorate', 'period_start', 'period_end', 'value', 'fewer_than', 'text',
  'source', 'source_title', 'source_publisher', 'source_work_title', 'source_archive_url', 'source_quote', 'source_locator',
  'as_of', 'as_of_precision', 'breakdown_period_start',
] as const;

/** CSV with a UTF-8 byte order mark, so spreadsheet programs read the Arabic correctly. */
export function breakdownCsv(view: SourcedBreakdownView, locale: Locale): string {
  const json = breakdownJson(view, locale);
  const s = json.source;
  const attribution = [
    s?.slug, s?.title, s?.publisher, s?.workTitle, s?.archiveUrl, json.quote, json.locator, json.asOf, json.asOfPrecision, json.periodStart,
  ].map((v) => neutraliseText(v ?? ''));
  const rows = json.values.map((v) => [
    v.governorate?.code ?? '',
    v.governorate?.name ?? '',
    v.periodStart ?? '',
    v.periodEnd ?? '',
    v.value ?? '',
    v.fewerThan ?? '',
    v.text,
    ...attribution,
  ]);
  return `\uFEFF${stringify(rows, { header: true, columns: [...csvColumns], record_delimiter: 'windows' })}`;
}

export function breakdownCsvFilename(view: SourcedBreakdownView, locale: Locale): string {
  return `shafafiya-breakdown-${view.id}-${locale}.csv`;
}
