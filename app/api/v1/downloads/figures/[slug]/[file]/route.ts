import { z } from 'zod';
import { ApiError, apiRoute, parseParam, parseQuery, preflight } from '@/lib/api/http';
import { slugParam } from '@/lib/api/params';
import { parseFileName, sendTable } from '@/lib/downloads/respond';
import { figureVersionsTable } from '@/lib/downloads/tables';

export const dynamic = 'force-dynamic';

/** /api/v1/downloads/figures/<slug>/history.csv: every version of one figure, built once per published state. */
export const GET = apiRoute<{ slug: string; file: string }>(async (request, { params }) => {
  parseQuery(request, z.object({}));
  const p = await params;
  const { slug } = parseParam(p, slugParam);
  const { name, format } = parseFileName(p.file);
  if (name !== 'history') throw new ApiError(404, 'not_found');
  return sendTable(request, `figures/${slug}/history`, () => figureVersionsTable(slug), format);
});
export const OPTIONS = preflight;
