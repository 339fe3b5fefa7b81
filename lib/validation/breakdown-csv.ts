import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { datePrecisionSchema, decimalSchema, slugSchema } from '../vocabulary';
import { isoDateSchema } from './date';
import { normalizeDecimalInput } from './number';
import { optionalText, optionalTypedDateSchema, reasonSchema, text, typedDateSchema, valueSchema, valueUnitProblem } from './common';
import { governorateMatcher, type GovernorateRef } from './governorate-names';

export const MAX_CSV_BYTES = 512 * 1024;
export const MAX_CSV_ROWS = 5000;

/**
 * The form around the file: which figure, the breakdown's title in both languages, who states the values (a source,
 * with its words or where in it they are), the date they describe, and why. A breakdown never borrows a figure's source.
 */
export const breakdownImportSchema = z
  .object({
    figureSlug: slugSchema,
    titleAr: text(200),
    titleEn: text(200),
    sourceSlug: slugSchema,
    quote: optionalText(4000),
    locator: optionalText(300),
    asOf: typedDateSchema,
    asOfPrecision: datePrecisionSchema,
    periodStart: optionalTypedDateSchema,
    reason: reasonSchema,
    intent: z.enum(['check', 'create']).default('check'),
    /** The checked file's text, carried from the check to the create step. */
    csv: z.string().max(MAX_CSV_BYTES).nullable().default(null),
    baseToken: z.string().max(32).nullable().default(null),
  })
  .superRefine((v, ctx) => {
    if (!v.quote && !v.locator) ctx.addIssue({ code: 'custom', path: ['quote'], message: 'quoteOrLocator' });
    if (v.periodStart && v.periodStart > v.asOf) ctx.addIssue({ code: 'custom', path: ['periodStart'], message: 'periodOrder' });
  });
export type BreakdownImport = z.infer<typeof breakdownImportSchema>;
export const breakdownImportNullable = ['csv', 'baseToken', 'quote', 'locator', 'periodStart'] as const;
export const breakdownImportFormatKeys = { figureSlug: 'choose', sourceSlug: 'choose', asOf: 'date', periodStart: 'date' } as const;

/** What a breakdown draft keeps about where its values come from, in the order the draft stores it. */
export function breakdownProvenance(v: BreakdownImport) {
  return { sourceSlug: v.sourceSlug, quote: v.quote, locator: v.locator, asOf: v.asOf, asOfPrecision: v.asOfPrecision, periodStart: v.periodStart };
}

/** Problems, under "Import.problems" in locales/*.json, each with the line it was found on. */
export type ImportProblemKey =
  | 'emptyFile' | 'malformed' | 'missingColumn' | 'tooManyRows' | 'unknownGovernorate' | 'missingGovernorate'
  | 'badNumber' | 'negativeNumber' | 'valueRange' | 'wholeNumber' | 'missingValue' | 'badDate' | 'missingPeriod' | 'periodOrder' | 'duplicate';
export interface ImportProblem {
  line: number;
  key: ImportProblemKey;
  values?: Record<string, string | number>;
}

export type BreakdownDimension = 'governorate' | 'period' | 'governorate-period';
export interface BreakdownRow {
  line: number;
  governorateCode: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  value: string;
}
export type BreakdownParse =
  | { ok: true; dimension: BreakdownDimension; rows: BreakdownRow[] }
  | { ok: false; problems: ImportProblem[] };

/** Column names staff may use, in English or Arabic. */
const columnNames: Record<'governorate' | 'value' | 'periodStart' | 'periodEnd', string[]> = {
  governorate: ['governorate', 'governorate_code', 'code', 'المحافظة', 'محافظة'],
  value: ['value', 'القيمة', 'قيمة', 'العدد'],
  periodStart: ['period_start', 'start', 'from', 'بداية_الفترة', 'من'],
  periodEnd: ['period_end', 'end', 'to', 'نهاية_الفترة', 'إلى', 'الى'],
};
const headerKey = (h: string) => h.trim().toLowerCase().replace(/[\s-]+/g, '_');

/** Excel in some locales writes ";" or tabs between columns: take the most frequent one in the header. */
function guessDelimiter(textBody: string): string {
  const header = textBody.slice(0, textBody.indexOf('\n') === -1 ? undefined : textBody.indexOf('\n'));
  return [',', ';', '\t'].map((d) => [d, header.split(d).length] as const).sort((a, b) => b[1] - a[1])[0][0];
}

function readRecords(textBody: string): { record: string[]; line: number }[] | ImportProblem {
  try {
    const out = parse(textBody, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true, trim: true, delimiter: guessDelimiter(textBody) }) as unknown as { record: string[]; info: { lines: number } }[];
    return out.map((r) => ({ record: r.record, line: r.info.lines }));
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : 1;
    return { line, key: 'malformed' };
  }
}

/**
 * Checks a whole CSV of a figure by governorate and/or period. Every bad row is reported with its line
 * number; rows are returned only when the whole file is valid, so nothing partial is ever written. With the
 * figure's unit, a count of people must be a whole number.
 */
export function parseBreakdownCsv(textBody: string, governorates: readonly GovernorateRef[], unit?: string): BreakdownParse {
  const records = readRecords(textBody);
  if (!Array.isArray(records)) return { ok: false, problems: [records] };
  if (records.length < 2) return { ok: false, problems: [{ line: 1, key: 'emptyFile' }] };
  const header = records[0].record.map(headerKey);
  const col = (name: keyof typeof columnNames) => header.findIndex((h) => columnNames[name].includes(h));
  const at = { governorate: col('governorate'), value: col('value'), periodStart: col('periodStart'), periodEnd: col('periodEnd') };
  const problems: ImportProblem[] = [];
  if (at.value < 0) problems.push({ line: 1, key: 'missingColumn', values: { column: 'value' } });
  if (at.governorate < 0 && at.periodStart < 0) problems.push({ line: 1, key: 'missingColumn', values: { column: 'governorate' } });
  if (records.length - 1 > MAX_CSV_ROWS) problems.push({ line: 1, key: 'tooManyRows', values: { max: MAX_CSV_ROWS } });
  if (problems.length) return { ok: false, problems };

  const match = governorateMatcher(governorates);
  const seen = new Map<string, number>();
  const rows: BreakdownRow[] = [];
  for (const { record, line } of records.slice(1)) {
    const cell = (i: number) => (i >= 0 ? (record[i] ?? '').trim() : '');
    const row = checkRow(line, { gov: cell(at.governorate), value: cell(at.value), start: cell(at.periodStart), end: cell(at.periodEnd) }, at, match, problems, unit);
    if (!row) continue;
    const key = `${row.governorateCode ?? ''}|${row.periodStart ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) problems.push({ line, key: 'duplicate', values: { first } });
    else seen.set(key, line);
    rows.push(row);
  }
  if (problems.length) return { ok: false, problems };
  const dimension: BreakdownDimension = at.governorate >= 0 ? (at.periodStart >= 0 ? 'governorate-period' : 'governorate') : 'period';
  return { ok: true, dimension, rows };
}

type Cells = { gov: string; value: string; start: string; end: string };
function checkRow(line: number, c: Cells, at: Record<string, number>, match: (s: string) => string | null, problems: ImportProblem[], unit?: string): BreakdownRow | null {
  const before = problems.length;
  let governorateCode: string | null = null;
  if (at.governorate >= 0) {
    if (!c.gov) problems.push({ line, key: 'missingGovernorate' });
    else if (!(governorateCode = match(c.gov))) problems.push({ line, key: 'unknownGovernorate', values: { value: c.gov } });
  }
  const value = normalizeDecimalInput(c.value);
  if (!c.value) problems.push({ line, key: 'missingValue' });
  else if (!decimalSchema.safeParse(value).success) problems.push({ line, key: 'badNumber', values: { value: c.value } });
  else if (value.startsWith('-')) problems.push({ line, key: 'negativeNumber', values: { value: c.value } });
  else if (!valueSchema.safeParse(value).success) problems.push({ line, key: 'valueRange', values: { value: c.value } });
  else if (unit && valueUnitProblem(value, unit)) problems.push({ line, key: 'wholeNumber', values: { value: c.value } });
  const periodStart = at.periodStart >= 0 ? c.start || null : null;
  const periodEnd = at.periodEnd >= 0 ? c.end || null : null;
  if (at.periodStart >= 0 && !periodStart) problems.push({ line, key: 'missingPeriod' });
  for (const d of [periodStart, periodEnd]) if (d && !isoDateSchema.safeParse(d).success) problems.push({ line, key: 'badDate', values: { value: d } });
  if (problems.length === before && periodStart && periodEnd && periodEnd < periodStart) problems.push({ line, key: 'periodOrder' });
  return problems.length === before ? { line, governorateCode, periodStart, periodEnd, value } : null;
}

/** What the import form shows after a check: every problem with its line, or the rows ready to keep. */
export interface ImportChecked {
  status: 'checked';
  problems: ImportProblem[];
  rows?: BreakdownRow[];
  dimension?: BreakdownDimension;
  csv?: string;
  baseToken?: string;
}
