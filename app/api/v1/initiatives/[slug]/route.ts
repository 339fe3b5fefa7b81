import { z } from 'zod';
import { getInitiativeRecord } from '@/lib/data/dataset';
import { ApiError, apiRoute, parseParam, parseQuery, preflight, sendJson } from '@/lib/api/http';
import { slugParam } from '@/lib/api/params';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  parseQuery(request, z.object({}));
  const { slug } = parseParam(await params, slugParam);
  const record = await getInitiativeRecord(slug);
  if (!record) throw new ApiError(404, 'not_found');
  return sendJson(request, { data: record });
});
export const OPTIONS = preflight;
