import { pageFigureRecords } from '@/lib/data/dataset';
import { apiRoute, paginate, parseQuery, preflight, sendJson } from '@/lib/api/http';
import { listQuery } from '@/lib/api/params';

export const dynamic = 'force-dynamic';

export const GET = apiRoute(async (request) => {
  const { page, perPage } = parseQuery(request, listQuery);
  return sendJson(request, paginate(request, await pageFigureRecords({ skip: (page - 1) * perPage, take: perPage }), page, perPage));
});
export const OPTIONS = preflight;
