import { listObservationRecords } from '@/lib/data/dataset';
import { ApiError, apiRoute, paginate, parseParam, parseQuery, preflight, sendJson } from '@/lib/api/http';
import { listQuery, slugParam } from '@/lib/api/params';

export const dynamic = 'force-dynamic';

/** Every observation of a figure, oldest date first, each with its own source. */
export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { page, perPage } = parseQuery(request, listQuery);
  const { slug } = parseParam(await params, slugParam);
  const observations = await listObservationRecords(slug);
  if (!observations) throw new ApiError(404, 'not_found');
  return sendJson(request, paginate(request, observations, page, perPage));
});
export const OPTIONS = preflight;
