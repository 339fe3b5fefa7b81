/**
 * Breakdowns as downloads and API responses. Shared here so the public API can reuse it; the values it
 * receives are already disclosed (lib/small-count.ts), so no small count of people can leave unsuppressed.
 */
import { stringify } from 'csv-stringify/sync';
import type { BreakdownView } from '../data/types';
import { isoDate } from '../format';
import type { Locale } from '../i18n/locales';
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
  source: { slug: string; title: string; publisher: string } | null;
  smallCountRule: { threshold: number; appliesTo: readonly string[] };
  values: BreakdownValueJson[];
}

function valuesOf(view: BreakdownView, locale: Locale): BreakdownValueJson[] {
  return view.rows.map((r) => ({
    governorate: r.governorate ? { code: r.governorate.code, name: r.governorate.name } : null,
    periodStart: r.periodStart ? isoDate(r.periodStart) : null,
    periodEnd: r.periodEnd ? isoDate(r.periodEnd) : null,
    value: r.value.kind === 'exact' ? r.value.value : null,
    fewerThan: r.value.kind === 'fewer-than' ? r.value.threshold : null,
    text: formatDisclosedExact(r.value, locale),
  }));
}

export function breakdownJson(view: BreakdownView, locale: Locale): BreakdownJson {
  return {
    id: view.id,
    locale,
    title: view.title,
    dimension: view.dimension,
    figure: { ...view.figure },
    publishedAt: view.publishedAt.toISOString(),
    source: view.source ? { slug: view.source.slug, title: view.source.title, publisher: view.source.publisher } : null,
    smallCountRule: { threshold: SMALL_COUNT_THRESHOLD, appliesTo: peopleUnits },
    values: valuesOf(view, locale),
  };
}

const csvColumns = ['governorate_code', 'governorate', 'period_start', 'period_end', 'value', 'fewer_than', 'text'] as const;

/** CSV with a UTF-8 byte order mark, so spreadsheet programs read the Arabic correctly. */
export function breakdownCsv(view: BreakdownView, locale: Locale): string {
  const rows = valuesOf(view, locale).map((v) => [
    v.governorate?.code ?? '',
    v.governorate?.name ?? '',
    v.periodStart ?? '',
    v.periodEnd ?? '',
    v.value ?? '',
    v.fewerThan ?? '',
    v.text,
  ]);
  return `\uFEFF${stringify(rows, { header: true, columns: [...csvColumns], record_delimiter: 'windows' })}`;
}

export function breakdownCsvFilename(view: BreakdownView, locale: Locale): string {
  return `shafafiya-breakdown-${view.id}-${locale}.csv`;
}
