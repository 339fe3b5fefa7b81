import { z } from 'zod';
import { getFigureVersionRecord } from '@/lib/data/dataset';
import { ApiError, apiRoute, parseParam, parseQuery, preflight, sendJson } from '@/lib/api/http';
import { versionParam } from '@/lib/api/params';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ slug: string; version: string }>(async (request, { params }) => {
  parseQuery(request, z.object({}));
  const { slug, version } = parseParam(await params, versionParam);
  const record = await getFigureVersionRecord(slug, version);
  if (!record) throw new ApiError(404, 'not_found');
  return sendJson(request, { data: record });
});
export const OPTIONS = preflight;
