import { getFigureRecord } from '@/lib/data/dataset';
import { ApiError, apiRoute, parseParam, parseQuery, preflight, sendJson } from '@/lib/api/http';
import { slugParam } from '@/lib/api/params';
import { z } from 'zod';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  parseQuery(request, z.object({}));
  const { slug } = parseParam(await params, slugParam);
  const figure = await getFigureRecord(slug);
  if (!figure) throw new ApiError(404, 'not_found');
  return sendJson(request, { data: figure });
});
export const OPTIONS = preflight;
