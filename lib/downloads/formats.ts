import 'server-only';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { neutraliseText } from './neutralise';
import type { Table } from './tables';

export const formats = ['csv', 'json', 'xlsx'] as const;
export type Format = (typeof formats)[number];

export const contentTypes: Record<Format, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Text that a spreadsheet would run as a formula (=, +, -, @ …) is prefixed with an apostrophe. */
const neutralise = (v: string | number | null, type: string) =>
  typeof v === 'string' && type !== 'number' && type !== 'integer' ? neutraliseText(v) : v;
const cells = (table: Table) => table.rows.map((r) => table.columns.map((c) => neutralise(c.get(r), c.type)));

/** UTF-8 with a byte-order mark, so Excel opens Arabic text intact. */
export function toCsv(table: Table): string {
  return '\uFEFF' + stringify([table.columns.map((c) => c.name), ...cells(table)], { record_delimiter: '\r\n' });
}

export function toJson(table: Table): string {
  const records = table.rows.map((r) => Object.fromEntries(table.columns.map((c) => [c.name, c.get(r)])));
  return JSON.stringify({ name: table.name, title: table.title, data: records }, null, 2);
}

export async function toXlsx(table: Table): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Shafafiya';
  const sheet = book.addWorksheet(table.name.slice(0, 31));
  sheet.columns = table.columns.map((c) => ({ header: c.name, key: c.name, width: Math.min(60, Math.max(12, c.name.length + 4)) }));
  // Numbers Excel can hold exactly become numeric cells; anything longer stays exact text.
  const numeric = table.columns.map((c) => c.type === 'number' || c.type === 'integer');
  for (const row of cells(table)) {
    sheet.addRow(row.map((v, i) => (numeric[i] && v !== null && String(Number(v)) === String(v) && Number.isSafeInteger(Math.trunc(Number(v))) ? Number(v) : v)));
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await book.xlsx.writeBuffer());
}

export async function render(table: Table, format: Format): Promise<string | Uint8Array> {
  return format === 'csv' ? toCsv(table) : format === 'json' ? toJson(table) : toXlsx(table);
}
