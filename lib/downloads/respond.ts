import 'server-only';
import { z } from 'zod';
import { ApiError, sendBody } from '../api/http';
import { contentTypes, formats, render, type Format } from './formats';
import type { Table } from './tables';

/** "figures.csv" → { name: "figures", format: "csv" }; an unknown format is a 400 in the one error shape. */
export function parseFileName(file: string): { name: string; format: Format } {
  const match = /^([a-z0-9_-]+)\.([a-z0-9]+)$/.exec(file);
  if (!match) throw new ApiError(404, 'not_found');
  const format = z.enum(formats).safeParse(match[2]);
  if (!format.success) throw new ApiError(400, 'invalid_format', [{ path: 'format', message: `expected one of ${formats.join(', ')}` }]);
  return { name: match[1], format: format.data };
}

export async function sendTable(request: Request, table: Table, format: Format): Promise<Response> {
  const body = await render(table, format);
  const filename = `shafafiya-${table.name}.${format}`;
  return sendBody(request, body, contentTypes[format], { 'Content-Disposition': `attachment; filename="${filename}"` });
}
