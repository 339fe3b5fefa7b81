import { z } from 'zod';
import { getObservationRecord } from '@/lib/data/dataset';
import { ApiError, apiRoute, parseParam, parseQuery, preflight, sendJson } from '@/lib/api/http';
import { observationParam } from '@/lib/api/params';

export const dynamic = 'force-dynamic';

/** One observation as it stands, with every revision and why it was corrected. */
export const GET = apiRoute<{ slug: string; number: string }>(async (request, { params }) => {
  parseQuery(request, z.object({}));
  const { slug, number } = parseParam(await params, observationParam);
  const record = await getObservationRecord(slug, number);
  if (!record) throw new ApiError(404, 'not_found');
  return sendJson(request, { data: record });
});
export const OPTIONS = preflight;
