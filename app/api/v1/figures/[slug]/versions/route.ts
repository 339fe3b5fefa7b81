import { pageFigureVersionRecords } from '@/lib/data/dataset';
import { ApiError, apiRoute, paginate, parseParam, parseQuery, preflight, sendJson } from '@/lib/api/http';
import { listQuery, slugParam } from '@/lib/api/params';

export const dynamic = 'force-dynamic';

export const GET = apiRoute<{ slug: string }>(async (request, { params }) => {
  const { page, perPage } = parseQuery(request, listQuery);
  const { slug } = parseParam(await params, slugParam);
  const versions = await pageFigureVersionRecords(slug, { skip: (page - 1) * perPage, take: perPage });
  if (!versions) throw new ApiError(404, 'not_found');
  return sendJson(request, paginate(request, versions, page, perPage));
});
export const OPTIONS = preflight;
