import 'server-only';
import { z } from 'zod';
import { ApiError, corsHeaders } from '../api/http';
import { serveArtefact, utf8 } from '../cache/public-artefacts';
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

const cacheControl = 'public, max-age=60, stale-while-revalidate=600';

/**
 * Serves a table as a file, built once per published state and format (lib/cache/public-artefacts.ts): `name`
 * identifies the table with its parameters; `load` reads it only on a miss and answers null when it does not exist.
 */
export async function sendTable(request: Request, name: string, load: () => Promise<Table | null>, format: Format): Promise<Response> {
  const response = await serveArtefact(request, {
    name: `download ${name}.${format}`,
    weak: format === 'xlsx',
    build: async () => {
      const table = await load();
      if (!table) return null;
      const body = await render(table, format);
      const filename = `shafafiya-${table.name}.${format}`;
      const headers = { ...corsHeaders, 'Cache-Control': cacheControl, Vary: 'Accept-Encoding', 'Content-Disposition': `attachment; filename="${filename}"` };
      return { body: typeof body === 'string' ? utf8(body) : body, contentType: contentTypes[format], headers };
    },
  });
  if (!response) throw new ApiError(404, 'not_found');
  return response;
}
