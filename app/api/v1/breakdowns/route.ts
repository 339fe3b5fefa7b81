import { pageBreakdownRecords } from '@/lib/data/dataset';
import { apiRoute, paginate, parseQuery, preflight, sendJson } from '@/lib/api/http';
import { figureFilterQuery } from '@/lib/api/params';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => {
  const { page, perPage, figure } = parseQuery(request, figureFilterQuery);
  return sendJson(request, paginate(request, await pageBreakdownRecords({ skip: (page - 1) * perPage, take: perPage, figure }), page, perPage));
});
export const OPTIONS = preflight;
